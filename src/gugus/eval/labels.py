"""Gold story labels, from a TSV `id<TAB>story` or from a JSON Lines file's `story_id` fields.

Both shapes occur in ../shared/data (the indonews day files are TSVs beside an unlabeled corpus; BASIL
and AllSides carry `story_id` in each line), and `gugus eval` must accept either, so one loader reads
both and tells them apart by content rather than by file name.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# A first line whose id field is one of these is a header, not an article.
_HEADER_IDS = frozenset({"id", "article", "article_id", "source_id", "doc", "doc_id", "item", "item_id"})


def load_labels(path: str | Path) -> dict[str, str]:
    """{item id: story label} from a TSV or a JSON Lines file.

    TSV: `id<TAB>story` per line; blank lines and a header line are skipped. JSON Lines: the `id` and
    `story_id` of every object; an object whose `story_id` is null is a story of its own, labeled with
    its id (so unlabeled articles count as singletons rather than vanishing from the score).
    """
    path = Path(path)
    if _is_jsonl(path):
        return _labels_from_jsonl(path)
    return _labels_from_tsv(path)


def labeled_articles(jsonl_path: str | Path, labels_path: str | Path | None = None) -> list[dict[str, Any]]:
    """The JSON objects of `jsonl_path` that have a label, in the file's order.

    With `labels_path`, those whose id the labels name; without it, every object (its `story_id`,
    or itself as a singleton where that is null, is its label).
    """
    wanted = set(load_labels(labels_path)) if labels_path is not None else None
    return [obj for obj in _objects(Path(jsonl_path)) if wanted is None or str(obj["id"]) in wanted]


def _is_jsonl(path: Path) -> bool:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                return line.lstrip().startswith("{")
    return path.suffix in {".jsonl", ".ndjson", ".json"}


def _objects(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not a JSON object ({exc.msg})") from None
            if not isinstance(obj, dict) or "id" not in obj:
                raise ValueError(f"{path}:{number}: a JSON object with an `id` is expected")
            yield obj


def _labels_from_jsonl(path: Path) -> dict[str, str]:
    stories: dict[str, str | None] = {}
    for obj in _objects(path):
        story = obj.get("story_id")
        stories[str(obj["id"])] = None if story is None else str(story)
    taken = {s for s in stories.values() if s is not None}
    # A singleton's label is its id, unless a real story happens to carry that name.
    return {
        item: story if story is not None else (item if item not in taken else f"singleton:{item}")
        for item, story in stories.items()
    }


def _labels_from_tsv(path: Path) -> dict[str, str]:
    labels: dict[str, str] = {}
    first = True
    with path.open(encoding="utf-8") as fh:
        for number, raw in enumerate(fh, 1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                continue
            fields = [f.strip() for f in line.split("\t")]
            if first:
                first = False
                if fields[0].casefold() in _HEADER_IDS:
                    continue
            if len(fields) < 2 or not fields[0] or not fields[1]:
                raise ValueError(f"{path}:{number}: expected `id<TAB>story`, got {line!r}")
            item, story = fields[0], fields[1]
            if labels.get(item, story) != story:
                raise ValueError(f"{path}:{number}: {item} labeled both {labels[item]!r} and {story!r}")
            labels[item] = story
    return labels
