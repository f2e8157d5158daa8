"""What the user named on the command line, expanded into inputs: files, folders, globs and URLs."""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path

_SKIP_DIRS = {".git", "__pycache__", ".venv", "node_modules"}


@dataclass(frozen=True)
class Source:
    location: str  # a path as the user gave it (joined below a folder), or a URL
    is_url: bool = False
    size: int = 0


@dataclass(frozen=True)
class Missing:
    location: str
    detail: str


def is_url(s: str) -> bool:
    return s.lower().startswith(("http://", "https://"))


def expand(inputs: list[str]) -> list[Source | Missing]:
    """Files in the order given; folders recursively in sorted order, hidden files skipped."""
    out: list[Source | Missing] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        key = str(path)
        if key in seen:
            return
        seen.add(key)
        try:
            out.append(Source(key, size=path.stat().st_size))
        except OSError as exc:
            out.append(Missing(key, f"cannot read: {exc.strerror or exc}"))

    for item in inputs:
        if is_url(item):
            out.append(Source(item, is_url=True))
            continue
        matches = sorted(glob.glob(item, recursive=True)) if glob.has_magic(item) else [item]
        if not matches:
            out.append(Missing(item, "no file matches this pattern"))
        for m in matches:
            path = Path(m)
            if path.is_dir():
                for root, dirs, files in os.walk(path):
                    dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
                    for f in sorted(files):
                        if not f.startswith("."):
                            add(Path(root) / f)
            elif path.exists():
                add(path)
            else:
                out.append(Missing(m, "no such file or folder"))
    return out
