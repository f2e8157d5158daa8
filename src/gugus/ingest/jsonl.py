"""JSON Lines in the schema of ../shared/data: id, lang, date, outlet, title, text, url, author."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from gugus.model import Draft, Reject
from gugus.store.keys import sha256

MAX_LINE = 5 * 2**20


def _str(value) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def read_jsonl(lines: Iterable[bytes], *, location: str, first_line: int = 1) -> Iterator[Draft | Reject]:
    """One draft per good line; a broken line is a reject naming its line number, the rest go on.
    `first_line` numbers a slice of a file read elsewhere (a Spark partition) as in the whole file."""
    for n, raw in enumerate(lines, start=first_line):
        where = f"{location}#line={n}"
        if not raw.strip():
            continue
        if len(raw) > MAX_LINE:
            yield Reject(where, "too-large", f"line of {len(raw):,} bytes (limit {MAX_LINE:,})", "jsonl")
            continue
        try:
            obj = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield Reject(where, "bad-json", f"not valid JSON: {exc}", "jsonl")
            continue
        if not isinstance(obj, dict):
            yield Reject(where, "bad-json", f"a JSON {type(obj).__name__}, not an object", "jsonl")
            continue
        text = obj.get("text")
        if not isinstance(text, str) or not (text.strip() or _str(obj.get("title"))):
            yield Reject(where, "no-text", "the object has no `text` (nor a title)", "jsonl")
            continue
        yield Draft(
            text=text,
            source_id=_str(obj.get("id")) or where,
            kind="jsonl",
            location=where,
            raw_sha256=sha256(raw),
            title=_str(obj.get("title")),
            outlet=_str(obj.get("outlet")),
            url=_str(obj.get("url")),
            published=_str(obj.get("date") or obj.get("published")),
            author=_str(obj.get("author")),
            lang=_str(obj.get("lang")),
            extra={k: obj[k] for k in ("story_id",) if obj.get(k) is not None},
        )
