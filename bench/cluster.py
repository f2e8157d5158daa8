"""Clustering speed end to end (ingest, analysis, embeddings, clustering, store), as a stream.

    .venv/bin/python bench/cluster.py [--no-dense] [--replay 100000] [--chunk 1000]

Streams the indonews articles into a fresh store in chunks (each chunk is one `ingest` call, which
clusters what it added, incrementally) and prints the time per article of each chunk, so a growing
cost would show; then the articles per second overall and the peak resident memory. `--replay N`
continues the stream to N articles by replaying the corpus with dates shifted a week per pass (the
texts get a pass marker at their end, so they are new articles; their leads are unchanged, so the
store's embedding cache serves them). Targets (issue 3): ≥ 10 articles/s with dense embeddings,
≥ 200/s without, time per article flat as the stream grows, under 1 GiB resident for 100k articles.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from gugus import Engine

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "indonews" / "articles.jsonl"


def shifted(line: dict, week: int) -> dict:
    if week == 0:
        return line
    out = dict(line)
    if out.get("date"):
        out["date"] = (datetime.fromisoformat(out["date"]) + timedelta(weeks=week)).isoformat()
    out["id"] = f"{out['id']}@{week}"
    if out.get("url"):
        out["url"] = f"{out['url']}?replay={week}"
    out["text"] = f"{out['text']}\n(replay {week})"
    return out


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker_peak_mib() -> float:
    """The largest finished worker process (analysis and cleaning run on a pool beside this one)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-dense", action="store_true")
    parser.add_argument("--replay", type=int, default=0, help="stream this many articles in all")
    parser.add_argument("--chunk", type=int, default=1000)
    parser.add_argument("--limit", type=int, default=0, help="stream only the first N (date order)")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} is absent (it is read from ../shared/data, beside the repository)")
        return 0
    corpus = [json.loads(x) for x in DATA.read_text(encoding="utf-8").splitlines() if x.strip()]
    corpus.sort(key=lambda a: a.get("date") or "")
    if args.limit:
        corpus = corpus[: args.limit]
    total = max(args.replay, len(corpus))
    stream = (shifted(corpus[i % len(corpus)], i // len(corpus)) for i in range(total))
    mode = "without dense embeddings" if args.no_dense else "with dense embeddings"
    print(f"streaming {total} articles {mode}, {args.chunk} per ingest call")
    print(f"{'articles':>9} {'ms/article':>11} {'articles/s':>11} {'peak MiB':>9}")
    with (
        tempfile.TemporaryDirectory() as tmp,
        Engine(str(Path(tmp) / "b.db"), dense=not args.no_dense) as engine,
    ):
        done, started = 0, time.perf_counter()
        while done < total:
            chunk = [next(stream) for _ in range(min(args.chunk, total - done))]
            path = Path(tmp) / "chunk.jsonl"
            path.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in chunk), encoding="utf-8")
            t = time.perf_counter()
            engine.ingest([str(path)])
            took = time.perf_counter() - t
            done += len(chunk)
            ms = 1000 * took / len(chunk)
            print(f"{done:>9} {ms:>11.2f} {len(chunk) / took:>11.1f} {peak_mib():>9.0f}",
                  flush=True)  # fmt: skip
        elapsed = time.perf_counter() - started
        stories = len(engine.stories())
    target = 200.0 if args.no_dense else 10.0
    rate = total / elapsed
    print(f"\n{total} articles in {elapsed:.1f} s: {rate:.1f} articles/s (target {target:.0f}/s: "
          f"{rate / target:.2f}x), {stories} stories, peak resident {peak_mib():.0f} MiB "
          f"(each of the worker processes at most {worker_peak_mib():.0f} MiB)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
