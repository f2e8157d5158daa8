"""Provenance: which article derives from which, and the evidence a reader can check for each link.

Four relations, each with its own evidence:

- **copy** — verbatim or near-verbatim text. Measured as *containment* of 4-word shingles (the share of
  the smaller article's shingles found in the other), not Jaccard: a copy with a paragraph added, or
  an excerpt of a long article, still counts.
- **rewrite** — the same sentences in other words: most prose sentences of the shorter article have a
  counterpart in the other (IDF-weighted stem overlap per sentence) while few 4-word shingles are
  shared. Lead vectors, where given, lower the share of sentences needed.
- **translation** — articles in different languages that name the same people, places and numbers
  (entity keys are merged across languages by the analyze stage), confirmed by the dense cosine of
  their leads where vectors are given.
- **wire** — both credit the same agency, or one credits the other's outlet ("dilansir dari Antara").

One link per pair of articles, of the strongest kind the text supports (copy, translation, rewrite,
wire); the credits are evidence on every kind, and two articles crediting different agencies are
independent accounts, never rewrites of each other. The earliest publication is the likely original
(undated articles last, ties by id), unless exactly one side credits the other's outlet. Links implied
by a common original are left out (ten copies of one wire story give ten links, not 55); `groups`
gathers the copies, and no article is ever dropped. `find_copies` finds copies across a whole store
with MinHash LSH Ensemble (containment) over the stored signatures, confirming each candidate exactly.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from itertools import combinations

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSHEnsemble
from scipy.sparse import csr_matrix

from gugus.analyze.article import MINHASH_PERM, SHINGLE, Analysis, clock_time
from gugus.analyze.tokens import content_stems, tokenize
from gugus.ingest.credits import AGENCIES, outlet_name
from gugus.lang import en
from gugus.lang import id as indonesian
from gugus.lang.detect import quick_detect
from gugus.model import Article

KINDS = ("copy", "translation", "rewrite", "wire")
COPY_CONTAINMENT = 0.6  # share of the smaller article's shingles in the other: a copy, however padded
NEAR_VERBATIM = 0.35  # containment at which a rewrite (sentences aligned) keeps the wording: a copy
MIN_SHARED = 20  # shingles in common: fewer is a shared quote or a site's boilerplate, not a copy
REWRITE_ALIGNED = 0.6  # share of the shorter article's sentences with a counterpart in the other
MIN_ALIGNED = 3  # sentences: one or two shared are a quote both outlets took from the same source
SENTENCE_DICE = 0.5  # weighted stem overlap (Dice) at which two sentences say the same thing
MIN_SENTENCE_STEMS = 4  # shorter "sentences" are captions, bylines and chrome
MIN_COMMON_STEMS = 3  # two sentences sharing fewer stems share a name, not a statement
DENSE_REWRITE = 0.95  # lead cosine of a rewrite (e5 puts a story's other articles at 0.82-0.95)
DENSE_ALIGNED = 0.4  # the share of sentences aligned on stems that a dense rewrite still needs
DENSE_TRANSLATION = 0.85  # lead cosine across languages: e5 puts a translation at 0.88, others ~0.8
ANCHORS = 0.6  # Jaccard of the names and numbers two articles in different languages must share
MIN_ANCHORS = 5  # names and numbers in common: fewer cannot tell a translation from a report
LSH_THRESHOLD = 0.5  # candidate containment for the LSH ensemble: below the confirmed threshold, for recall
SEED = 7  # the seed `analyze.minhash_signature` uses


@dataclass
class Link:
    """`target` derives from `source` (article ids) by `kind`; `evidence` says why, for a person."""

    source: str
    target: str
    kind: str  # copy | rewrite | translation | wire
    score: float
    evidence: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class _Doc:
    """What the comparisons need of one article, computed once per call."""

    id: str
    article: Article
    analysis: Analysis
    shingles: frozenset[str]
    sentences: list[frozenset[str]]  # stem sets of the prose sentences long enough to compare
    numbers: list[frozenset[str]]  # the numbers written in each of those sentences
    when: float | None  # hours since the epoch; None where the article has no date
    agency: str | None  # the agency this article's outlet is, if it is one
    anchors: frozenset[str]  # entity keys and numbers: what a translation keeps


# -- features -------------------------------------------------------------------------------------


def shingles(text: str, k: int = SHINGLE) -> frozenset[str]:
    """The k-word shingles of a text, as `analyze.minhash_signature` forms them."""
    words = tokenize(text)
    return frozenset(" ".join(words[i : i + k]) for i in range(max(1, len(words) - k + 1)))


def containment(a: frozenset[str], b: frozenset[str]) -> tuple[float, int]:
    """(|a ∩ b| / min(|a|, |b|), |a ∩ b|): 1.0 when the smaller set is inside the larger."""
    shared = len(a & b)
    return (shared / min(len(a), len(b)) if a and b else 0.0), shared


def _body(article: Article) -> str:
    return article.text or article.title or ""


def _sentence_stems(
    article: Article, analysis: Analysis
) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """Stem sets (and numbers) of the sentences that can show a rewrite: prose, long enough, not quoted.

    Quotes are left out because every outlet at a press conference or a trial writes down the same
    words, and so are lines without a full stop (lists of names, captions, headings): both show a
    common source, not that one article was rewritten from another.
    """
    text = article.text or ""
    lang = analysis.lang or article.lang or "id"
    stems_out, numbers_out = [], []
    for (start, end), quoted in zip(analysis.sentences, _quoted(text, analysis.sentences), strict=True):
        if quoted or _PROSE_END.search(text, start, end) is None:
            continue
        sentence = text[start:end]
        stems = frozenset(content_stems(sentence, lang))
        if len(stems) >= MIN_SENTENCE_STEMS:
            stems_out.append(stems)
            numbers_out.append(frozenset(_NUMBER.findall(sentence)))
    return stems_out, numbers_out


def _quoted(text: str, spans: Sequence[tuple[int, int]]) -> list[bool]:
    """Per sentence, whether it is (part of) a direct quote; a quote left open ends with its paragraph."""
    out, open_, last = [], False, 0
    for start, end in spans:
        if "\n" in text[last:start]:
            open_ = False
        sentence = text[start:end]
        out.append(open_ or any(q in sentence for q in _QUOTES))
        curly = sentence.count("“") - sentence.count("”")
        odd = sentence.count('"') % 2 == 1
        open_ = not (curly < 0 or odd) if open_ else (curly > 0 or odd)
        last = end
    return out


_QUOTES = ('"', "“", "”")
_PROSE_END = re.compile(r"[.!?…][\"'”’)]*$")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@lru_cache(maxsize=4096)
def outlet_agency(outlet: str | None) -> str | None:
    """The agency an outlet is ("antaranews.com", "ANTARA" -> "Antara"; "apnews.com" -> "AP"), or None."""
    if not outlet:
        return None
    name = outlet_name(outlet) if "." in outlet else outlet
    key = re.sub(r"\W", "", name).casefold()
    for canon, names in AGENCIES.items():
        keys = {re.sub(r"\W", "", n).casefold() for n in (canon, *names)}
        if key in keys or re.sub(r"(?:news|net)$", "", key) in keys:
            return canon
    return None


def _published(article: Article) -> float | None:
    """Hours since the epoch of the publication itself: the story clock (Analysis.time) puts a
    republication where its events happened, but who published first is about the publications."""
    notes: list[str] = []
    when = clock_time(article, notes) if article.published else None
    return None if notes else when


def _prepare(
    article: Article, analysis: Analysis, shingled: frozenset[str] | None = None, sentences: bool = True
) -> _Doc:
    stems, numbers = _sentence_stems(article, analysis) if sentences else ([], [])
    return _Doc(
        id=article.id,
        article=article,
        analysis=analysis,
        shingles=shingles(_body(article)) if shingled is None else shingled,
        sentences=stems,
        numbers=numbers,
        when=_published(article),
        agency=outlet_agency(article.outlet),
        anchors=frozenset(analysis.entities) | {f"#{q.value:g}" for q in analysis.numbers},
    )


# -- sentence alignment ---------------------------------------------------------------------------


def _aligned_lexical(docs: Sequence[_Doc]) -> dict[tuple[int, int], int]:
    """For each pair of docs (i < j), how many sentences align one to one and in order.

    Two sentences align when their IDF-weighted stem overlap (Dice) is high, they share a few stems,
    and their numbers do not clash. Stems are weighted by how few of the story's sentences use them:
    the names a story is about ("Timnas Voli Putra Indonesia") are in every sentence of every article.
    A clash ("divonis 3 tahun" / "divonis 11 tahun") is a template filled in for another event, the
    daily market report, another defendant: not a rewrite. One sparse product scores every sentence
    pair of the story at once (a 50-article story has about 1,500 sentences and a million pairs).
    """
    vocab: dict[str, int] = {}
    rows, cols, owner, local = [], [], [], []
    for d, doc in enumerate(docs):
        for k, stems in enumerate(doc.sentences):
            for s in stems:
                rows.append(len(owner))
                cols.append(vocab.setdefault(s, len(vocab)))
            owner.append(d)
            local.append(k)
    if not owner:
        return {}
    m = csr_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(len(owner), len(vocab)))
    weight = np.log((len(owner) + 1) / np.asarray(m.sum(axis=0)).ravel()).astype(np.float32)
    weighted = m.multiply(weight[None, :]).tocsr()
    overlap = (weighted @ m.T).tocoo()
    r, c = overlap.row, overlap.col
    common = (m @ m.T).tocsr()[r, c].A1
    mass = np.asarray(weighted.sum(axis=1)).ravel()
    owners = np.asarray(owner)
    keep = (2 * overlap.data >= SENTENCE_DICE * (mass[r] + mass[c])) & (common >= MIN_COMMON_STEMS)
    keep &= owners[r] < owners[c]
    pairs: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for i, j in zip(r[keep].tolist(), c[keep].tolist(), strict=True):
        di, dj, ki, kj = owner[i], owner[j], local[i], local[j]
        if not _clash(docs[di].numbers[ki], docs[dj].numbers[kj]):
            pairs.setdefault((di, dj), []).append((ki, kj))
    return {key: _in_order(found) for key, found in pairs.items() if len(found) >= MIN_ALIGNED}


def _clash(a: frozenset[str], b: frozenset[str]) -> bool:
    """Each sentence has a number the other lacks: the same sentence about another figure."""
    return bool(a - b) and bool(b - a)


def _in_order(pairs: list[tuple[int, int]]) -> int:
    """The most sentence pairs that align one to one and in the same order (longest increasing run).

    A rewrite follows its source's order; a follow-up repeats background facts wherever it likes, and
    one background sentence matched by three is one match, not three.
    """
    tails: list[int] = []
    for _, j in sorted(pairs, key=lambda p: (p[0], -p[1])):
        at = bisect_left(tails, j)
        tails[at : at + 1] = [j]
    return len(tails)


def _lead_vectors(docs: Sequence[_Doc], vectors: dict[str, np.ndarray] | None) -> list[np.ndarray | None]:
    """Each article's lead vector, of unit length, or None where none was given."""
    out: list[np.ndarray | None] = []
    for d in docs:
        v = vectors.get(d.id) if vectors else None
        norm = float(np.linalg.norm(v)) if v is not None else 0.0
        out.append(np.asarray(v, np.float32) / norm if norm else None)
    return out


# -- one pair -------------------------------------------------------------------------------------


def _order(x: _Doc, y: _Doc) -> tuple[_Doc, _Doc]:
    """(likely original, derived): whoever is credited by the other, else the earliest, else by id."""
    x_cites_y = y.agency is not None and y.agency in x.article.wire
    y_cites_x = x.agency is not None and x.agency in y.article.wire
    if x_cites_y != y_cites_x:
        return (y, x) if x_cites_y else (x, y)
    kx = (x.when is None, x.when or 0.0, x.id)
    ky = (y.when is None, y.when or 0.0, y.id)
    return (x, y) if kx <= ky else (y, x)


def _timing(source: _Doc, target: _Doc) -> str:
    """How the two publication times compare, in words: "published 3 h later"."""
    if source.when is None or target.when is None:
        if source.when is None and target.when is None:
            return "neither is dated: ordered by id"
        return f"the {'target' if target.when is None else 'source'} has no publication date"
    hours = target.when - source.when
    word = "later" if hours >= 0 else "earlier"  # earlier: the target credits the source's outlet
    hours = abs(hours)
    if len(source.article.published or "") <= 10 or len(target.article.published or "") <= 10:
        days = round(hours / 24)  # a date alone: days, not hours
        return "published the same day" if days == 0 else f"published {days} day{'s' * (days != 1)} {word}"
    if hours < 1:
        return f"published {round(hours * 60)} min {word}"
    return f"published {hours:.0f} h {word}" if hours < 48 else f"published {hours / 24:.0f} days {word}"


def _credit_evidence(source: _Doc, target: _Doc) -> tuple[list[str], bool, bool]:
    """(evidence, credits link them, credits say they are independent).

    Naming another outlet ("dikutip dari detikcom") is evidence but no link on its own: it names the
    outlet, not which of its articles, and detik's channels cite one another all the time.
    """
    sw, tw = source.article.wire, target.article.wire
    out = []
    if source.agency is not None and source.agency == target.agency:
        pass  # two Antara stories both "credit" Antara: that says nothing about each other
    elif source.agency in tw:  # `_order` made the credited one the source
        out.append(f"credits {source.agency}, the source's outlet")
    elif shared := [w for w in tw if w in sw]:
        out.append(f"both credit {', '.join(shared)}")
    independent = bool(sw) and bool(tw) and not set(sw) & set(tw) and not out
    if independent:
        out.append(f"credit different agencies ({', '.join(sw)} / {', '.join(tw)})")
    credited = bool(out) and not independent
    if not out and _other_outlet(source, target) and _cites(target.article.text, source.article.outlet):
        out.append(f"cites {source.article.outlet}")
    return out, credited, independent


def _other_outlet(x: _Doc, y: _Doc) -> bool:
    a, b = (x.article.outlet or "").casefold(), (y.article.outlet or "").casefold()
    return bool(a and b) and a.split(".")[0] != b.split(".")[0]


_VERBS = "|".join(
    re.escape(v.rstrip(":")) for v in sorted(indonesian.CREDIT_VERBS + en.CREDIT_VERBS, key=len, reverse=True)
)


def _cites(text: str, outlet: str | None) -> bool:
    """Whether `text` credits `outlet` by name ("dikutip dari Kompas.com", "dilansir detikcom").

    The name is looked up first (plain search) and the credit verb only before it: a case-blind
    regex over the whole text for every pair of a story cost more than everything else together.
    """
    if not outlet or not text:
        return False
    name = outlet.split(".")[0].casefold()
    folded = text.casefold()
    at = folded.find(name)
    while at >= 0:
        if _CITE_BEFORE.search(folded, max(0, at - 40), at):
            return True
        at = folded.find(name, at + len(name))
    return False


_CITE_BEFORE = re.compile(rf"\b(?:{_VERBS.casefold()})\s*:?\s*(?:(?:laman|situs|laporan|media)\s+)?$")


def _pair(x: _Doc, y: _Doc, aligned: int, dense: float | None) -> Link | None:
    """The link between two articles of a story, or None; `aligned` counts their aligned sentences.

    A rewrite that keeps much of the wording (half its sentences verbatim, say) is a near-verbatim
    copy: an outlet reusing its own background paragraphs, or a press release lightly edited.
    """
    source, target = _order(x, y)
    contained, shared = containment(x.shingles, y.shingles)
    credits, credited, independent = _credit_evidence(source, target)
    kind, score, evidence = (None, 0.0, []) if independent else _meaning(source, target, aligned, dense)
    copied = contained >= (NEAR_VERBATIM if kind == "rewrite" else COPY_CONTAINMENT)
    if copied and shared >= MIN_SHARED:
        kind, score, evidence = "copy", contained, [_words(contained, shared), *evidence]
    elif kind is not None:
        evidence.append(f"word overlap {contained:.2f}")
    elif credited:
        kind, score = "wire", 1.0 if "outlet" in credits[0] else 0.8
    else:
        return None
    return Link(source.id, target.id, kind, round(score, 3), [*evidence, *credits, _timing(source, target)])


def _meaning(x: _Doc, y: _Doc, aligned: int, dense: float | None) -> tuple[str | None, float, list[str]]:
    """Translation or rewrite: the same content in another language, or in other words.

    Lead vectors alone barely tell a rewrite from another article on the same story (e5 puts both
    around 0.9), so a dense rewrite still needs some sentences aligned on stems, only fewer.
    """
    if _languages_differ(x, y):
        return _translation(x, y, dense)
    nx, ny = len(x.sentences), len(y.sentences)
    shorter, matched = min(nx, ny), aligned
    share = matched / shorter if shorter else 0.0
    aligned_text = f"{matched} of {shorter} sentences aligned"
    if matched >= MIN_ALIGNED and share >= REWRITE_ALIGNED:
        return "rewrite", share, [aligned_text]
    if dense is not None and dense >= DENSE_REWRITE and matched >= MIN_ALIGNED and share >= DENSE_ALIGNED:
        return "rewrite", dense, [f"dense cosine {dense:.2f} of the leads", aligned_text]
    return None, 0.0, []


def _translation(x: _Doc, y: _Doc, dense: float | None) -> tuple[str | None, float, list[str]]:
    """Two languages, the same names and numbers, and (with vectors) close leads: a translation."""
    shared = len(x.anchors & y.anchors)
    jaccard = shared / max(1, len(x.anchors | y.anchors))
    if shared < MIN_ANCHORS or jaccard < ANCHORS or (dense is not None and dense < DENSE_TRANSLATION):
        return None, 0.0, []
    evidence = [
        f"{_lead_lang(x)} to {_lead_lang(y)}",
        f"{shared} of {len(x.anchors | y.anchors)} names and numbers shared",
    ]
    if dense is not None:
        evidence.append(f"dense cosine {dense:.2f} of the leads")
    return "translation", dense if dense is not None else jaccard, evidence


def _languages_differ(x: _Doc, y: _Doc) -> bool:
    """Whether two articles are in different languages, as their leads read.

    The article languages are checked first (cheap); where they differ, the leads are detected again,
    because a fixture list or a page of English names is sometimes stored as "en" while its lead,
    what the vectors were made from, is Indonesian.
    """
    lx, ly = x.analysis.lang or x.article.lang, y.analysis.lang or y.article.lang
    if not lx or not ly or lx == ly:
        return False
    a, b = _lead_lang(x), _lead_lang(y)
    return a is not None and b is not None and a != b


def _lead_lang(doc: _Doc) -> str | None:
    return _detect_lead(doc.analysis.lead or doc.article.title)


@lru_cache(maxsize=4096)
def _detect_lead(lead: str) -> str | None:
    return quick_detect(lead)


# -- a story --------------------------------------------------------------------------------------


def provenance(
    docs: list[tuple[Article, Analysis]], vectors: dict[str, np.ndarray] | None = None, *, reduce: bool = True
) -> list[Link]:
    """The provenance links among one story's articles, strongest kinds first.

    `vectors` maps article ids to lead vectors (the engine's cached embeddings of `Analysis.lead`);
    without them translations rest on names and numbers and rewrites on stems alone. With `reduce`,
    a link is left out where a common original explains it (see `_reduce`).
    """
    prepared = [_prepare(a, an) for a, an in docs]
    aligned = _aligned_lexical(prepared)
    leads = _lead_vectors(prepared, vectors)
    links = []
    for i, j in combinations(range(len(prepared)), 2):
        li, lj = leads[i], leads[j]
        dense = float(li @ lj) if li is not None and lj is not None else None
        link = _pair(prepared[i], prepared[j], aligned.get((i, j), 0), dense)
        if link is not None:
            links.append(link)
    links = _reduce(links) if reduce else links
    return sorted(links, key=lambda lk: (KINDS.index(lk.kind), -lk.score, lk.source, lk.target))


def _reduce(links: list[Link]) -> list[Link]:
    """Leave out s -> t where some r links to both s and t by a kind at least as strong.

    Two copies of one Antara story are copies of each other too, and the later one would be linked
    to the earlier copy; the link that says where both came from is r -> t. The earliest ancestor of a
    target always keeps its link (nothing links to it), so every linked article stays linked.
    """
    strength = {(lk.source, lk.target): KINDS.index(lk.kind) for lk in links}
    sources: dict[str, list[str]] = {}
    for lk in links:
        sources.setdefault(lk.target, []).append(lk.source)

    def implied(lk: Link) -> bool:
        rank = strength[(lk.source, lk.target)]
        return any(
            strength[(r, lk.target)] <= rank and strength.get((r, lk.source), len(KINDS)) <= rank
            for r in sources[lk.target]
            if r != lk.source
        )

    return [lk for lk in links if not implied(lk)]


def groups(links: Iterable[Link], kinds: Sequence[str] = ("copy",)) -> list[list[str]]:
    """Article ids that are copies of one another, each group with its likely original first.

    Union-find over the links of `kinds`; within a group, the members no link names as a target come
    first, then by id. Groups are listed largest first.
    """
    parent: dict[str, str] = {}
    targeted: dict[str, int] = {}

    def find(a: str) -> str:
        while parent.setdefault(a, a) != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for link in links:
        if link.kind in kinds:
            parent[find(link.source)] = find(link.target)
            targeted[link.target] = targeted.get(link.target, 0) + 1
            targeted.setdefault(link.source, 0)
    found: dict[str, list[str]] = {}
    for a in parent:
        found.setdefault(find(a), []).append(a)
    out = [sorted(g, key=lambda a: (targeted.get(a, 0), a)) for g in found.values() if len(g) > 1]
    return sorted(out, key=lambda g: (-len(g), g[0]))


# -- a whole store --------------------------------------------------------------------------------


def copy_candidates(
    docs: Sequence[tuple[Article, Analysis]],
    threshold: float = LSH_THRESHOLD,
    sizes: Sequence[int] | None = None,
) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) whose stored MinHash signatures suggest containment >= `threshold`.

    MinHash LSH Ensemble indexes each signature with its set size and answers "which sets contain
    at least `threshold` of this one"; querying with every article covers both directions. Sizes are
    rounded up to a 5% grid: the ensemble's partitioning costs grow with the number of distinct sizes
    (4 s instead of 1.5 s for 3,700 articles), and a 5% error moves the thresholds little.
    """
    if sizes is None:
        sizes = [len(shingles(f"{a.title} {a.text}")) for a, _ in docs]
    grid = [_grid(n) for n in sizes]
    sketches = [LeanMinHash(seed=SEED, hashvalues=an.minhash, **_SCHEME) for _, an in docs]
    lsh = MinHashLSHEnsemble(threshold=threshold, num_perm=MINHASH_PERM, num_part=16)
    indexed = [i for i, (_, an) in enumerate(docs) if len(an.minhash) == MINHASH_PERM and sizes[i] > 0]
    if not indexed:
        return
    lsh.index((i, sketches[i], grid[i]) for i in indexed)
    seen: set[tuple[int, int]] = set()
    for i in indexed:
        for j in lsh.query(sketches[i], grid[i]):
            pair = (min(i, j), max(i, j))
            if i != j and pair not in seen:
                seen.add(pair)
                yield pair


def _grid(n: int, step: float = 1.05) -> int:
    return max(1, round(step ** math.ceil(math.log(max(n, 1), step))))


# datasketch 2 asks for the hashing scheme of stored values; 1.x has no such argument
_SCHEME = {"scheme": MinHash(num_perm=1).scheme} if hasattr(MinHash(num_perm=1), "scheme") else {}


def find_copies(docs: Sequence[tuple[Article, Analysis]], threshold: float = COPY_CONTAINMENT) -> list[Link]:
    """Copy links over a whole store: LSH Ensemble candidates confirmed by exact shingle containment.

    `docs` are (article, stored analysis) pairs; their MinHash signatures are read, not recomputed.
    """
    body = [shingles(_body(a)) for a, _ in docs]
    sizes = [len(s) + len(a.title.split()) for s, (a, _) in zip(body, docs, strict=True)]
    pairs = copy_candidates(docs, min(threshold, LSH_THRESHOLD), sizes)
    return confirm_copies(docs, pairs, threshold, body)


def confirm_copies(
    docs: Sequence[tuple[Article, Analysis]],
    pairs: Iterable[tuple[int, int]],
    threshold: float = COPY_CONTAINMENT,
    body: Sequence[frozenset[str]] | None = None,
) -> list[Link]:
    """The candidate pairs (indexes into `docs`) that are copies, by exact shingle containment: what
    find_copies keeps of its candidates, for callers with candidates of their own (gugus.scale)."""
    body = body if body is not None else [shingles(_body(a)) for a, _ in docs]
    prepared: dict[int, _Doc] = {}
    links = []
    for i, j in pairs:
        contained, shared = containment(body[i], body[j])
        if contained < threshold or shared < MIN_SHARED:
            continue
        for k in (i, j):
            if k not in prepared:
                prepared[k] = _prepare(*docs[k], shingled=body[k], sentences=False)
        source, target = _order(prepared[i], prepared[j])
        links.append(_copy_link(source, target, contained, shared))
    return sorted(links, key=lambda lk: (-lk.score, lk.source, lk.target))


def _copy_link(source: _Doc, target: _Doc, contained: float, shared: int) -> Link:
    credits, _, _ = _credit_evidence(source, target)
    evidence = [_words(contained, shared), *credits, _timing(source, target)]
    return Link(source.id, target.id, "copy", round(contained, 3), evidence)


def _words(contained: float, shared: int) -> str:
    return f"containment {contained:.2f} of {SHINGLE}-word shingles ({shared} shared)"
