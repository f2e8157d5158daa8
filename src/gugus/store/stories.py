"""The SQLite store's story half: analyses, embeddings, document frequencies, stories, merges.

Kept apart from the article half (sqlite.py) so each file has one job; SQLiteStore mixes both in.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timezone

import numpy as np

from gugus.faults import fault
from gugus.store import analysis_blob


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def in_chunks(values: list, size: int = 500) -> Iterator[tuple[list, str]]:
    """`values` in slices under SQLite's bound on parameters, each with its "?,?,…" placeholders."""
    for start in range(0, len(values), size):
        chunk = values[start : start + size]
        yield chunk, ",".join("?" * len(chunk))


class StoryTables:
    """Mixin over a `self._db` sqlite3 connection and a `self.transaction()`."""

    # -- analyses and embeddings ------------------------------------------------------------------

    def save_analysis(self, article_id: str, version: int, data: dict | bytes) -> None:
        """`data`: Analysis.to_dict(), or its blob already encoded (gugus.store.analysis_blob)."""
        blob = data if isinstance(data, bytes) else analysis_blob.encode(data)
        self._db.execute("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?)", (article_id, version, blob))

    def analyses(self, article_ids: list[str], version: int) -> dict[str, dict]:
        out = {}
        for chunk, marks in in_chunks(article_ids):
            rows = self._db.execute(
                f"SELECT article_id, data FROM analyses WHERE version = ? AND article_id IN ({marks})",
                [version, *chunk],
            )
            out.update((aid, analysis_blob.decode(blob)) for aid, blob in rows)
        return out

    def analysis_clocks(self, article_ids: list[str], version: int) -> dict[str, tuple[float, bool]]:
        """(time, dated) of the stored analyses: the two fields read from the text without decoding
        the rest (a tenth of the cost; gugus.trending asks for a day's articles at every call)."""
        out = {}
        for chunk, marks in in_chunks(article_ids):
            rows = self._db.execute(
                f"SELECT article_id, data FROM analyses WHERE version = ? AND article_id IN ({marks})",
                [version, *chunk],
            )
            out.update((aid, analysis_blob.clock(blob)) for aid, blob in rows)
        return out

    def embeddings(self, keys: list[str]) -> dict[str, np.ndarray]:
        out = {}
        for chunk, marks in in_chunks(keys):
            rows = self._db.execute(f"SELECT key, vector FROM embeddings WHERE key IN ({marks})", chunk)
            out.update((k, np.frombuffer(v, dtype=np.float32)) for k, v in rows)
        return out

    def save_embeddings(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)",
            [(k, model, np.asarray(v, np.float32).tobytes()) for k, v in vectors.items()],
        )

    # -- document frequencies and settings --------------------------------------------------------

    def load_df(self) -> tuple[dict[str, int], int]:
        df = dict(self._db.execute("SELECT term, df FROM term_df"))
        return df, int(self.setting("df_docs", "0"))

    def save_df(self, df: dict[str, int], terms: set[str], docs: int) -> None:
        self._db.executemany("INSERT OR REPLACE INTO term_df VALUES (?, ?)", [(t, df[t]) for t in terms])
        self.set_setting("df_docs", str(docs))

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, value))

    # -- stories --------------------------------------------------------------------------------

    def unclustered(self) -> list[str]:
        """Stored articles not yet in a story, in arrival order: what the next clustering run takes."""
        rows = self._db.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles) ORDER BY seq"
        )
        return [r[0] for r in rows]

    def clustered(self, article_ids: list[str]) -> set[str]:
        """Those of `article_ids` that are in a story."""
        out: set[str] = set()
        for chunk, marks in in_chunks(article_ids):
            rows = self._db.execute(
                f"SELECT article_id FROM story_articles WHERE article_id IN ({marks})", chunk
            )
            out.update(r[0] for r in rows)
        return out

    def assign(self, article_id: str, story_id: str, probability: float) -> None:
        seq = self._db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM story_articles").fetchone()[0]
        self._db.execute(
            "INSERT OR REPLACE INTO story_articles VALUES (?, ?, ?, ?)",
            (article_id, story_id, probability, seq),
        )

    def save_story(self, row: dict) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO stories VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row["id"], row["first_seen"], row["last_seen"], row["size"], row["n_outlets"],
                row["headline"], row.get("headline_id"), json.dumps(row["data"], ensure_ascii=False),
            ),
        )  # fmt: skip

    def record_merge(self, from_story: str, into_story: str, probability: float, at_article: str) -> None:
        self._db.execute(
            "UPDATE story_articles SET story_id = ? WHERE story_id = ?", (into_story, from_story)
        )
        fault("merge")  # crash tests only (GUGUS_FAULT=merge): a kill with the members moved
        self._db.execute("DELETE FROM stories WHERE id = ?", (from_story,))
        self._db.execute(
            "INSERT INTO story_merges VALUES (?, ?, ?, ?, ?)",
            (from_story, into_story, probability, at_article, _now()),
        )

    def save_story_states(self, states: dict[str, bytes], gone: set[str], *, replace: bool = False) -> None:
        """The clusterer's checkpoint of these stories (gugus.cluster.checkpoint), `gone`'s dropped, and
        with `replace` every other story's too (a clusterer that did not start from the checkpoint)."""
        if replace:
            self._db.execute("DELETE FROM story_states")
        self._db.executemany("DELETE FROM story_states WHERE story_id = ?", [(sid,) for sid in gone])
        self._db.executemany("INSERT OR REPLACE INTO story_states VALUES (?, ?)", list(states.items()))

    def story_states(self, story_ids: list[str]) -> dict[str, bytes]:
        out = {}
        for chunk, marks in in_chunks(story_ids):
            sql = f"SELECT story_id, state FROM story_states WHERE story_id IN ({marks})"
            rows = self._db.execute(sql, chunk)
            out.update((sid, bytes(state)) for sid, state in rows)
        return out

    def _story(self, row) -> dict:
        d = {k: row[k] for k in row.keys() if k != "data"}  # noqa: SIM118 (sqlite3.Row)
        d.update(json.loads(row["data"]))
        return d

    def stories(
        self, *, since: float | None = None, min_outlets: int = 1, limit: int | None = None
    ) -> list[dict]:
        rows = self._db.execute(
            "SELECT * FROM stories WHERE last_seen >= ? AND n_outlets >= ? ORDER BY last_seen DESC LIMIT ?",
            (since if since is not None else float("-inf"), min_outlets, -1 if limit is None else limit),
        )
        return [self._story(r) for r in rows]

    def story(self, story_id: str) -> dict | None:
        row = self._db.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None and len(story_id) >= 6:
            rows = self._db.execute(
                "SELECT * FROM stories WHERE id >= ? AND id < ? LIMIT 2", (story_id, story_id + "\uffff")
            ).fetchall()
            row = rows[0] if len(rows) == 1 else None
        return self._story(row) if row else None

    def story_members(self, story_id: str) -> list[str]:
        rows = self._db.execute(
            "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY seq", (story_id,)
        )
        return [r[0] for r in rows]

    def story_of(self, article_id: str) -> str | None:
        """The story an article is in, or None while it is unclustered."""
        row = self._db.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        return row[0] if row else None

    def merges(self, story_id: str) -> list[dict]:
        rows = self._db.execute("SELECT * FROM story_merges WHERE into_story = ? ORDER BY at", (story_id,))
        return [dict(r) for r in rows]

    def assignments(self) -> list[tuple[str, str]]:
        """(source_id, story_id) for every clustered article, in clustering order."""
        rows = self._db.execute(
            "SELECT a.source_id, s.story_id FROM story_articles s JOIN articles a ON a.id = s.article_id "
            "ORDER BY s.seq"
        )
        return [(r[0], r[1]) for r in rows]

    def story_stamps(self) -> list[tuple[str, str, str | None, str | None, str | None, str | None]]:
        """(story, article, outlet, published, ingested_at, lang) for every clustered article in
        clustering order, without texts: what gugus.trending weighs."""
        rows = self._db.execute(
            "SELECT s.story_id, a.id, a.outlet, a.published, a.ingested_at, a.lang FROM story_articles s "
            "JOIN articles a ON a.id = s.article_id ORDER BY s.seq"
        )
        return [tuple(r) for r in rows]

    def active_stories(self, since: float, until: float | None = None) -> dict[str, list[str]]:
        """Stories seen between `since` and `until` (their span overlapping it) with their members:
        what a new process restores."""
        out: dict[str, list[str]] = {}
        rows = self._db.execute(
            "SELECT s.story_id, s.article_id FROM story_articles s JOIN stories t ON t.id = s.story_id "
            "WHERE t.last_seen >= ? AND t.first_seen <= ? ORDER BY s.seq",
            (since, until if until is not None else float("inf")),
        )
        for sid, aid in rows:
            out.setdefault(sid, []).append(aid)
        return out

    def latest_story_time(self) -> float | None:
        row = self._db.execute("SELECT MAX(last_seen) FROM stories").fetchone()
        return row[0]

    def clear_stories(self) -> None:
        """Forget every story (recluster): articles, analyses and embeddings stay."""
        for table in ("story_articles", "stories", "story_merges", "term_df", "story_states"):
            self._db.execute(f"DELETE FROM {table}")
        # the document frequencies' count, and the clusterer's checkpoint (gugus.cluster.checkpoint)
        self._db.execute("DELETE FROM settings WHERE key IN ('df_docs', 'cluster_state')")
