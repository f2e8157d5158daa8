"""One story's comparison as plain, JSON-ready data: what `gugus story --format json` prints, what the
Markdown, HTML and terminal views render, and what schema/story.schema.json documents.

Each part comes from its own module (claims, aliases, conflicts, provenance, staleness, quotes,
timeline, summary); this module only runs them in the order they feed one another and lays out the
result. Sentence vectors are optional: with an embedder, sentences are aligned by meaning as well as by
words (needed across languages); without one, everything still runs on words alone.
"""

from __future__ import annotations

import time
from collections.abc import MutableMapping, Sequence
from datetime import datetime, timezone

import numpy as np

from gugus.analyze.article import Analysis
from gugus.compare.aliases import build_aliases, outlet_of, story_mentions
from gugus.compare.claims import build_claims
from gugus.compare.conflicts import find_conflicts
from gugus.compare.provenance import groups, provenance
from gugus.compare.quotes import story_quotes
from gugus.compare.staleness import anchors, corrected_times, stale_flags
from gugus.compare.summary import summarize
from gugus.compare.timeline import story_timeline
from gugus.model import Article

SCHEMA_ID = "https://gugus.dev/schema/story.schema.json"
SCHEMA_VERSION = 1
Item = tuple[Article, Analysis]


def build_report(
    items: Sequence[Item],
    *,
    story: dict | None = None,
    embedder=None,
    cache: MutableMapping[str, np.ndarray] | None = None,
    lead_vectors: dict[str, np.ndarray] | None = None,
) -> dict:
    """The comparison of `items` (one story's articles, or any articles to compare directly).

    `story` adds the story's own fields (id, headline, first and last seen); `cache` maps a sentence's
    text to its vector so a story is embedded once; `lead_vectors` (article id -> lead vector) help
    provenance tell rewrites and translations.
    """
    started = time.perf_counter()
    items = sorted(items, key=lambda it: (it[1].time, it[0].id))
    mentions = story_mentions(items)
    claims = build_claims(items, embedder=embedder, cache=cache, mentions=mentions)
    conflicts = find_conflicts(items, claims, mentions=mentions, embedder=embedder, cache=cache)
    summary = summarize(items, claims, conflicts=conflicts, embedder=embedder, cache=cache)
    links = provenance(list(items), lead_vectors)
    found = anchors(items)
    flags: dict[str, list[dict]] = {}
    for flag in stale_flags(items, found=found):
        flags.setdefault(flag.article_id, []).append(flag.to_dict())
    duplicates = groups(links)
    for group in duplicates:
        for dup in group[1:]:
            flags.setdefault(dup, []).append(
                {"kind": "copy", "article_id": dup, "reason": f"a copy of {group[0]}", "original": group[0]}
            )
    report = {
        "$schema": SCHEMA_ID,
        "version": SCHEMA_VERSION,
        "story": _story(story, items),
        "articles": [_article(a, an, flags.get(a.id, [])) for a, an in items],
        "summary": summary.to_dict(),
        "claims": [c.to_dict() for c in claims],
        "entities": [e.to_dict() for e in build_aliases(items, mentions)],
        "conflicts": [c.to_dict() for c in conflicts],
        "provenance": [link.to_dict() for link in links],
        "duplicates": duplicates,
        "quotes": [q.to_dict() for q in story_quotes(items)],
        "timeline": [e.to_dict() for e in story_timeline(items, corrected_times(items, found))],
        "dense": embedder is not None,
    }
    report["seconds"] = round(time.perf_counter() - started, 3)
    return report


def _story(story: dict | None, items: Sequence[Item]) -> dict:
    outlets = list(dict.fromkeys(outlet_of(a) for a, _ in items))
    langs = sorted({a.lang for a, _ in items if a.lang})
    out = {"id": None, "headline": items[0][0].title if items else "", "size": len(items),
           "outlets": outlets, "languages": langs}  # fmt: skip
    if story:
        out.update(id=story["id"], headline=story.get("headline") or out["headline"],
                   first_seen=_iso(story.get("first_seen")), last_seen=_iso(story.get("last_seen")),
                   entities=story.get("entities", []), keywords=story.get("keywords", []))  # fmt: skip
    return out


def _iso(hours: float | None) -> str | None:
    if hours is None:
        return None
    return datetime.fromtimestamp(hours * 3600, tz=timezone.utc).isoformat(timespec="minutes")


def _article(a: Article, an: Analysis, flags: list[dict]) -> dict:
    return {
        "id": a.id, "source_id": a.source_id, "title": a.title, "outlet": a.outlet, "url": a.url,
        "published": a.published, "lang": a.lang, "wire": list(a.wire), "flags": flags,
        "notes": [n for n in an.notes if "story clock" in n],
    }  # fmt: skip
