"""Claims: the sentences of a story's articles aligned across outlets and grouped into what they assert.

A claim is a group of sentences, at most one per article, that say the same thing; it is *shared* when
every outlet of the story has it, *partial* when two or more (not all) do, *unique* when one does.

How sentences meet:

* Lexically: TF-IDF over each sentence's content stems plus the story-wide keys of the entities it names
  (a name counts once, as its key, so "Dennis Pushlin" meets "Denis Pushilin"), the IDF taken over the
  story's own sentences so that the words every sentence shares weigh little. One sparse product gives
  every pair's cosine; a pair must also share MIN_SHARED words besides names.
* Densely, when an embedder is given: e5 cosines of sentence vectors rescaled onto the lexical scale
  (DENSE_FLOOR → 0, DENSE_MATCH → MATCH). Across languages that is the whole similarity; within one it
  is mixed with the lexical one (LEXICAL_SHARE), because a rewrite or a machine translation of another
  wire's story says the same fact in other words: on the seeds, stems alone separate 3–5 of the six
  shared facts from the look-alikes (sentences naming the same people and places), stems and vectors
  all six. Vectors are read from and written to the caller's cache, keyed by the sentence text: the
  model reads about 1,000 tokens a second, so a story is embedded once.

Grouping is average-link agglomeration under a cannot-link constraint: candidate pairs at or above MATCH
are taken strongest first, and two groups merge only if they hold no article in common and their mean
cross similarity is still at least LINK. A chain of near matches (A≈B, B≈C, A≠C) thus stops where a
connected-components grouping would run on. A second pass lets a sentence stay unmatched no more where its
counterpart already sits in another claim: a compound sentence ("recognised the republics, which led Kyiv
to cut ties") supports two claims, and each of its counterparts may cite it.

Boilerplate never becomes a claim: sentences with fewer than MIN_STEMS content words, headings (short, no
final punctuation), captions, wire credits, "Baca juga" links and the site chrome cleaning missed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import MutableMapping, Sequence
from dataclasses import asdict, dataclass, field

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from gugus.analyze.article import Analysis
from gugus.analyze.tokens import content_stems
from gugus.compare.aliases import outlet_of, story_mentions
from gugus.ingest.clean import is_chrome
from gugus.ingest.credits import find_credits
from gugus.model import Article, Mention

__all__ = ["Claim", "Source", "build_claims", "dateline", "is_boilerplate", "story_outlets"]

Item = tuple[Article, Analysis]

MATCH = 0.34  # cosine at which two sentences can start a claim
LINK = 0.28  # mean cross cosine two groups need to merge (average link)
DENSE_FLOOR = 0.80  # e5 cosine of two same-story sentences that say different things
DENSE_MATCH = 0.90  # e5 cosine of a sentence and its translation or paraphrase: maps onto MATCH
DENSE_CROSS_MATCH = 0.88  # the same across languages, where e5 scores a translation lower: 0.88–0.91 for
# the English twin of the seeds against the AP seed's sentences, the next best at most 0.878
LEXICAL_SHARE = 0.3  # within a language, with an embedder: the lexical part of the mixed similarity
MIN_STEMS = 4
MIN_CLAUSE_WORDS = 5  # words (names blanked out) a clause needs to be compared on its own
MIN_SHARED = 2  # words besides names two sentences share before they can be one claim
HEADING_WORDS = 10
MAX_PER_ARTICLE = 80  # sentences read from one article: the similarity matrix is dense, n² floats
_ENDS = tuple(".!?…\"'”’)")
_BOILER = re.compile(
    r"^\W*(?:baca juga|baca selengkapnya|simak juga|simak informasi|simak berita|simak video|lihat juga|"
    r"lihat video|tonton juga|saksikan|sumber\s*:|foto\s*:|video\s*:|ilustrasi\b|editor\s*:|penulis\s*:|"
    r"reporter\s*:|pewarta\s*:|ikuti\b|dapatkan\b|klik\b|download\b|unduh\b|advertisement|iklan\b|"
    r"read more|see also|photo\s*:|image\s*:|watch\s*:|follow us|sign up|subscribe|copyright|hak cipta)",
    re.I,
)
_CAPTION = re.compile(r"\((?:foto|dok|ilustrasi|istimewa|photo|image|file photo)\b[^()]{0,80}\)\s*$", re.I)
_CLAUSE = re.compile(
    r"(?:,\s+(?=(?:yang|sehingga|tetapi|namun|sementara|sedangkan|padahal|meskipun|walaupun|which|but|while|"
    r"although|whereas)\b)|;\s+|\s+[—–]\s+)"
)
_CREDIT = re.compile(r"\b(?:berkontribusi|contributed to this report|dilansir dari|reporting by)\b", re.I)


@dataclass
class Source:
    """One article's sentence in a claim: `start`/`end` are its offsets in the article text."""

    article_id: str
    outlet: str
    sentence: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Claim:
    """What several (or one) of the story's articles assert, with the exact sentence in each."""

    id: str
    text: str  # the representative sentence: the one closest to all the others, datelines cut
    kind: str  # shared | partial | unique
    sources: list[Source] = field(default_factory=list)
    cohesion: float = 1.0  # mean similarity of its sentences, for a reader judging the alignment
    first_seen: float = 0.0  # hours since the epoch of its earliest article (story clock)

    @property
    def article_ids(self) -> list[str]:
        return [s.article_id for s in self.sources]

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(s.outlet for s in self.sources))

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "text": self.text,
            "kind": self.kind,
            "outlets": self.outlets,
            "cohesion": round(self.cohesion, 3),
            "sources": [s.to_dict() for s in self.sources],
        }


@dataclass
class _Units:
    """The story's sentences that can carry a claim, as parallel lists (one row per sentence)."""

    art: np.ndarray  # article index into the story's items
    pos: np.ndarray  # sentence index in its article
    start: list[int]
    end: list[int]
    text: list[str]  # exact
    clean: list[str]  # dateline cut: what is compared and shown
    lang: list[str]
    clauses: sparse.csr_matrix | None = None  # TF-IDF rows of the clauses, filled by `similarity`
    owner: np.ndarray | None = None  # the sentence of each clause
    vectors: sparse.csr_matrix | None = None  # TF-IDF rows of the sentences

    def clause_toward(self, k: int, other: int) -> int:
        """Which clause of sentence k is closest to sentence `other` (its index among k's clauses)."""
        rows = np.flatnonzero(self.owner == k)
        return int(np.argmax((self.clauses[rows] @ self.vectors[other].T).toarray().ravel()))

    def n_clauses(self, k: int) -> int:
        return int(np.count_nonzero(self.owner == k))


def is_boilerplate(text: str, lang: str | None = "id") -> bool:
    """Whether a sentence is chrome, a caption, a credit, a link or a heading rather than a statement."""
    s = text.strip()
    if not s or is_chrome(s) or _BOILER.match(s) or _CAPTION.search(s) or _CREDIT.search(s):
        return True
    if len(s.split()) <= HEADING_WORDS and not s.endswith(_ENDS):
        return True
    return len(content_stems(s, lang)) < MIN_STEMS


def story_outlets(items: Sequence[Item]) -> list[str]:
    return list(dict.fromkeys(outlet_of(a) for a, _ in items))


def build_claims(
    items: Sequence[Item],
    *,
    embedder=None,
    cache: MutableMapping[str, np.ndarray] | None = None,
    mentions: Sequence[list[Mention]] | None = None,
) -> list[Claim]:
    """The story's claims in story order: first by the earliest article saying it, then by position.

    `items` are the story's (article, analysis) pairs. With `embedder` (a `gugus.analyze.embed.Embedder`,
    or anything with `embed(texts) -> unit rows`) sentences are also compared by meaning; `cache` maps a
    sentence text to its vector and is filled with what was embedded. `mentions` are
    `story_mentions(items)`, computed here when not given.
    """
    if not items:
        return []
    mentions = mentions if mentions is not None else story_mentions(items)
    units = _units(items)
    if not len(units.text):
        return []
    sim = _similarity(units, items, mentions, embedder=embedder, cache=cache)
    groups = _group(sim, units.art, np.arange(len(units.text)))
    groups += _reuse(sim, units, groups)
    return _claims(groups, units, items, sim)


def _units(items: Sequence[Item]) -> _Units:
    art, pos, start, end, text, clean, lang = [], [], [], [], [], [], []
    for i, (a, an) in enumerate(items):
        lg = a.lang or an.lang or "id"
        body = a.text or ""
        line = dateline(body)
        for j, (s, e) in enumerate(an.sentences[:MAX_PER_ARTICLE]):
            t = body[s:e]
            c = t[len(line) :].lstrip() if line and t.startswith(line) else t
            if is_boilerplate(c, lg):
                continue
            art.append(i)
            pos.append(j)
            start.append(s)
            end.append(e)
            text.append(t)
            clean.append(c)
            lang.append(lg)
    return _Units(np.array(art, dtype=np.int32), np.array(pos, dtype=np.int32), start, end, text, clean, lang)


def dateline(text: str) -> str:
    """The dateline opening an article ("SEOUL, Korea Selatan (AP) —", "JAKARTA, KOMPAS.com -"), or "":
    it says where the copy was filed, not what happened, so it is cut before sentences are compared."""
    head = text.lstrip().split("\n", 1)[0][:2000]
    found = find_credits(head).dateline_text
    return found if found and head.startswith(found) else ""


def _similarity(
    units: _Units,
    items: Sequence[Item],
    mentions: Sequence[list[Mention]],
    *,
    embedder=None,
    cache: MutableMapping[str, np.ndarray] | None = None,
) -> np.ndarray:
    """Sentence × sentence similarity on one scale; zero within an article (never a claim's pair).

    The lexical part of a pair is the better of its sentences' cosine and its best pair of clauses (where
    either sentence has two or more), so that "Ukraina memutuskan hubungan dengan Pyongyang" meets the
    last clause of "Korea Utara mengakui Donetsk dan Luhansk, yang mendorong Kyiv untuk memutuskan
    hubungan diplomatik dengan Pyongyang".
    """
    sent_docs, clause_docs, owner = _docs(units, items, mentions)
    vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, norm="l2", dtype=np.float32)
    x = vectorizer.fit_transform(sent_docs).tocsr()
    is_word = np.ones(x.shape[1], dtype=np.float32)
    is_word[[j for t, j in vectorizer.vocabulary_.items() if t.startswith("@")]] = 0.0
    words = sparse.csr_matrix((x > 0).astype(np.float32) @ sparse.diags(is_word))
    sim = (x @ x.T).toarray()
    sim[(words @ words.T).toarray() < MIN_SHARED] = 0.0
    units.vectors, units.clauses, units.owner = x, vectorizer.transform(clause_docs).tocsr(), owner
    clause = _clause_max(units.clauses, owner, is_word, len(sent_docs))
    if embedder is not None:
        vec = _vectors(units.clean, embedder, cache)
        cos = vec @ vec.T
        dense = np.clip(MATCH * (cos - DENSE_FLOOR) / (DENSE_MATCH - DENSE_FLOOR), 0.0, 1.0)
        across = np.clip(MATCH * (cos - DENSE_FLOOR) / (DENSE_CROSS_MATCH - DENSE_FLOOR), 0.0, 1.0)
        langs = np.array(units.lang)
        cross = langs[:, None] != langs[None, :]
        sim = np.where(cross, across, LEXICAL_SHARE * sim + (1 - LEXICAL_SHARE) * dense)
    sim = np.maximum(sim, clause)
    sim = sim.astype(np.float32)
    sim[units.art[:, None] == units.art[None, :]] = 0.0
    return sim


def _docs(
    units: _Units, items: Sequence[Item], mentions: Sequence[list[Mention]]
) -> tuple[list[list[str]], list[list[str]], np.ndarray]:
    """Terms per sentence and per clause: content stems, and the story-wide key of each entity named
    (a name counts once, as its key, not again as words); the owner sentence of each clause. Dates are
    left out: "Rabu (18/6/2025)" opens half a day's leads and says nothing about which fact they state."""
    sent_docs: list[list[str]] = []
    clause_docs: list[list[str]] = []
    owner: list[int] = []
    by_article = [sorted(ms, key=lambda m: m.start) for ms in mentions]
    starts = [[m.start for m in ms] for ms in by_article]
    times = [sorted((t.start, t.end) for t in an.times) for _, an in items]
    for k in range(len(units.text)):
        i, s, e = int(units.art[k]), units.start[k], units.end[k]
        ms = by_article[i][bisect_left(starts[i], s) : bisect_left(starts[i], e)]
        ms = [m for m in ms if m.end <= e]
        chars = list(units.text[k])
        for a, b in [(m.start, m.end) for m in ms] + [t for t in times[i] if s <= t[0] and t[1] <= e]:
            chars[a - s : b - s] = " " * (b - a)
        blank = "".join(chars)
        cut = len(units.text[k]) - len(units.clean[k])
        doc: list[str] = []
        for cs, ce in _clauses(blank, cut):
            terms = content_stems(blank[cs:ce], units.lang[k])
            terms += ["@" + m.key for m in ms if cs <= m.start - s < ce]
            clause_docs.append(terms)
            owner.append(k)
            doc += terms
        sent_docs.append(doc)
    return sent_docs, clause_docs, np.array(owner, dtype=np.int64)


def _clauses(text: str, start: int) -> list[tuple[int, int]]:
    """Clause spans of a sentence (from `start`): cut before ", yang", ", sehingga", "; " and the like,
    a piece too short to state anything (under MIN_CLAUSE_WORDS) staying with its neighbour."""
    cuts = [m.start() for m in _CLAUSE.finditer(text, start)]
    spans: list[tuple[int, int]] = []
    lo = start
    for c in [*cuts, len(text)]:
        if spans and len(text[lo:c].split()) < MIN_CLAUSE_WORDS:
            spans[-1] = (spans[-1][0], c)
        elif c > lo:
            spans.append((lo, c))
        lo = c
    if len(spans) > 1 and len(text[spans[0][0] : spans[0][1]].split()) < MIN_CLAUSE_WORDS:
        spans[:2] = [(spans[0][0], spans[1][1])]
    return spans or [(start, len(text))]


def _clause_max(xc: sparse.csr_matrix, owner: np.ndarray, is_word: np.ndarray, n: int) -> np.ndarray:
    """Each sentence pair's best clause pair, where either sentence has several clauses (else zero).

    Lexical only: a clause of a long sentence is where stems find a fact a sentence vector dilutes.
    """
    out = np.zeros((n, n), dtype=np.float32)
    multi = np.bincount(owner, minlength=n)[owner] > 1
    if not multi.any():
        return out
    pairs = sparse.coo_matrix(xc @ xc[multi].T)
    rows, cols = pairs.row, np.flatnonzero(multi)[pairs.col]
    keep = pairs.data >= LINK
    rows, cols, vals = rows[keep], cols[keep], pairs.data[keep]
    words = sparse.csr_matrix((xc > 0).astype(np.float32) @ sparse.diags(is_word))
    shared = np.asarray(words[rows].multiply(words[cols]).sum(axis=1)).ravel()
    ok = shared >= MIN_SHARED
    a, b, v = owner[rows[ok]], owner[cols[ok]], vals[ok]
    np.maximum.at(out, (a, b), v)
    np.maximum.at(out, (b, a), v)
    return out


def _identity(terms: list[str]) -> list[str]:
    return terms


def _vectors(texts: list[str], embedder, cache: MutableMapping[str, np.ndarray] | None) -> np.ndarray:
    """Unit vectors of `texts`, embedding only those the cache lacks (the model reads ~1,000 tokens/s)."""
    cache = cache if cache is not None else {}
    missing = list(dict.fromkeys(t for t in texts if t not in cache))
    if missing:
        for t, v in zip(missing, embedder.embed(missing), strict=True):
            cache[t] = np.asarray(v, dtype=np.float32)
    return np.stack([cache[t] for t in texts]).astype(np.float32)


def _group(
    sim: np.ndarray, art: np.ndarray, nodes: np.ndarray, allowed: np.ndarray | None = None
) -> list[list[int]]:
    """Average-link groups of `nodes`, at most one sentence per article, strongest pairs first.

    `allowed`, when given, masks the candidate pairs (the reuse pass allows only new-to-used pairs).
    """
    sub = sim[np.ix_(nodes, nodes)]
    cand = np.triu(sub >= MATCH, 1)
    if allowed is not None:
        cand &= allowed
    ii, jj = np.nonzero(cand)
    order = np.argsort(-sub[ii, jj], kind="stable")
    members = {int(n): [int(n)] for n in range(len(nodes))}
    arts = {int(n): {int(art[nodes[n]])} for n in range(len(nodes))}
    owner = list(range(len(nodes)))
    for a, b in zip(ii[order].tolist(), jj[order].tolist(), strict=True):
        ga, gb = owner[a], owner[b]
        if ga == gb or arts[ga] & arts[gb]:
            continue
        if len(members[ga]) * len(members[gb]) > 1 and sub[np.ix_(members[ga], members[gb])].mean() < LINK:
            continue
        if len(members[ga]) < len(members[gb]):
            ga, gb = gb, ga
        for n in members[gb]:
            owner[n] = ga
        members[ga] += members.pop(gb)
        arts[ga] |= arts.pop(gb)
    return [[int(nodes[n]) for n in sorted(g)] for g in members.values()]


def _reuse(sim: np.ndarray, units: _Units, groups: list[list[int]]) -> list[list[int]]:
    """Claims for sentences left alone whose counterpart already sits in another claim.

    Only a compound counterpart can be cited twice: a sentence of two or more clauses whose clause
    closest to the lone sentence is not the one its first claim matched ("Korea Utara mengakui Donetsk
    dan Luhansk, yang mendorong Kyiv memutuskan hubungan"). The first pass's claims are never re-formed.
    """
    lone = np.array([g[0] for g in groups if len(g) == 1], dtype=np.int64)
    partners = {n: [m for m in g if m != n] for g in groups if len(g) > 1 for n in g}
    used = np.array([n for n in partners if units.n_clauses(n) > 1], dtype=np.int64)
    if not len(lone) or not len(used):
        return []
    nodes = np.concatenate([lone, used])
    is_lone = np.arange(len(nodes)) < len(lone)
    found = _group(sim, units.art, nodes, is_lone[:, None] != is_lone[None, :])
    lone_set = set(lone.tolist())
    out = []
    for g in found:
        new = [n for n in g if n in lone_set]
        cited = [t for t in g if t not in lone_set and _other_clause(units, t, new, partners[t])]
        if new and len(new) + len(cited) > 1:
            out.append(sorted(new + cited))
    return out


def _other_clause(units: _Units, t: int, new: list[int], old: list[int]) -> bool:
    """Whether the new sentences meet sentence t in another clause than its first claim's sentences."""
    taken = {units.clause_toward(t, p) for p in old}
    return all(units.clause_toward(t, n) not in taken for n in new)


def _claims(groups: list[list[int]], units: _Units, items: Sequence[Item], sim: np.ndarray) -> list[Claim]:
    outlets = story_outlets(items)
    times = [an.time for _, an in items]
    rank = {i: r for r, i in enumerate(sorted(range(len(items)), key=lambda i: (times[i], items[i][0].id)))}
    uses = Counter(n for g in groups if len(g) > 1 for n in g)
    rows = []
    for g in groups:
        if len(g) == 1 and uses[g[0]]:
            continue  # a sentence the reuse pass gave a claim
        g = sorted(g, key=lambda n: (rank[int(units.art[n])], int(units.pos[n])))
        rows.append(((rank[int(units.art[g[0]])], int(units.pos[g[0]])), g))
    rows.sort(key=lambda r: r[0])
    claims = []
    for k, (_, g) in enumerate(rows, 1):
        sources = [_source(n, units, items) for n in g]
        sub = sim[np.ix_(g, g)]
        own = [n for n in g if uses[n] <= 1] or g  # a sentence cited by two claims speaks for neither
        rep = max(own, key=lambda n: (sub[g.index(n)].sum() if len(g) > 2 else 0.0, -g.index(n)))
        cohesion = float(sub[np.triu_indices(len(g), 1)].mean()) if len(g) > 1 else 1.0
        claims.append(
            Claim(
                id=f"c{k}",
                text=units.clean[rep],
                kind=_kind({s.outlet for s in sources}, outlets),
                sources=sources,
                cohesion=cohesion,
                first_seen=min(times[int(units.art[n])] for n in g),
            )
        )
    return claims


def _source(n: int, units: _Units, items: Sequence[Item]) -> Source:
    article = items[int(units.art[n])][0]
    return Source(article.id, outlet_of(article), units.text[n], units.start[n], units.end[n])


def _kind(claim_outlets: set[str], outlets: list[str]) -> str:
    if len(claim_outlets) < 2:
        return "unique"
    return "shared" if len(claim_outlets) == len(outlets) else "partial"
