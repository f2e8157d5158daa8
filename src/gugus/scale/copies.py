"""Copies across the archive: the links gugus.compare.provenance.find_copies finds over a whole store,
found without one process holding every article.

Candidates come two ways, and every one is confirmed by the single-machine code (confirm_copies:
exact 4-word-shingle containment, provenance's order and evidence), so a link is the same link
whichever way it was found:

  time buckets  find_copies itself (MinHash LSH Ensemble, containment) over each clustering window with
                its context: copies of any length ratio, an excerpt of a long article too, published
                within the context days of each other, across the window boundary as well
  LSH bands     the stored MinHash signatures cut into bands (datasketch's MinHashLSH parameters for
                Jaccard BAND_JACCARD), grouped by band over the whole archive: near-duplicates however
                far apart in time. Banding sees Jaccard, not containment, so it is the buckets that
                find a short excerpt of a long text; a band shared by more than MAX_BAND articles is
                boilerplate, not a copy, and is skipped (counted in the job's summary)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import combinations

from gugus.analyze.article import MINHASH_PERM, Analysis
from gugus.compare.provenance import Link, confirm_copies, find_copies
from gugus.model import Article
from gugus.scale.windows import Windows

BAND_JACCARD = 0.15  # on indonews: 168 of find_copies' 172 links share a band, among 575 candidate pairs
MAX_BAND = 500

Doc = tuple[Article, Analysis]


def bands(threshold: float = BAND_JACCARD) -> tuple[int, int]:
    """(bands, rows per band) as datasketch's MinHashLSH chooses them for the signatures' length."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=MINHASH_PERM)
    return lsh.b, lsh.r


def band_keys(aid: str, minhash: list[int], b: int, r: int) -> Iterator[tuple[tuple, str]]:
    if len(minhash) == MINHASH_PERM:
        for i in range(b):
            yield (i, *minhash[i * r : (i + 1) * r]), aid


def _pairs(members: Iterable[str]) -> Iterator[tuple[str, str]]:
    yield from combinations(sorted(set(members)), 2)


def _bucket(docs: Iterable[tuple[bool, Doc]]) -> Iterator[Link]:
    """find_copies over one window; a link between two context articles is an earlier window's."""
    docs = list(docs)
    own = {doc[0].id for is_own, doc in docs if is_own}
    for link in find_copies([doc for _, doc in docs]):
        if link.source in own or link.target in own:
            yield link


def _confirm(pair: tuple[Doc, Doc]) -> list[Link]:
    return confirm_copies(list(pair), [(0, 1)])


def links(analysed, windows: Windows, skipped):
    """RDD of ((source id, target id), Link), each pair once; `skipped` (an accumulator) counts the
    bands left out for being too common."""
    sc = analysed.context
    # a window with no article of its own would only find links between context articles: none kept
    owned = sc.broadcast(set(analysed.map(lambda r: windows.own(r[2].time)).distinct().collect()))
    by_window = analysed.flatMap(
        lambda r: ((k, (own, (r[1], r[2]))) for k, own in windows.of_time(r[2].time) if k in owned.value)
    )
    bucketed = by_window.groupByKey().flatMap(lambda kv: _bucket(kv[1]))

    b, r = bands()

    def pairs(kv):
        if len(kv[1]) > MAX_BAND:
            skipped.add(1)
            return iter(())
        return _pairs(kv[1])

    candidates = (
        analysed.flatMap(lambda row: band_keys(row[1].id, row[2].minhash, b, r))
        .groupByKey()
        .flatMap(pairs)
        .distinct()
        .persist()
    )
    # only the candidates' articles travel to the joins, not the archive
    wanted = sc.broadcast(set(candidates.flatMap(lambda pair: pair).distinct().collect()))
    docs = analysed.filter(lambda row: row[1].id in wanted.value).map(
        lambda row: (row[1].id, (row[1], row[2]))
    )
    banded = (
        candidates.join(docs)
        .map(lambda kv: (kv[1][0], (kv[0], kv[1][1])))
        .join(docs)
        .flatMap(lambda kv: _confirm((kv[1][0][1], kv[1][1])))
    )
    return bucketed.union(banded).map(lambda lk: ((lk.source, lk.target), lk)).reduceByKey(lambda a, _: a)
