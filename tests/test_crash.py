"""kill -9 at random points of `gugus ingest` (articles, analysis, stories), and in the middle of a merge
of two stories, on SQLite and on PostgreSQL: after every kill the store is consistent and holds all it
had committed, and running again ends with exactly the articles and stories of an uninterrupted run."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from .conftest import BACKENDS, INDONEWS, ROOT, need
from .crash_tools import clustering, head, progress, snapshot

LINES = 600  # of indonews: three commits of articles and two groups of stories (GROUP 500) a run
KILLS = 12  # at random points, per backend: 24 in all (and 3 more a backend in the middle of a merge)
SEED = 20260607


@pytest.fixture
def fresh(request, tmp_path):
    """fresh(): a new empty store of the test's backend, as a --db value."""
    names = iter(range(1000))

    def make() -> str:
        if request.node.callspec.params["backend"] == "sqlite":
            return str(tmp_path / f"{next(names)}.db")
        return request.getfixturevalue("pg_server").url()

    return make


def _ingest(db: str, path: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "gugus", "ingest", str(path), "--db", db, "--quiet", "--no-dense"]
    env = {k: v for k, v in os.environ.items() if k != "GUGUS_FAULT"}
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _clean_run(db: str, path: Path) -> tuple[float, float, float]:
    """Run to the end, watching the store: seconds until every article was committed, until stories
    began to be assigned (the clustering lock taken), and in all."""
    start, stored, assigning = time.monotonic(), None, None
    proc = _ingest(db, path)
    while proc.poll() is None:
        now = time.monotonic() - start
        if stored is None and progress(db)[0] == LINES:
            stored = now
        if assigning is None and clustering(db):
            assigning = now
        time.sleep(0.05)
    assert proc.returncode == 0 and stored and assigning
    return stored, assigning, time.monotonic() - start


def _until(proc: subprocess.Popen, ready) -> None:
    """Wait until `ready()` or the end of `proc`."""
    while proc.poll() is None and not ready():
        time.sleep(0.05)


def _kill_at_random(proc: subprocess.Popen, db: str, rng: random.Random, clean: tuple) -> str:
    """Kill `proc` at a random point of one of three kinds (drawn too): a time into the ingest of the
    articles; a time into the assignment of stories, from when the clustering lock is taken; soon after
    the next group of stories is committed. Returns the kind; the process may have ended first."""
    stored, assigning, total = clean
    kind = rng.choices(["articles", "stories", "after a group"], weights=[4, 4, 2])[0]
    if kind == "articles":
        delay = rng.uniform(0.2, stored)
    elif kind == "stories":
        delay = rng.uniform(0.0, total - assigning)
        _until(proc, lambda: clustering(db))
    else:
        delay = rng.uniform(0.0, 0.5)
        done = progress(db)[1]
        _until(proc, lambda: progress(db)[1] > done)
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    return kind


def _after_kill(db: str, before: dict | None) -> dict:
    """The store's snapshot after a kill, checked against the one after the kill `before`: consistent
    (articles not yet in a story aside: the next run clusters them), and nothing committed lost: every
    article is still there, every clustered one still in a story, with all it was with (merges join)."""
    found = snapshot(db)
    assert [p for p in found["problems"] if "in no story" not in p] == []
    if before is not None:
        assert found["articles"] >= before["articles"]
        now = {source_id: group for group in found["partition"] for source_id in group}
        assert all(group <= now.get(next(iter(group)), frozenset()) for group in before["partition"])
    return found


@pytest.mark.slow
@pytest.mark.parametrize("backend", BACKENDS)
def test_kills_at_random_points_then_a_rerun_match_an_uninterrupted_run(backend, fresh, tmp_path):
    path = head(need(INDONEWS), LINES, tmp_path)
    clean = fresh()
    timing = _clean_run(clean, path)
    expected = snapshot(clean)
    assert expected["problems"] == [] and len(expected["articles"]) == LINES

    rng = random.Random(SEED)
    landed: list[tuple[str, int, int]] = []  # (kind, articles stored, articles in stories) after a kill
    finished = 0  # runs that ended before their kill: each compared with the clean run
    stores, before = [fresh()], None
    started = time.monotonic()
    while len(landed) < KILLS:
        proc = _ingest(stores[-1], path)
        kind = _kill_at_random(proc, stores[-1], rng, timing)
        if proc.returncode == -signal.SIGKILL:
            before = _after_kill(stores[-1], before)
            landed.append((kind, len(before["articles"]), sum(map(len, before["partition"]))))
            continue
        assert proc.returncode == 0
        assert snapshot(stores[-1]) == expected
        finished += 1
        stores.append(fresh())  # start again from nothing, or the remaining kills find nothing to do
        before = None
    assert _ingest(stores[-1], path).wait(timeout=600) == 0
    assert snapshot(stores[-1]) == expected

    def where(n: int, c: int) -> str:
        return "articles" if n < LINES else "no story yet" if c == 0 else "stories" if c < LINES else "end"

    found = Counter(where(n, c) for _, n, c in landed)
    print(f"\n{backend}: clean run {timing[2]:.1f} s (articles committed at {timing[0]:.1f} s, stories from "
          f"{timing[1]:.1f} s); {KILLS} kills in {time.monotonic() - started:.0f} s, by the store after "
          f"them: {dict(found)}; {finished} runs ended before their kill; (kind, articles, in stories): "
          f"{landed}")  # fmt: skip
    # kills among the articles, before any story was committed, and between two groups of stories:
    # a run that resumes from a checkpoint must then end with the clean run's stories
    assert found["articles"] >= 2 and found["no story yet"] >= 1 and found["stories"] >= 1
    _no_orphans(stores)


@pytest.mark.slow
@pytest.mark.parametrize("backend", BACKENDS)
def test_a_kill_in_the_middle_of_a_merge_then_a_rerun_record_it_once(backend, fresh, tmp_path):
    """The process kills itself (GUGUS_FAULT, gugus.faults) inside a merge, its members moved but the
    merged story not yet deleted nor the merge recorded. The run has 4 merges, 3 in the first group of
    stories and 1 in the second: killed at the first (nothing of the stories committed), then at the
    fourth (the first group and its merges committed), then the run that resumes from there at its first;
    the next run ends as an uninterrupted one, each merge recorded once."""
    path = head(need(INDONEWS), LINES, tmp_path)
    clean = fresh()
    assert _merging(clean, path).wait(timeout=600) == 0
    expected = snapshot(clean)
    assert len(expected["merges"]) >= 3 and expected["problems"] == []

    killed, before = fresh(), None
    for fault, merges in (("merge:1", 0), ("merge:4", 3), ("merge:1", 3)):
        assert _merging(killed, path, fault).wait(timeout=600) == -signal.SIGKILL
        before = _after_kill(killed, before)
        assert len(before["articles"]) == LINES and sum(map(len, before["partition"])) < LINES
        # only whole merges, committed with their group
        assert set(before["merges"]) <= set(expected["merges"]) and len(before["merges"]) == merges
    assert _merging(killed, path).wait(timeout=600) == 0
    got = snapshot(killed)
    assert got == expected
    assert max(Counter((f, i) for f, i, _, _ in got["merges"]).values()) == 1


def _merging(db: str, path: Path, fault: str | None = None) -> subprocess.Popen:
    """tests/crash_merge.py (an ingest with merges on) in a process of its own, GUGUS_FAULT=`fault`."""
    env = {k: v for k, v in os.environ.items() if k != "GUGUS_FAULT"}
    if fault:
        env["GUGUS_FAULT"] = fault
    cmd = [sys.executable, "-m", "tests.crash_merge", db, str(path)]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _no_orphans(stores: list[str]) -> None:
    """The killed runs' worker processes (gugus.parallel) end with their parent, not wait for ever."""
    deadline = time.monotonic() + 10
    while _orphans(stores) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _orphans(stores), "worker processes outlived their killed parent"


def _orphans(stores: list[str]) -> list[int]:
    """Processes still running with one of these stores on their command line (Linux /proc)."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            cmdline = (proc / "cmdline").read_bytes()
        except OSError:
            continue
        if any(db.encode() + b"\0" in cmdline for db in stores):
            found.append(int(proc.name))
    return found
