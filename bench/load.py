"""The server under readers and writers at once, on indonews: tests/test_load.py's scenario at any size.

    .venv/bin/python bench/load.py [--clients 50] [--seconds 60] [--seed 2500] [--cli 600] [--api 300]
                                   [--backend sqlite|postgres]

`gugus serve` (uvicorn, one process) on 127.0.0.1 starts on a store holding --seed articles, clustered;
for --seconds, --clients keep-alive readers ask for the front page, stories, story pages, articles and
searches (pages and their JSON), while a `gugus ingest` process adds --cli other articles and an API
writer posts --api more to /api/ingest/text with the token, one at a time. Printed: requests/s, p50/p95/
max latency, the writes, the server's RSS over the window, and what is wrong with the store afterwards
(nothing, or the run exits 1). The SQLite seed store is kept in bench/.cache and copied for each run;
PostgreSQL runs on a throwaway server (tests/pg.py) and is seeded each time.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from _corpus import INDONEWS, ROOT

sys.path.insert(0, str(ROOT))
from tests import loadgen, pg  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--seed", type=int, default=2500, help="articles stored before the server starts")
    ap.add_argument("--cli", type=int, default=600, help="articles for the gugus ingest worker")
    ap.add_argument("--api", type=int, default=300, help="articles the API writer may post")
    ap.add_argument("--overlap", type=int, default=20, help="of the worker's, also posted by the writer")
    ap.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    args = ap.parse_args(argv)
    if not INDONEWS.exists():
        print(
            f"{INDONEWS} is absent: the real data sets live in ../shared/data beside the repository; skipped"
        )
        return 0
    plan = loadgen.plan(INDONEWS, seed=args.seed, cli=args.cli, api=args.api, overlap=args.overlap)
    folder = Path(tempfile.mkdtemp(prefix="gugus-load-"))
    server = None
    try:
        t = time.perf_counter()
        if args.backend == "postgres":
            server = pg.start()
            db = server.url()
            loadgen.seeded(db, plan, folder)
        else:
            cached = ROOT / "bench" / ".cache" / f"load-seed-{args.seed}.db"
            if not cached.exists():
                cached.parent.mkdir(parents=True, exist_ok=True)
                loadgen.seeded(str(cached), plan, folder)
            db = str(folder / "load.db")
            shutil.copy(cached, db)
        print(f"seed: {args.seed} articles, clustered, in {time.perf_counter() - t:.0f} s ({args.backend})")
        result = loadgen.run(db, plan, folder, clients=args.clients, seconds=args.seconds)
        print(loadgen.summary(result, args.clients))
        curve = ", ".join(f"{k // 1024}" for _, k in result.rss[:: max(1, len(result.rss) // 12)])
        print(f"server RSS over the window (MiB): {curve}")
        wrong = loadgen.lost_writes(db, plan, result) + result.failures
        print("store afterwards: " + ("every write stored once, in one story" if not wrong else "WRONG"))
        for line in wrong[:20]:
            print(f"  {line}")
        return 1 if wrong else 0
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
