"""Four `gugus ingest` workers on one PostgreSQL database against one sequential run: wall times, the
stories' consistency, and how the two clusterings agree (BCubed, each scored as the other's gold).

    python bench/pg_workers.py [--workers 4] [--overlap 200] [--dense] [--corpus articles.jsonl]

Starts a throwaway server (tests/pg.py: fsync off, so the writes are cheaper than on a real server) and
stops it at the end.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests import pg  # noqa: E402
from tests.pg_workers import ingest_at_once, problems, shards  # noqa: E402

from gugus.eval.metrics import score  # noqa: E402
from gugus.store.base import open_store  # noqa: E402

INDONEWS = ROOT.parent / "shared" / "data" / "indonews" / "articles.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--overlap", type=int, default=200, help="lines of the next shard each worker also takes")
    ap.add_argument("--dense", action="store_true")
    ap.add_argument("--corpus", type=Path, default=INDONEWS)
    args = ap.parse_args()
    server = pg.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            seq, par = server.url("sequential"), server.url("workers")
            t_seq = ingest_at_once(seq, [args.corpus], dense=args.dense)
            parts = shards(args.corpus, Path(tmp), args.workers, args.overlap)
            t_par = ingest_at_once(par, parts, dense=args.dense)
        a, b = open_store(seq), open_store(par)
        one, many = dict(a.assignments()), dict(b.assignments())
        print(f"sequential: {a.count_articles()} articles, {len(set(one.values()))} stories in {t_seq:.1f} s")
        print(f"{args.workers} workers: {b.count_articles()} articles, {len(set(many.values()))} stories "
              f"in {t_par:.1f} s")  # fmt: skip
        print("problems:", problems(a) + problems(b) or "none")
        ids = "SELECT id FROM articles"
        print("same articles:", set(a._all(ids)) == set(b._all(ids)), "same sources:", set(one) == set(many))
        s = score(one, many)
        print(f"BCubed, workers against sequential: P {s['bcubed_p']:.4f} "
              f"R {s['bcubed_r']:.4f} F1 {s['bcubed_f1']:.4f}; pairwise F1 {s['pairwise_f1']:.4f}")
        a.close()
        b.close()
    finally:
        server.stop()


if __name__ == "__main__":
    main()
