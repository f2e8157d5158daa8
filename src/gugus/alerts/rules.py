"""What a watch asks for, validated once when it is saved: every field given must hold (AND), and
within a list any item will do (OR)."""

from __future__ import annotations

import secrets
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

MAX_ITEMS = 50  # per list: a watch is a few names, not a dictionary
MAX_TEXT = 200  # characters per item


class RuleError(ValueError):
    """A watch that cannot be saved, with a sentence saying why."""


@dataclass
class Rules:
    entities: list[str] = field(default_factory=list)  # people, organisations, places (any spelling)
    keywords: list[str] = field(default_factory=list)  # words or phrases, matched by their stems
    outlets: list[str] = field(default_factory=list)  # reported by any of these (any case)
    topics: list[str] = field(default_factory=list)  # the story's topic is one of these
    min_outlets: int = 1  # reported by at least this many outlets
    conflict: bool = False  # the comparison found conflicting numbers, dates or names
    copy_of: str | None = None  # another outlet copied, rewrote or translated this outlet's article

    @classmethod
    def from_dict(cls, data: dict) -> Rules:
        known = {f for f in cls.__dataclass_fields__}
        unknown = set(data) - known
        if unknown:
            raise RuleError(f"unknown rule {sorted(unknown)[0]!r}: use {', '.join(sorted(known))}")
        rules = cls(
            entities=_texts(data.get("entities"), "entities"),
            keywords=_texts(data.get("keywords"), "keywords"),
            outlets=_texts(data.get("outlets"), "outlets"),
            topics=_texts(data.get("topics"), "topics"),
            min_outlets=_int(data.get("min_outlets", 1), "min_outlets"),
            conflict=bool(data.get("conflict", False)),
            copy_of=_texts([data["copy_of"]], "copy_of")[0] if data.get("copy_of") else None,
        )
        if not (rules.entities or rules.keywords or rules.outlets or rules.topics or rules.conflict
                or rules.copy_of or rules.min_outlets > 1):  # fmt: skip
            raise RuleError("a watch needs at least one rule: an entity, keyword, outlet, topic, ...")
        return rules

    def to_dict(self) -> dict:
        return {
            k: v
            for k, v in asdict(self).items()
            if v not in ([], None, False) and (k, v) != ("min_outlets", 1)
        }

    def describe(self) -> str:
        """One line for a person: `entities: Prabowo | min_outlets: 3 | conflict`."""
        parts = []
        for k, v in self.to_dict().items():
            parts.append(k if v is True else f"{k}: {', '.join(v) if isinstance(v, list) else v}")
        return " | ".join(parts)


def _texts(value, name: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(f"{name}: give a list of texts")
    out = list(dict.fromkeys(" ".join(v.split()) for v in value if v.strip()))
    if len(out) > MAX_ITEMS:
        raise RuleError(f"{name}: at most {MAX_ITEMS} items")
    if any(len(v) > MAX_TEXT for v in out):
        raise RuleError(f"{name}: an item is over {MAX_TEXT} characters")
    return out


def _int(value, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 1000:
        raise RuleError(f"{name}: a whole number from 1 to 1000")
    return value


def new_watch(
    name: str,
    rules: Rules,
    *,
    webhook: str | None = None,
    secret: str | None = None,
    allow_private: bool = False,
) -> dict:
    """A watch ready for `store.add_watch`: an id, and a signing secret made when a webhook has none.
    `allow_private` lets the webhook be on a private network (an operator's choice, never the API's)."""
    name = " ".join(name.split())
    if not name or len(name) > MAX_TEXT:
        raise RuleError(f"name: 1 to {MAX_TEXT} characters")
    if webhook is not None and not webhook.lower().startswith(("http://", "https://")):
        raise RuleError("webhook: must be an http:// or https:// URL")
    if webhook is not None and len(webhook) > 4096:
        raise RuleError("webhook: over 4,096 characters")
    data = rules.to_dict() | ({"allow_private": True} if allow_private else {})
    return {
        "id": secrets.token_hex(6),
        "name": name,
        "rules": data,
        "webhook": webhook,
        "secret": (secret or secrets.token_urlsafe(24)) if webhook else None,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def rules_of(watch: dict) -> Rules:
    return Rules.from_dict({k: v for k, v in watch["rules"].items() if k != "allow_private"})
