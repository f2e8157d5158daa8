"""Throughput of the Spark job (gugus.scale) at 1, 2 and 4 partitions, and what 50 million articles
would take, worked out from those figures.

    .venv/bin/python bench/spark.py [--input articles.jsonl] [--limit N] [--no-compare] [--no-copies]
                                    [--window-days 7]

Each run starts a fresh local[P] session with P partitions, runs the whole job (extraction, analysis,
clustering within windows, stitching, comparison per story, copy links over the whole input, Parquet
tables) on the indonews corpus and prints its wall time, articles per second and the seconds of each
step. The machine's load average is printed beside each run: on a shared machine the figures move
with it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from gugus.scale.job import Options, run  # noqa: E402
from gugus.scale.session import spark_session  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "indonews" / "articles.jsonl"
TARGET = 50_000_000
YEARS = 10  # the archive the estimate imagines: ten years of a country's news
CORE_HOURS_BUDGET = 24.0  # "overnight-ish": the wall time the cluster size is worked out for


def measure(source: Path, partitions: int, options: Options) -> dict:
    spark = spark_session(f"local[{partitions}]", partitions=partitions, app=f"gugus-bench-{partitions}")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            load = os.getloadavg()[0]
            start = time.perf_counter()
            options.partitions = partitions
            summary = run(spark, [str(source)], f"{tmp}/out", options)
            wall = time.perf_counter() - start
    finally:
        spark.stop()
    return {
        "partitions": partitions, "articles": summary.articles, "wall": wall, "load": load,
        "rate": summary.articles / wall, "steps": summary.seconds, "windows": summary.windows,
    }  # fmt: skip


def estimate(runs: list[dict], cores_per_node: int = 16) -> None:
    """Core-seconds per article from the 1-partition run, scaling from 1 to 2 partitions, and the
    clustering step's own limit: one window is one task, so it can never be faster than its window."""
    one = runs[0]
    two = next(r for r in runs if r["partitions"] == 2)
    per_article = one["wall"] / one["articles"]  # core-seconds per article, one core
    efficiency = two["rate"] / (2 * one["rate"])
    core_hours = TARGET * per_article / 3600
    print("\nEstimate for 50 million articles")
    ms = per_article * 1000
    print(f"  one core: {one['wall']:.1f} s / {one['articles']} articles = {ms:.1f} ms an article")
    print(f"  1 -> 2 partitions on this 2-core machine: {two['rate']:.1f} / (2 x {one['rate']:.1f}) "
          f"= {efficiency:.0%} parallel efficiency")  # fmt: skip
    print(f"  work: {TARGET:,} x {per_article * 1000:.1f} ms = {core_hours:,.0f} core-hours "
          f"(at 1 core's speed; this machine's cores were shared with other work: load {one['load']:.1f})")
    cores = core_hours / (CORE_HOURS_BUDGET * efficiency)
    nodes = cores / cores_per_node
    print(f"  in {CORE_HOURS_BUDGET:.0f} h of wall time: {core_hours:,.0f} / ({CORE_HOURS_BUDGET:.0f} h x "
          f"{efficiency:.0%}) = {cores:,.0f} cores = {nodes:,.0f} nodes of {cores_per_node} cores")
    for n in (64, 256, 1024):
        hours = core_hours / (n * efficiency)
        print(f"  on {n:>5} cores: {core_hours:,.0f} / ({n} x {efficiency:.0%}) = {hours:,.1f} h")
    if efficiency < 0.8:
        ideal = core_hours / CORE_HOURS_BUDGET
        print(f"  (an efficiency this low says the machine's other work took the second core, not that the"
              f" job does not scale: its maps are independent per partition and its windows per task;"
              f" at 100%, {core_hours:,.0f} core-hours in {CORE_HOURS_BUDGET:.0f} h = {ideal:,.0f} cores,"
              f" and on 256 cores {core_hours / 256:,.1f} h)")
    steps = one["steps"]
    cluster_share = steps.get("cluster+stitch", 0.0) / one["wall"]
    per_day = TARGET / (YEARS * 365)
    days = 7
    window_articles = per_day * (days + 6)  # own days plus the default six days of context
    window_seconds = window_articles * per_article * cluster_share
    print(f"  clustering is {cluster_share:.0%} of the work here; it runs one task per window: "
          f"{TARGET:,} articles over {YEARS} years = {per_day:,.0f} a day, so a 7-day window with its "
          f"6 days of context clusters {window_articles:,.0f} articles in one task: "
          f"{window_articles:,.0f} x {per_article * 1000:.1f} ms x {cluster_share:.0%} = "
          f"{window_seconds / 60:,.0f} min, the floor on the clustering step's wall time "
          f"({YEARS * 365 // days} windows run side by side)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=None, help="the first N lines only")
    parser.add_argument("--no-compare", action="store_true")
    parser.add_argument("--no-copies", action="store_true")
    parser.add_argument("--window-days", type=int, default=7)
    parser.add_argument("--partitions", type=int, nargs="+", default=[1, 2, 4])
    args = parser.parse_args()
    if not args.input.exists():
        sys.exit(f"{args.input} is absent: the real data sets live in ../shared/data beside the repository")
    source = args.input
    with tempfile.TemporaryDirectory() as tmp:
        if args.limit:
            source = Path(tmp) / "sample.jsonl"
            with args.input.open("rb") as src, source.open("wb") as dst:
                dst.writelines(islice(src, args.limit))
        runs = []
        for p in args.partitions:
            compare, copies = not args.no_compare, not args.no_copies
            options = Options(window_days=args.window_days, compare=compare, copies=copies)
            r = measure(source, p, options)
            runs.append(r)
            print(f"{p} partition(s): {r['articles']} articles in {r['wall']:.1f} s = {r['rate']:.1f} "
                  f"articles/s (load {r['load']:.1f})", flush=True)  # fmt: skip
            print(f"    seconds by step: {json.dumps(r['steps'])}", flush=True)
    if 1 in args.partitions and 2 in args.partitions:
        estimate(runs)


if __name__ == "__main__":
    main()
