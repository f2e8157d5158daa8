"""Benchmark and eyeball `gugus.ingest.repair` on the real scraped Indonesian news in ../shared/data.

    .venv/bin/python bench/repair.py [--sample 60] [--seed 1] [--dump repairs.tsv]

Prints how many joins the repair finds (in total and per 1,000 words), the time per article, and a
random sample of repairs with ±40 characters of context, so that a person can judge them by reading.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

from gugus.ingest.repair import find_joins, repair_joins

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
ARTICLES = DATA / "indonews" / "articles.jsonl"
_WORD = re.compile(r"\w+")


def _context(text: str, start: int, end: int, parts: tuple[str, ...], width: int = 40) -> str:
    before = text[max(0, start - width) : start].replace("\n", " ⏎ ")
    after = text[end : end + width].replace("\n", " ⏎ ")
    return f"…{before}[{' | '.join(parts)}]{after}…"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=60, help="how many repairs to print (default 60)")
    ap.add_argument("--seed", type=int, default=1, help="seed of the random sample (default 1)")
    ap.add_argument("--dump", type=Path, help="also write every repair to this TSV file")
    args = ap.parse_args(argv)

    if not ARTICLES.exists():
        print(f"skipped: {ARTICLES} is absent (the research data sets are not part of the repository)")
        return 0
    articles = [json.loads(line) for line in ARTICLES.open(encoding="utf-8")]
    texts = [a.get("text") or "" for a in articles]

    t0 = time.process_time()
    repair_joins("warm up: kondisikesehatan mentalyang dariHuffington")  # builds the word lists once
    warmup = time.process_time() - t0

    t0 = time.process_time()
    splits = sum(repair_joins(text)[1] for text in texts)
    elapsed = time.process_time() - t0

    repairs: list[tuple[int, int, int, tuple[str, ...]]] = []
    for i, text in enumerate(texts):
        repairs.extend((i, s, e, parts) for s, e, parts in find_joins(text))
    words = sum(len(_WORD.findall(t)) for t in texts)
    chars = sum(len(t) for t in texts)

    print(f"articles           {len(texts):,} ({chars / max(1, len(texts)):,.0f} characters on average)")
    print(f"tokens (words)     {words:,}")
    print(f"joined tokens      {len(repairs):,}")
    print(f"splits made        {splits:,} ({1000 * splits / max(1, words):.2f} per 1,000 words)")
    print(
        f"time per article   {1000 * elapsed / max(1, len(texts)):.3f} ms of CPU"
        f" (first run, caches cold; word lists built once in {warmup:.2f} s)"
    )
    t0 = time.process_time()
    for text in texts:
        repair_joins(text)
    warm = time.process_time() - t0
    print(f"                   {1000 * warm / max(1, len(texts)):.3f} ms of CPU (second run, caches warm)")

    if args.dump:
        with args.dump.open("w", encoding="utf-8") as f:
            for i, s, e, parts in repairs:
                f.write(
                    f"{articles[i].get('id', i)}\t{texts[i][s:e]}\t{' '.join(parts)}\t"
                    f"{_context(texts[i], s, e, parts)}\n"
                )
        print(f"all repairs written to {args.dump}")

    sample = random.Random(args.seed).sample(repairs, min(args.sample, len(repairs)))
    print(f"\nrandom sample of {len(sample)} repairs (seed {args.seed}); [parts] are separated by |:")
    for n, (i, s, e, parts) in enumerate(sample, 1):
        print(f"{n:3d}. {articles[i].get('outlet', '?'):15s} {_context(texts[i], s, e, parts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
