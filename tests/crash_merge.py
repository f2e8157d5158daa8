"""`python -m tests.crash_merge DB INPUT`: `gugus ingest INPUT --db DB --no-dense` with merges of stories on
(the shipped models never merge: merge_threshold 1.0), as tests/test_crash.py runs, and kills, it."""

from __future__ import annotations

import dataclasses
import sys

from gugus import Engine
from gugus.cluster.scoring import load_models

MERGE = 0.55  # the first 600 indonews lines: 4 merges, 3 in the first group of stories, 1 in the second


def main(db: str, path: str) -> None:
    model = dataclasses.replace(load_models()["sparse"], merge_threshold=MERGE)
    with Engine(db, dense=False, model=model) as engine:
        engine.ingest([path])


if __name__ == "__main__":
    main(*sys.argv[1:])
