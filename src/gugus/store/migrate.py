"""Schema migrations: numbered SQL files applied in order, the version kept in the database."""

from __future__ import annotations

import re
from importlib import resources

_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


def migrations(backend: str) -> list[tuple[int, str, str]]:
    """(version, name, sql) for every migration of a backend, in order."""
    folder = resources.files("gugus.store") / "migrations" / backend
    found = []
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)
