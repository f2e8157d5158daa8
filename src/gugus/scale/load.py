"""`gugus load OUTPUT`: a Spark job's Parquet tables into a store, through the Store interface only
(add_article and the story-table methods), so the same load fills SQLite or PostgreSQL.

Articles go in arrival order and through add_article, so loading twice (or into a store that already
holds some of the articles) stores each once; the analyses go in with them, so nothing is recomputed
when the store is read, compared or clustered further. Needs pyarrow (the `spark` extra), not Spark.
"""

from __future__ import annotations

import heapq
import json
import uuid
from collections import Counter
from collections.abc import Iterator
from itertools import chain, islice
from pathlib import Path

from gugus.model import Reject

BATCH = 500  # rows per transaction, as the engine commits its ingest


def _rows(folder: Path, order: str | None = None) -> Iterator[list[dict]]:
    """A table's rows in batches; with `order`, its part files (each sorted by it) merged as they are
    read, so a table of any size streams in that order."""
    import pyarrow.parquet as pq

    def stream(path: Path) -> Iterator[dict]:
        for batch in pq.ParquetFile(path).iter_batches(batch_size=BATCH):
            yield from batch.to_pylist()

    streams = [stream(p) for p in sorted(folder.glob("*.parquet"))]
    rows = heapq.merge(*streams, key=lambda r: r[order]) if order else chain.from_iterable(streams)
    while batch := list(islice(rows, BATCH)):
        yield batch


def load(output: str, store) -> dict[str, int]:
    """Counts of what was loaded: articles added / already stored / revised, assignments, stories,
    merges. The copies table stays in Parquet: the store has no place for copy links."""
    from gugus.cluster.stage import GENERATION
    from gugus.scale.rows import article_of, search_of

    root, counts, ids = Path(output), Counter(), {}
    fresh_df = store.load_df()[1] == 0
    prime = getattr(store, "prime_search", None)  # SQLite's: index terms made by the job, not again
    for rows in _rows(root / "articles", "seq"):
        with store.transaction():
            for row in rows:
                article = article_of(row)
                if prime:
                    prime(search_of(row))
                try:
                    status, stored = store.add_article(article)
                finally:
                    if prime:
                        prime(None)
                counts[status] += 1
                if stored != row["id"]:  # already there under another id: assignments follow it
                    ids[row["id"]] = stored
                if status != "duplicate":
                    analysis = json.loads(row["analysis"])
                    analysis["article_id"] = stored
                    store.save_analysis(stored, row["analysis_version"], analysis)
    for rows in _rows(root / "assignments", "seq"):
        with store.transaction():
            for row in rows:
                aid = ids.get(row["article_id"], row["article_id"])
                store.assign(aid, row["story_id"], row["probability"])
                counts["assigned"] += 1
    for rows in _rows(root / "stories"):
        with store.transaction():
            for row in rows:
                row["data"] = json.loads(row["data"])
                row["headline_id"] = ids.get(row["headline_id"], row["headline_id"])
                store.save_story(row)
                counts["stories"] += 1
    for rows in _rows(root / "merges") if (root / "merges").is_dir() else ():
        with store.transaction():
            for row in rows:
                row["at_article"] = ids.get(row["at_article"], row["at_article"])
                counts["merges"] += _merge(store, row)
    if counts["assigned"] or counts["stories"] or counts["merges"]:  # stories changed under any
        with store.transaction():  # clusterer's feet: the next one rebuilds them from the store
            store.set_setting(GENERATION, uuid.uuid4().hex)  # (gugus.cluster.stage)
    for rows in _rows(root / "rejects"):
        with store.transaction():
            for row in rows:
                store.add_reject(Reject(**row))
                counts["rejects"] += 1
    if fresh_df:  # a store with counts of its own keeps them: the job's would count its articles twice
        df = {row["term"]: row["df"] for rows in _rows(root / "terms") for row in rows}
        with store.transaction():
            store.save_df(df, set(df), counts["added"] + counts["revision"] + counts["duplicate"])
    return dict(counts)


def _merge(store, row: dict) -> int:
    """Record one merge unless the store has it (a second load); its gone story is no story of the
    job's, so the store's moving of that story's articles touches none of the loaded ones."""
    if any(m["from_story"] == row["from_story"] and m["at_article"] == row["at_article"]
           for m in store.merges(row["into_story"])):  # fmt: skip
        return 0
    store.record_merge(row["from_story"], row["into_story"], row["probability"], row["at_article"])
    return 1
