"""The analyze stage as a map over partitions: gugus.analyze.article.analyze, once per article."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial

from gugus.analyze.article import Analysis, analyze
from gugus.model import Article
from gugus.scale.extract import Key

Analysed = tuple[Key, Article, Analysis, tuple[str, str, str]]


def analyse(articles, ingested_at: str):
    """RDD of (key, article, analysis, search terms). Every article gets the job's start as its
    ingest time, so an undated one is placed on the story clock at one instant, whichever executor
    analyses it."""
    return articles.mapPartitions(partial(_analyse, ingested_at=ingested_at))


def _analyse(rows: Iterable[tuple[Key, Article]], ingested_at: str) -> Iterator[Analysed]:
    """The analysis, and the search index's terms (what Engine.ingest makes on its workers too)."""
    from gugus.store.search import search_terms

    for key, article in rows:
        article.ingested_at = article.ingested_at or ingested_at
        search = tuple(search_terms(article.title, article.text, article.lang).values())
        yield key, article, analyze(article), search


def terms(analysis: Analysis) -> set[str]:
    """The terms the clusterer counts in its document frequencies for one article."""
    return set(analysis.title_terms) | set(analysis.body_terms) | set(analysis.entities)
