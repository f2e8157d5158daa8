"""The indonews corpus as the comparison, copy and serving benches use it: ingested and clustered
(without dense embeddings) once into a store that later runs reuse."""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

INDONEWS = ROOT.parent / "shared" / "data" / "indonews" / "articles.jsonl"


def fill(engine) -> None:
    """Ingest and cluster indonews into `engine`'s store unless it already holds articles."""
    if engine.count() == 0:
        t = time.perf_counter()
        engine.ingest([str(INDONEWS)])
        print(
            f"ingested and clustered {engine.count()} articles in {time.perf_counter() - t:.1f} s",
            file=sys.stderr,
        )
