"""Stories as the command line prints them, and JSON bodies rendered once for many readers.

`story_record` gives what `gugus story ID --json` prints (cli._story_json; the tests hold the two
equal) without `Article.to_dict()` per field: that deep-copies each article eight times, 12 ms for a
20-article story, which twenty clients at once would queue behind."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from pydantic import TypeAdapter

STORY_ARTICLE_FIELDS = ("id", "source_id", "title", "outlet", "published", "lang", "url", "wire")


def when(hours: float) -> str:
    """A story clock time (hours since the epoch) as the CLI prints it: UTC, minutes."""
    return datetime.fromtimestamp(hours * 3600, timezone.utc).strftime("%Y-%m-%d %H:%M")


def story_record(story: dict) -> dict:
    """A story from `Engine.stories` or `Engine.story` as `gugus stories/story --json` print it."""
    out = {k: v for k, v in story.items() if k != "articles"}
    out["first_seen"] = when(story["first_seen"])
    out["last_seen"] = when(story["last_seen"])
    if "articles" in story:
        out["articles"] = [
            {k: list(a.wire) if k == "wire" else getattr(a, k) for k in STORY_ARTICLE_FIELDS}
            for a in story["articles"]
        ]
    return out


def dumps(data: Any) -> bytes:
    """JSON as the API sends it: UTF-8, compact, no NaN."""
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


class Renderer:
    """Validates a route's result against its documented model, then serialises it: what /docs says
    is what is sent, though the bytes are cached and the model is skipped on the way out."""

    def __init__(self, model: Any) -> None:
        self.adapter = TypeAdapter(model)

    def __call__(self, value: Any) -> bytes:
        return self.adapter.dump_json(self.adapter.validate_python(value))
