"""Each story once all its articles are known: its row (as gugus.cluster.stage writes it) and its
comparison (gugus.compare.report.build_report, by words: no model is loaded on the executors)."""

from __future__ import annotations

import json

from gugus.analyze.article import Analysis
from gugus.cluster.stage import ranked, topics
from gugus.model import Article

Member = tuple[Article, Analysis]


def story_row(story_id: str, members: list[Member], headline_id: str, about: dict) -> dict:
    """The stored story: its span on the story clock (dated members only, where it has any, as
    Story.add keeps it), size, outlets, languages, what it is about and its topic (the headline
    article's, as ClusterStage gives it)."""
    dated = [an.time for _, an in members if an.dated] or [an.time for _, an in members]
    outlets: dict[str, int] = {}
    langs: dict[str, int] = {}
    for article, analysis in members:
        if article.outlet:
            outlets[article.outlet] = outlets.get(article.outlet, 0) + 1
        if analysis.lang:
            langs[analysis.lang] = langs.get(analysis.lang, 0) + 1
    by_id = {a.id: a for a, _ in members}
    if headline_id not in by_id:  # the part's centre was a context article another story kept
        headline_id = min(members, key=lambda m: (m[1].time, m[0].id))[0].id
    head = by_id[headline_id]
    return {
        "id": story_id,
        "first_seen": min(dated),
        "last_seen": max(dated),
        "size": len(members),
        "n_outlets": len(outlets),
        "headline": head.title,
        "headline_id": headline_id,
        "data": {
            "outlets": ranked(outlets),
            "languages": ranked(langs),
            **about,
            "topics": topics(head, {a.id: an.topic for a, an in members}),
        },
    }


def report(row: dict, members: list[Member]) -> str:
    """The comparison as JSON text, the same as `gugus story ID --format json` without --dense."""
    from gugus.compare.report import build_report

    story = {**row, **row["data"]}
    return json.dumps(build_report(members, story=story), ensure_ascii=False)
