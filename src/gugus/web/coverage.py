"""A story's comparison laid out for the page: each outlet's articles with every sentence marked by
what the comparison found for it (shared, partial, unique, conflicting), and the badges of the front
page. Plain data in, plain data out; the templates only draw it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from gugus.model import Article


@dataclass
class Segment:
    text: str
    kind: str = ""  # "" (not a claim: too short, a dateline, a credit), shared, partial, unique, conflict
    claim: str = ""  # the claim's id: the same fact in every column carries the same id
    outlets: int = 0  # how many outlets carry the claim


@dataclass
class Column:
    """One outlet's articles in the story, oldest first."""

    outlet: str
    articles: list[dict] = field(default_factory=list)  # the report's article with `segments` added


def columns(report: dict, articles: Iterable[Article]) -> list[Column]:
    """The outlets side by side, in the order they first reported; each article's text cut into marked
    segments at the offsets the claims give. With one outlet there is nothing to compare: no marks."""
    texts = {a.id: a.text for a in articles}
    marks: dict[str, list[tuple[int, int, str, str, int]]] = {}
    if len({a["outlet"] or a["source_id"] for a in report["articles"]}) < 2:
        report = dict(report, claims=[], conflicts=[])
    conflicting = {  # (article, claim): the article's sentence in a claim whose sources disagree
        (s["article_id"], c["claim_id"])
        for c in report["conflicts"]
        for v in c["values"]
        for s in v["sources"]
    }
    for claim in report["claims"]:
        n = len(claim["outlets"])
        for s in claim["sources"]:
            kind = "conflict" if (s["article_id"], claim["id"]) in conflicting else claim["kind"]
            marks.setdefault(s["article_id"], []).append((s["start"], s["end"], kind, claim["id"], n))
    out: dict[str, Column] = {}
    for a in report["articles"]:
        outlet = a["outlet"] or a["source_id"]
        view = dict(a, segments=_segments(texts.get(a["id"], ""), marks.get(a["id"], [])))
        out.setdefault(outlet, Column(outlet)).articles.append(view)
    return list(out.values())


def _segments(text: str, marks: list[tuple[int, int, str, str, int]]) -> list[Segment]:
    segments, at = [], 0
    for start, end, kind, claim, n in sorted(marks):
        if start < at or end > len(text) or end <= start:  # overlapping or stale offsets: leave unmarked
            continue
        if start > at:
            segments.append(Segment(text[at:start]))
        segments.append(Segment(text[start:end], kind, claim, n))
        at = end
    if at < len(text):
        segments.append(Segment(text[at:]))
    return segments


def badges(report: dict) -> dict[str, int]:
    """What the front page shows of a story's comparison: copies (copy, rewrite or translation links),
    conflicts, and articles flagged as stale republications."""
    return {
        "copies": sum(1 for p in report["provenance"] if p["kind"] in ("copy", "rewrite", "translation")),
        "conflicts": len(report["conflicts"]),
        "stale": sum(1 for a in report["articles"] if any(f["kind"] == "stale" for f in a["flags"])),
    }


def copies_of(report: dict, article_id: str) -> list[dict]:
    """The provenance links an article takes part in, each with the other article and the direction."""
    titles = {a["id"]: a for a in report["articles"]}
    out = []
    for p in report["provenance"]:
        if article_id not in (p["source"], p["target"]):
            continue
        other = p["target"] if p["source"] == article_id else p["source"]
        out.append({**p, "other": titles.get(other, {"id": other, "title": other, "outlet": None}),
                    "original": p["source"] == article_id})  # fmt: skip
    return out


def glance(report: dict) -> dict[str, int]:
    """The story in numbers, for the line under its headline: facts every outlet reports, facts some
    do, facts one alone does, conflicts, copies and stale republications."""
    kinds = [c["kind"] for c in report["claims"]]
    return {
        "shared": kinds.count("shared"),
        "partial": kinds.count("partial"),
        "unique": kinds.count("unique"),
        **badges(report),
    }
