"""Several `gugus ingest` processes on one store (a PostgreSQL database or a SQLite file), and what must
hold afterwards: shared by tests/test_postgres.py, tests/test_concurrency.py and bench/pg_workers.py."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path


def shards(corpus: Path, folder: Path, n: int, overlap: int = 0) -> list[Path]:
    """`n` interleaved shards of a JSON Lines corpus, each also holding the first `overlap` lines of the
    next shard: those are seen by two workers at once, in the same order."""
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    parts = [lines[i::n] for i in range(n)]
    paths = []
    for i in range(n):
        path = folder / f"shard{i}.jsonl"
        path.write_text("".join(parts[i] + parts[(i + 1) % n][:overlap]), encoding="utf-8")
        paths.append(path)
    return paths


def ingest_at_once(
    url: str, inputs: list[Path | list[str]], *, dense: bool = False, timeout: float = 1800
) -> float:
    """One `gugus ingest` process per input (a path, or a list of them), all started together; the wall
    time until the last ends."""
    env = {**os.environ, "GUGUS_DB": url}
    cmd = [sys.executable, "-m", "gugus", "ingest", "--quiet", *([] if dense else ["--no-dense"])]
    start = time.perf_counter()
    procs = [
        subprocess.Popen(
            [*cmd, *(map(str, p) if isinstance(p, list) else [str(p)])],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for p in inputs
    ]
    outs = [p.communicate(timeout=timeout) for p in procs]
    elapsed = time.perf_counter() - start
    for p, (_, err) in zip(procs, outs, strict=True):
        if p.returncode not in (0, 1):  # 1: some input rejected
            raise RuntimeError(f"gugus ingest exited with {p.returncode}: {err[-2000:]}")
    return elapsed


def problems(store) -> list[str]:
    """What is wrong with the stories of a store: articles in no story, stories whose recorded size or
    outlet count disagrees with their members (a lost update), members of no story, empty stories."""
    found = []
    rows = store._all if hasattr(store, "_all") else (lambda sql: store._db.execute(sql).fetchall())
    if store.unclustered():
        found.append(f"{len(store.unclustered())} articles in no story")
    members: Counter[str] = Counter()
    outlets: defaultdict[str, set] = defaultdict(set)
    for sid, outlet in rows(
        "SELECT s.story_id, a.outlet FROM story_articles s JOIN articles a ON a.id = s.article_id"
    ):
        members[sid] += 1
        outlets[sid].add(outlet)
    stories = {sid: (size, n) for sid, size, n in rows("SELECT id, size, n_outlets FROM stories")}
    if set(members) - set(stories):
        found.append(f"{len(set(members) - set(stories))} story ids with members but no story")
    if set(stories) - set(members):
        found.append(f"{len(set(stories) - set(members))} stories without members")
    for sid, (size, n) in stories.items():
        if sid in members and (size != members[sid] or n != len(outlets[sid])):
            found.append(f"story {sid}: size {size} and {n} outlets recorded, {members[sid]} members and "
                         f"{len(outlets[sid])} outlets stored")  # fmt: skip
    return found
