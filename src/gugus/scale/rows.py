"""Rows of the Parquet tables as plain tuples, and back: free of pyspark, so `gugus load` needs only
pyarrow. The column types are in tables.py."""

from __future__ import annotations

import json

from gugus.analyze.article import VERSION, Analysis
from gugus.model import Article, Reject

ARTICLE_FIELDS = (
    "id", "source_id", "title", "text", "outlet", "url", "published", "lang", "dateline", "wire", "author",
    "section", "partial", "kind", "location", "raw_sha256", "text_sha256", "sentence_langs", "repairs",
    "revision", "ingested_at", "notes",
)  # fmt: skip
SEARCH_FIELDS = ("search_title", "search_text", "search_spellings")  # gugus.store.search.search_terms


def article_row(seq: int, article: Article, analysis: Analysis, search: tuple, window: int) -> tuple:
    d = article.__dict__
    data = json.dumps(analysis.to_dict(), ensure_ascii=False)
    return (seq, *(d[n] for n in ARTICLE_FIELDS), *search, analysis.time, window, VERSION, data)


def article_of(row: dict) -> Article:
    return Article(**{n: row[n] for n in ARTICLE_FIELDS})


def search_of(row: dict) -> dict:
    """The search index's terms, keyed as the SQLite store's prime_search reads them."""
    title, text, lang = row["title"], row["text"], row["lang"]
    return {
        ("stems", title, lang): row["search_title"],
        ("stems", text, lang): row["search_text"],
        ("spellings", title, text): row["search_spellings"],
    }


def story_row(row: dict, report: str | None) -> tuple:
    data = json.dumps(row["data"], ensure_ascii=False)
    return (row["id"], row["first_seen"], row["last_seen"], row["size"], row["n_outlets"], row["headline"],
            row["headline_id"], data, report)  # fmt: skip


def reject_row(reject: Reject) -> tuple:
    return reject.source, reject.reason, reject.detail, reject.kind
