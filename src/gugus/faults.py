"""Fault injection for the crash tests (tests/test_crash.py): GUGUS_FAULT=POINT:N makes the process
kill -9 itself the Nth time it reaches `fault(POINT)` (N defaults to 1), half way through the writes
there, so a test can prove that a real crash at that very place loses nothing committed and leaves
nothing half done. Inert, at the cost of one dictionary look-up, unless the variable is set.

Points: "merge" (gugus.store: a merge of two stories being applied, its members already moved).
"""

from __future__ import annotations

import os
import signal

_reached: dict[str, int] = {}


def fault(point: str) -> None:
    """SIGKILL this process if GUGUS_FAULT names `point` and this is the time it counts to."""
    wanted = os.environ.get("GUGUS_FAULT")
    if not wanted:
        return
    name, _, count = wanted.partition(":")
    if name != point:
        return
    _reached[point] = _reached.get(point, 0) + 1
    if _reached[point] == int(count or 1):
        os.kill(os.getpid(), signal.SIGKILL)
