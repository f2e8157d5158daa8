"""JSON bodies rendered once for many readers; the story record itself is gugus.records."""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter

from gugus.records import story_record, when

__all__ = ["Renderer", "dumps", "story_record", "when"]


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
