"""Benchmark and eyeball `find_times` and `find_numbers` on the real Indonesian news in ../shared/data.

    .venv/bin/python bench/temporal_numbers.py [--repeat 3] [--sample 0] [--seed 1]

Prints, for each function over the whole indonews corpus, the time per article (CPU time, best of
`--repeat` runs, and wall time of that run: on a busy machine wall time also counts other processes),
how many expressions it finds and in how many articles, and a breakdown by grain or unit. `--sample N`
also prints N random finds of each with context, so that a person can judge them by reading.
Target: under 1 ms per article for each function.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gugus.analyze.numbers import find_numbers
from gugus.analyze.temporal import find_times

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
ARTICLES = DATA / "indonews" / "articles.jsonl"


def _timed(fn: Callable[[dict[str, Any]], list[Any]], rows: list[dict[str, Any]], repeat: int) -> tuple:
    """(best CPU seconds, wall seconds of that run, results of the last run)."""
    best = (float("inf"), 0.0)
    results: list[list[Any]] = []
    for _ in range(repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        results = [fn(row) for row in rows]
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        best = min(best, (cpu, wall))
    return best[0], best[1], results


def _context(text: str, start: int, end: int, width: int = 45) -> str:
    before = text[max(0, start - width) : start].replace("\n", " ⏎ ")
    after = text[end : end + width // 2].replace("\n", " ⏎ ")
    return f"…{before}[{text[start:end]}]{after}…"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per function, best kept (default 3)")
    ap.add_argument("--sample", type=int, default=0, help="random finds to print per function (default 0)")
    ap.add_argument("--seed", type=int, default=1, help="seed of the random sample (default 1)")
    args = ap.parse_args(argv)

    if not ARTICLES.exists():
        print(f"skipped: {ARTICLES} is absent (the research data sets are not part of the repository)")
        return 0
    rows = [json.loads(line) for line in ARTICLES.open(encoding="utf-8")]
    chars = sum(len(r.get("text") or "") for r in rows)
    print(f"articles  {len(rows):,} from {ARTICLES} ({chars / max(1, len(rows)):,.0f} characters on average)")

    find_times("warm up: Senin (16/6), 15 Agustus 2022", "2025-06-18")  # compiles nothing: already built
    find_numbers("warm up: Rp 2,6 T")
    runs = {
        "find_times": lambda r: find_times(r.get("text") or "", r.get("date") or None, "id"),
        "find_numbers": lambda r: find_numbers(r.get("text") or "", "id"),
    }
    rng = random.Random(args.seed)
    for name, fn in runs.items():
        cpu, wall, results = _timed(fn, rows, max(1, args.repeat))
        found = sum(len(r) for r in results)
        hit = sum(1 for r in results if r)
        per = 1000 / max(1, len(rows))
        verdict = "ok" if cpu * per < 1 else "OVER the 1 ms target"
        print(f"\n{name}")
        print(f"  time per article   {cpu * per:.3f} ms of CPU, {wall * per:.3f} ms wall ({verdict})")
        print(f"  found              {found:,} in {hit:,} articles ({found * per / 1000:.1f} per article)")
        if name == "find_times":
            kinds = Counter(e.grain for r in results for e in r)
            approx = sum(e.approx for r in results for e in r)
            print("  by grain           " + ", ".join(f"{g} {n:,}" for g, n in kinds.most_common()))
            print(f"  approximate        {approx:,}")
        else:
            kinds = Counter(q.unit or "(none)" for r in results for q in r)
            qualified = sum(q.qualifier is not None for r in results for q in r)
            print("  top units          " + ", ".join(f"{u} {n:,}" for u, n in kinds.most_common(15)))
            print(f"  with a qualifier   {qualified:,}")
        if args.sample:
            finds = [(i, x) for i, r in enumerate(results) for x in r]
            for i, x in rng.sample(finds, min(args.sample, len(finds))):
                row = rows[i]
                shown = getattr(x, "value", "")
                extra = x.grain if hasattr(x, "grain") else f"{x.unit} {x.qualifier or ''}"
                day = str(row.get("date") or "")[:10]
                print(f"    {day:10} {shown!s:>14} {extra:18} {_context(row['text'], x.start, x.end)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
