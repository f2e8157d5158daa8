"""Score gugus on a labelled file exactly as a user would run it: ingest into a fresh store, in date
order, cluster online, read the assignments back (the same ones `gugus assignments` prints)."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from gugus.engine import Engine
from gugus.eval.labels import load_labels
from gugus.eval.metrics import score


def evaluate(
    path: str | Path,
    labels: str | Path | None = None,
    *,
    dense: bool = True,
    only_labeled: bool = False,
    model=None,
) -> dict:
    """Scores of gugus's clustering of `path` against `labels` (or the file's own `story_id`s).

    `only_labeled` clusters just the labelled articles (as the baselines do); otherwise the whole file
    is the stream and only the labelled articles are scored.
    """
    gold = load_labels(labels if labels is not None else path)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(path)
        if only_labeled:
            source = Path(tmp) / "labeled.jsonl"
            with open(path, encoding="utf-8") as src, open(source, "w", encoding="utf-8") as dst:
                for line in src:
                    if line.strip() and str(json.loads(line).get("id")) in gold:
                        dst.write(line)
        started = time.perf_counter()
        with Engine(str(Path(tmp) / "eval.db"), dense=dense, model=model) as engine:
            engine.ingest([str(source)])
            pred = dict(engine.assignments())
        elapsed = time.perf_counter() - started
    result = score(gold, {k: v for k, v in pred.items() if k in gold})
    result.update(seconds=elapsed, articles=len(pred), scored=sum(k in pred for k in gold))
    return result
