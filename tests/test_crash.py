"""A kill -9 during ingest loses nothing committed; running the same command again completes the job."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import INDONEWS, need


def _ids(db) -> set[str]:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {row[0] for row in conn.execute("SELECT id FROM articles")}


def _count(db) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def _ingest(db, path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "gugus", "ingest", str(path), "--db", str(db), "--quiet", "--no-cluster"]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.mark.slow
def test_kill_and_rerun_matches_an_uninterrupted_run(tmp_path):
    path = need(INDONEWS)
    clean = tmp_path / "clean.db"
    assert _ingest(clean, path).wait(timeout=300) == 0
    expected = _ids(clean)

    killed = tmp_path / "killed.db"
    seen = []
    for target in (300, 1500, 2700):  # each run picks up where the last one's commits ended
        proc = _ingest(killed, path)
        deadline = time.monotonic() + 240
        while proc.poll() is None and _count(killed) < target and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)  # land between commits, not on one
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        seen.append(len(_ids(killed)))
    assert 0 < seen[0] < len(expected), "the first kill should land mid-ingest"
    assert seen == sorted(seen)  # nothing committed is ever lost
    assert _ingest(killed, path).wait(timeout=300) == 0
    assert _ids(killed) == expected
    # the killed runs' worker processes (gugus.parallel) end with their parent, not wait for ever
    deadline = time.monotonic() + 10
    while _orphans(killed) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _orphans(killed), "worker processes outlived their killed parent"


def _orphans(db) -> list[int]:
    """Processes still running with this store on their command line (Linux /proc)."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if str(db).encode() in (proc / "cmdline").read_bytes():
                found.append(int(proc.name))
        except OSError:
            continue
    return found
