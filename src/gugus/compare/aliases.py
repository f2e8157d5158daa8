"""Entities across a story, their spellings merged and each spelling attributed to the outlets using it.

Within one article the analyze stage already gives a surname alone the key of the full name ("Pushlin" →
the key of "Dennis Pushlin"); across articles spellings differ ("Denis Pushilin", "KCN" for "KCNA"), so the
story's keys are merged here with `group_aliases`, fed one representative name per key (its longest
spelling): a bare "Kim" that one article resolved to Kim Yo Jong never drags Kim Jong Un into her group.

A spelling that only one outlet uses, a letter or two away from one the other outlets agree on (or from the
name the gazetteer knows), is flagged as a likely misspelling; where two outlets each spell a name their own
way and nothing says which is right, both spellings are flagged as variants instead.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from gugus.analyze.article import BODY_CHARS, Analysis
from gugus.analyze.entities import alias_key, find_mentions, group_aliases, same_entity
from gugus.model import Article, Mention

__all__ = ["Entity", "Variant", "article_mentions", "build_aliases", "entity_groups", "story_mentions"]

Item = tuple[Article, Analysis]
_SLUG = re.compile(r"[^0-9a-z]+")


@dataclass
class Variant:
    """One spelling of an entity and who used it."""

    name: str
    count: int
    article_ids: list[str]
    outlets: list[str]
    flag: str | None = None  # "misspelling" (others agree on another spelling) | "variant" (no majority)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Entity:
    """A person, organisation or place of the story with every spelling of it."""

    key: str
    name: str  # the fullest spelling most outlets use
    kind: str
    count: int
    outlets: list[str]
    variants: list[Variant] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {**{k: v for k, v in asdict(self).items() if k != "variants"},
                "variants": [v.to_dict() for v in self.variants]}  # fmt: skip


def outlet_of(article: Article) -> str:
    """An article's outlet, or its id where the outlet is unknown (it then counts as one of its own)."""
    return article.outlet or article.id


def article_mentions(article: Article, analysis: Analysis) -> list[Mention]:
    """The body's mentions: the analysis read only the first BODY_CHARS of a long text, so redo those."""
    if len(article.text or "") > BODY_CHARS:
        return find_mentions(article.text, article.lang or analysis.lang or "id")
    return analysis.mentions


def story_mentions(items: Sequence[Item]) -> list[list[Mention]]:
    """Each article's mentions, keyed story-wide: spellings across articles merged ("Dennis Pushlin" and
    "Denis Pushilin" share one key). Computed once per story and handed to claims, aliases, conflicts."""
    found = [article_mentions(a, an) for a, an in items]
    groups = entity_groups(found)
    return [[Mention(m.text, m.kind, groups.get(m.key, m.key), m.start, m.end) for m in ms] for ms in found]


def entity_groups(mentions: Sequence[list[Mention]]) -> dict[str, str]:
    """Each mention key of the story (per-article mentions) → its group's key, spellings merged."""
    spellings: dict[str, Counter[str]] = {}
    for ms in mentions:
        for m in ms:
            spellings.setdefault(m.key, Counter())[m.text] += 1
    reps = {key: max(c, key=lambda s: (len(s.split()), len(s), c[s])) for key, c in spellings.items()}
    grouped = group_aliases([rep for key, rep in reps.items() for _ in range(sum(spellings[key].values()))])
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        parent.setdefault(k, k)
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for key, rep in reps.items():
        other = grouped.get(rep) or key
        x, y = find(key), find(other)
        if x != y:
            parent[y] = x
    members: dict[str, list[str]] = {}
    for key in reps:
        members.setdefault(find(key), []).append(key)
    out: dict[str, str] = {}
    for group in members.values():
        canon = next((grouped[reps[k]] for k in group if grouped.get(reps[k]) in group), group[0])
        for k in group:
            out[k] = canon
    return out


def build_aliases(items: Sequence[Item], mentions: Sequence[list[Mention]] | None = None) -> list[Entity]:
    """The story's entities, most widely reported first, each with its spellings and their outlets.

    `mentions` are `story_mentions(items)`, computed here when not given.
    """
    mentions = mentions if mentions is not None else story_mentions(items)
    uses: dict[str, dict[str, list[tuple[str, str, str]]]] = {}  # group → folded spelling → uses
    kinds: dict[str, Counter[str]] = {}
    for (article, _), ms in zip(items, mentions, strict=True):
        for m in ms:
            g = m.key
            uses.setdefault(g, {}).setdefault(_fold(m.text), []).append(
                (m.text, article.id, outlet_of(article))
            )
            kinds.setdefault(g, Counter())[m.kind] += 1
    entities = [_entity(g, spellings, kinds[g].most_common(1)[0][0]) for g, spellings in uses.items()]
    entities.sort(key=lambda e: (-len(e.outlets), -e.count, e.name))
    return entities


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def _entity(key: str, spellings: dict[str, list[tuple[str, str, str]]], kind: str) -> Entity:
    variants = []
    for found in spellings.values():
        shown = Counter(t for t, _, _ in found).most_common(1)[0][0]
        variants.append(
            Variant(shown, len(found), _unique(a for _, a, _ in found), _unique(o for _, _, o in found))
        )
    variants.sort(key=lambda v: (-len(v.outlets), -len(v.name.split()), -v.count, v.name))
    _flag(variants)
    name = next((v.name for v in variants if v.flag != "misspelling"), variants[0].name)
    outlets = _unique(o for v in variants for o in v.outlets)
    return Entity(key, name, kind, sum(v.count for v in variants), outlets, variants)


def _unique(values) -> list[str]:
    return list(dict.fromkeys(values))


def _flag(variants: list[Variant]) -> None:
    """Flag a single outlet's spelling that others spell otherwise (a letter or two apart, no short form)."""
    for v in variants:
        if len(v.outlets) != 1:
            continue
        rivals = [
            w for w in variants if w is not v and v.outlets[0] not in w.outlets and _misspelt(v.name, w.name)
        ]
        if not rivals or _known(v.name):
            continue
        best = max(rivals, key=lambda w: len(w.outlets))
        v.flag = "misspelling" if len(best.outlets) > 1 or _known(best.name) else "variant"


def _misspelt(a: str, b: str) -> bool:
    """Spellings of one name a few letters apart, word for word ("Dennis Pushlin" / "Denis Pushilin"), or an
    acronym cut short ("KCN" / "KCNA"); a short form ("Pushilin" / "Denis Pushilin") is no misspelling."""
    if _fold(a) == _fold(b):
        return False
    if a.isupper() and b.isupper() and " " not in a + b:
        return abs(len(a) - len(b)) <= 1 and (a.startswith(b) or b.startswith(a))
    if a.isupper() != b.isupper():
        return False
    return len(a.split()) == len(b.split()) and same_entity(a, b)


def _known(name: str) -> bool:
    """Whether the gazetteer knows the name: its key is then not simply its own spelling slugged."""
    return alias_key(name) != _SLUG.sub("-", _fold(name)).strip("-")
