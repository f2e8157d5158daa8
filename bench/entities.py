"""Entity mentions on real articles: what is found in a sample (to read and judge), and how fast.

    .venv/bin/python bench/entities.py [--sample 20] [--seed 7] [--raw] [--limit N] [--text-chars 600]

Prints, for a random sample of indonews articles, the start of the text and every mention found (kind,
text, key), for a reader to count precision (found mentions that are real entities of the right kind)
and the obvious misses; then the time per article of `find_mentions` over the whole corpus (warm: the
gazetteer and word lists are built before timing), per 3,000 characters, its percentiles, and the CPU
time of this process alone (on a shared machine the wall clock counts the neighbours' work too). The texts
are repaired of run-together words first, as ingest does (`--raw` skips that), outside the timing.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

from gugus.analyze.entities import find_mentions, group_aliases

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "indonews" / "articles.jsonl"
TARGET_MS = 2.0  # per average article (~3,000 characters)


def _prepare(texts: list[str], raw: bool) -> list[str]:
    if raw:
        return texts
    try:
        from gugus.ingest.repair import repair_joins
    except ImportError:  # pragma: no cover
        return texts
    return [repair_joins(t, "id")[0] for t in texts]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=20, help="articles to print (default 20)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--raw", action="store_true", help="skip the repair of run-together words")
    ap.add_argument("--limit", type=int, default=0, help="time only the first N articles")
    ap.add_argument("--text-chars", type=int, default=600, help="characters of each sampled text shown")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"{DATA} is absent: the real data sets live in ../shared/data beside the repository")
        return 0
    arts = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    if args.limit:
        arts = arts[: args.limit]
    texts = _prepare([a.get("text") or "" for a in arts], args.raw)

    rng = random.Random(args.seed)
    picked = rng.sample(range(len(arts)), min(args.sample, len(arts)))
    # Warm up: the gazetteer index is built at import; the word lists load at first use.
    find_mentions("Laporan itu. Presiden Prabowo bertemu Advanced Navigation Features PLUS Track di Jakarta.")
    find_mentions("Officials said the Human Machine Interface works.", "en")
    kinds: dict[str, int] = {}
    for k in picked:
        a, text = arts[k], texts[k]
        ms = find_mentions(text, a.get("lang") or "id")
        print(f"\n=== [{k}] {a.get('id')} · {a.get('outlet')} · {a.get('title')}")
        print("   " + text[: args.text_chars].replace("\n", " ¶ "))
        for m in ms:
            kinds[m.kind] = kinds.get(m.kind, 0) + 1
            print(f"   {m.kind:6}  {m.text!r:42} {m.key}")
    print(f"\nsample: {len(picked)} articles, mentions by kind: {dict(sorted(kinds.items()))}")

    times: list[float] = []
    chars = mentions = 0
    all_names: list[str] = []
    cpu0 = time.process_time()
    for a, text in zip(arts, texts, strict=True):
        t0 = time.perf_counter()
        ms = find_mentions(text, a.get("lang") or "id")
        times.append(time.perf_counter() - t0)
        chars += len(text)
        mentions += len(ms)
        all_names += [m.text for m in ms if m.kind in ("person", "org")]
    cpu = time.process_time() - cpu0  # CPU time: the machine is shared, wall time counts the neighbours
    total = sum(times)
    n = len(times)
    per = 1000 * total / n
    per3k = 1000 * total / chars * 3000 if chars else 0.0
    q = statistics.quantiles(times, n=100) if n > 1 else times * 99
    print(
        f"\ncorpus: {n} articles, {chars / n:,.0f} characters on average, {mentions / n:.1f} mentions each"
        f"\nfind_mentions: {per:.3f} ms per article, {per3k:.3f} ms per 3,000 characters"
        f" (target < {TARGET_MS} ms), p50 {1000 * q[49]:.3f} ms, p95 {1000 * q[94]:.3f} ms,"
        f" max {1000 * max(times):.3f} ms, total {total:.2f} s"
        f"\nCPU time (this process only): {1000 * cpu / n:.3f} ms per article,"
        f" {1000 * cpu / chars * 3000 if chars else 0.0:.3f} ms per 3,000 characters"
    )
    distinct = sorted(set(all_names))
    t0 = time.perf_counter()
    groups = group_aliases(distinct)
    dt = time.perf_counter() - t0
    print(
        f"group_aliases: {len(distinct)} distinct person/org names → {len(set(groups.values()))} groups"
        f" in {dt:.2f} s"
    )
    return 0 if min(per3k, 1000 * cpu / chars * 3000 if chars else 0.0) < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
