"""Does a story match a watch, and why: cheap rules first (outlets, counts, topics), then the words of
its articles (names by their alias keys, keywords by their stems), and only then the comparison
(conflicts, copies), which costs 10 ms to 2 s a story and is computed once for all watches."""

from __future__ import annotations

import re
from functools import cached_property

from gugus.alerts.rules import Rules
from gugus.analyze.article import VERSION, Analysis, analyze
from gugus.analyze.entities import find_mentions
from gugus.analyze.tokens import content_stems
from gugus.records import story_record

COPY_KINDS = ("copy", "rewrite", "translation")


class StoryFacts:
    """One story as the rules see it, each part computed when a rule first asks."""

    def __init__(self, engine, story: dict) -> None:
        self.engine = engine
        self.story = story  # Engine.story: the record with its articles

    @cached_property
    def record(self) -> dict:
        return story_record(self.story)

    @cached_property
    def analyses(self) -> list[Analysis]:
        articles = self.story["articles"]
        stored = self.engine.store.analyses([a.id for a in articles], VERSION)
        return [Analysis.from_dict(stored[a.id]) if a.id in stored else analyze(a) for a in articles]

    @cached_property
    def entity_keys(self) -> set[str]:
        return {k for an in self.analyses for k in an.entities}

    @cached_property
    def texts(self) -> list[str]:
        return [f"{a.title}\n{a.text}".casefold() for a in self.story["articles"]]

    @cached_property
    def report(self) -> dict:
        found = self.engine.compare_story(self.story["id"])
        return found or {"conflicts": [], "provenance": [], "articles": []}

    def state(self, rules: Rules) -> str:
        """What an alert is about: a story alerts again when it reaches a new outlet, or (for those
        rules) shows a new conflict or copy, not for every article."""
        parts = [f"outlets:{self.story['n_outlets']}"]
        if rules.conflict:
            parts.append(f"conflicts:{len(self.report['conflicts'])}")
        if rules.copy_of:
            parts.append(f"copies:{len(self._copies(rules.copy_of))}")
        return "|".join(parts)

    def _copies(self, outlet: str) -> list[str]:
        want = outlet.casefold()
        by_id = {a["id"]: a.get("outlet") or "" for a in self.report["articles"]}
        found = []
        for p in self.report["provenance"]:
            source, target = by_id.get(p["source"], ""), by_id.get(p["target"], "")
            if p["kind"] in COPY_KINDS and source.casefold() == want and target.casefold() != want:
                found.append(f"{target or 'an outlet'}: a {p['kind']} of {source}'s article")
        return found


def reasons(rules: Rules, facts: StoryFacts) -> list[str] | None:
    """Why the story matches every rule given, one reason per rule; None as soon as one fails."""
    out: list[str] = []
    story = facts.story
    if story["n_outlets"] < rules.min_outlets:
        return None
    if rules.min_outlets > 1:
        out.append(f"{story['n_outlets']} outlets")
    if rules.outlets:
        wanted = {o.casefold() for o in rules.outlets}
        hit = [o for o in story.get("outlets", {}) if o.casefold() in wanted]
        if not hit:
            return None
        out.append(f"outlet {', '.join(hit)}")
    if rules.topics:
        hit = [t for t in story.get("topics", []) if t in rules.topics]
        if not hit:
            return None
        out.append(f"topic {', '.join(hit)}")
    if rules.entities:
        hit = [n for n in rules.entities if _names(n) & facts.entity_keys or _said(n, facts.texts)]
        if not hit:
            return None
        out.append(f"entity {', '.join(hit)}")
    if rules.keywords:
        hit = [k for k in rules.keywords if _has_keyword(k, facts)]
        if not hit:
            return None
        out.append(f"keyword {', '.join(hit)}")
    if rules.conflict:
        conflicts = facts.report["conflicts"]
        if not conflicts:
            return None
        c = conflicts[0]
        values = " vs ".join(v["value"] for v in c["values"])
        more = f" (+{len(conflicts) - 1} more)" if len(conflicts) > 1 else ""
        out.append(f"conflict over {c['field']}: {values}{more}")
    if rules.copy_of:
        copies = facts._copies(rules.copy_of)
        if not copies:
            return None
        out.extend(copies)
    return out


def _names(name: str) -> set[str]:
    """The alias keys a name has in either language ("Korut", "North Korea" -> korea-utara)."""
    keys = set()
    for lang in ("id", "en"):
        keys.update(m.key for m in find_mentions(name, lang))
    return keys


def _said(name: str, texts: list[str]) -> bool:
    rx = re.compile(rf"(?<!\w){re.escape(name.casefold())}(?!\w)")
    return any(rx.search(t) for t in texts)


def _has_keyword(keyword: str, facts: StoryFacts) -> bool:
    """Every stem of the keyword in one article's title or body terms (Indonesian or English stems)."""
    wanted = [set(content_stems(keyword, lang)) for lang in ("id", "en")]
    wanted = [w for w in wanted if w]
    if not wanted:
        return False
    for an in facts.analyses:
        terms = an.title_terms.keys() | an.body_terms.keys()
        if any(w <= terms for w in wanted):
            return True
    return _said(keyword, facts.texts)
