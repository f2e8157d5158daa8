"""Shared test fixtures: where the real data is, and a fresh store per test."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
DATA = ROOT.parent / "shared" / "data"
SEEDS = DATA / "seeds"
INDONEWS = DATA / "indonews" / "articles.jsonl"


def need(path: Path) -> Path:
    """The path to a ../shared/data file, or a skip saying why the test cannot run."""
    if not path.exists():
        pytest.skip(f"{path} is absent: the real data sets live in ../shared/data beside the repository")
    return path


def seed_text(name: str) -> str:
    """The text of one seed article, or a skip saying why it cannot be read."""
    return (need(SEEDS) / name).read_text(encoding="utf-8")


@pytest.fixture
def engine(tmp_path):
    from gugus import Engine

    with Engine(str(tmp_path / "gugus.db"), dense=False) as e:
        yield e
