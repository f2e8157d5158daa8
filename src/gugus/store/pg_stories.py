"""The PostgreSQL store's story half: analyses, embeddings, document frequencies, stories, merges.

The same methods and answers as gugus.store.stories (SQLite); SQLite's INSERT OR REPLACE is an
INSERT ... ON CONFLICT DO UPDATE here, and lists travel as arrays (`= ANY(%s)`), not chunks of `?`.
"""

from __future__ import annotations

from datetime import datetime, timezone

import numpy as np
from psycopg.types.json import Json

from gugus.faults import fault
from gugus.store import analysis_blob


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class PgStoryTables:
    """Mixin over PostgresStore's statements (`_run`, `_all`, `_one`, `_dicts`) and `transaction()`."""

    # -- analyses and embeddings ------------------------------------------------------------------

    def save_analysis(self, article_id: str, version: int, data: dict | bytes) -> None:
        """`data`: Analysis.to_dict(), or its blob already encoded (gugus.store.analysis_blob)."""
        blob = data if isinstance(data, bytes) else analysis_blob.encode(data)
        self._run(
            "INSERT INTO analyses (article_id, version, data) VALUES (%s, %s, %s) ON CONFLICT (article_id) "
            "DO UPDATE SET version = excluded.version, data = excluded.data, seq = nextval('analyses_seq')",
            (article_id, version, blob),
        )

    def analyses(self, article_ids: list[str], version: int) -> dict[str, dict]:
        rows = self._all(
            "SELECT article_id, data FROM analyses WHERE version = %s AND article_id = ANY(%s)",
            (version, list(article_ids)),
        )
        return {aid: analysis_blob.decode(blob) for aid, blob in rows}

    def analysis_clocks(self, article_ids: list[str], version: int) -> dict[str, tuple[float, bool]]:
        """(time, dated) of the stored analyses (gugus.trending): as the SQLite store gives them."""
        rows = self._all(
            "SELECT article_id, data FROM analyses WHERE version = %s AND article_id = ANY(%s)",
            (version, list(article_ids)),
        )
        return {aid: analysis_blob.clock(blob) for aid, blob in rows}

    def embeddings(self, keys: list[str]) -> dict[str, np.ndarray]:
        rows = self._all("SELECT key, vector FROM embeddings WHERE key = ANY(%s)", (list(keys),))
        return {k: np.frombuffer(v, dtype=np.float32) for k, v in rows}

    def save_embeddings(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        if not vectors:
            return
        keys = sorted(vectors)  # rows locked in one order: two workers writing the same keys cannot deadlock
        self._run(
            "INSERT INTO embeddings (key, model, vector) "
            "SELECT k, %s, v FROM unnest(%s::text[], %s::bytea[]) AS t(k, v) "
            "ON CONFLICT (key) DO UPDATE SET model = excluded.model, vector = excluded.vector, "
            "seq = nextval('embeddings_seq')",
            (model, keys, [np.asarray(vectors[k], np.float32).tobytes() for k in keys]),
        )

    # -- document frequencies and settings --------------------------------------------------------

    def load_df(self) -> tuple[dict[str, int], int]:
        df = dict(self._all("SELECT term, df FROM term_df"))
        return df, int(self.setting("df_docs", "0"))

    def save_df(self, df: dict[str, int], terms: set[str], docs: int) -> None:
        if terms:
            ordered = sorted(terms)
            self._run(
                "INSERT INTO term_df SELECT * FROM unnest(%s::text[], %s::int[]) "
                "ON CONFLICT (term) DO UPDATE SET df = excluded.df",
                (ordered, [df[t] for t in ordered]),
            )
        self.set_setting("df_docs", str(docs))

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self._one("SELECT value FROM settings WHERE key = %s", (key,))
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        self._run(
            "INSERT INTO settings VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- stories --------------------------------------------------------------------------------

    def unclustered(self) -> list[str]:
        """Stored articles not yet in a story, in arrival order: what the next clustering run takes."""
        rows = self._all(
            "SELECT id FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM story_articles s WHERE s.article_id = a.id) ORDER BY seq"
        )
        return [r[0] for r in rows]

    def clustered(self, article_ids: list[str]) -> set[str]:
        """Those of `article_ids` that are in a story."""
        rows = self._all(
            "SELECT article_id FROM story_articles WHERE article_id = ANY(%s)", (list(article_ids),)
        )
        return {r[0] for r in rows}

    def assign(self, article_id: str, story_id: str, probability: float) -> None:
        self._run(
            "INSERT INTO story_articles (article_id, story_id, probability) VALUES (%s, %s, %s) "
            "ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, "
            "probability = excluded.probability, seq = DEFAULT",
            (article_id, story_id, probability),
        )

    def save_story(self, row: dict) -> None:
        self._run(
            "INSERT INTO stories VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO UPDATE SET "
            "first_seen = excluded.first_seen, last_seen = excluded.last_seen, size = excluded.size, "
            "n_outlets = excluded.n_outlets, headline = excluded.headline, "
            "headline_id = excluded.headline_id, data = excluded.data",
            (
                row["id"], row["first_seen"], row["last_seen"], row["size"], row["n_outlets"],
                row["headline"], row.get("headline_id"), Json(row["data"]),
            ),
        )  # fmt: skip

    def record_merge(self, from_story: str, into_story: str, probability: float, at_article: str) -> None:
        self._run("UPDATE story_articles SET story_id = %s WHERE story_id = %s", (into_story, from_story))
        fault("merge")  # crash tests only (GUGUS_FAULT=merge): a kill with the members moved
        self._run("DELETE FROM stories WHERE id = %s", (from_story,))
        self._run(
            "INSERT INTO story_merges VALUES (%s, %s, %s, %s, %s)",
            (from_story, into_story, probability, at_article, _now()),
        )

    def save_story_states(self, states: dict[str, bytes], gone: set[str], *, replace: bool = False) -> None:
        """The clusterer's checkpoint of these stories (gugus.cluster.checkpoint), `gone`'s dropped, and
        with `replace` every other story's too (a clusterer that did not start from the checkpoint)."""
        if replace:
            self._run("DELETE FROM story_states")
        if gone:
            self._run("DELETE FROM story_states WHERE story_id = ANY(%s)", (sorted(gone),))
        if states:
            ids = sorted(states)
            self._run(
                "INSERT INTO story_states SELECT * FROM unnest(%s::text[], %s::bytea[]) "
                "ON CONFLICT (story_id) DO UPDATE SET state = excluded.state",
                (ids, [states[sid] for sid in ids]),
            )

    def story_states(self, story_ids: list[str]) -> dict[str, bytes]:
        rows = self._all("SELECT story_id, state FROM story_states WHERE story_id = ANY(%s)", (story_ids,))
        return {sid: bytes(state) for sid, state in rows}

    @staticmethod
    def _story(row: dict) -> dict:
        d = {k: v for k, v in row.items() if k != "data"}
        d.update(row["data"])
        return d

    def stories(
        self, *, since: float | None = None, min_outlets: int = 1, limit: int | None = None
    ) -> list[dict]:
        rows = self._dicts(
            "SELECT * FROM stories WHERE last_seen >= %s AND n_outlets >= %s "
            "ORDER BY last_seen DESC LIMIT %s",
            (since if since is not None else float("-inf"), min_outlets, limit),
        )
        return [self._story(r) for r in rows]

    def story(self, story_id: str) -> dict | None:
        rows = self._dicts("SELECT * FROM stories WHERE id = %s", (story_id,))
        if not rows and len(story_id) >= 6:
            rows = self._dicts(
                "SELECT * FROM stories WHERE id >= %s AND id < %s LIMIT 2", (story_id, story_id + "\uffff")
            )
        return self._story(rows[0]) if len(rows) == 1 else None

    def story_members(self, story_id: str) -> list[str]:
        sql = "SELECT article_id FROM story_articles WHERE story_id = %s ORDER BY seq"
        rows = self._all(sql, (story_id,))
        return [r[0] for r in rows]

    def story_of(self, article_id: str) -> str | None:
        """The story an article is in, or None while it is unclustered."""
        row = self._one("SELECT story_id FROM story_articles WHERE article_id = %s", (article_id,))
        return row[0] if row else None

    def merges(self, story_id: str) -> list[dict]:
        return self._dicts("SELECT * FROM story_merges WHERE into_story = %s ORDER BY at", (story_id,))

    def assignments(self) -> list[tuple[str, str]]:
        """(source_id, story_id) for every clustered article, in clustering order."""
        rows = self._all(
            "SELECT a.source_id, s.story_id FROM story_articles s JOIN articles a ON a.id = s.article_id "
            "ORDER BY s.seq"
        )
        return [(r[0], r[1]) for r in rows]

    def story_stamps(self) -> list[tuple]:
        """(story, article, outlet, published, ingested_at, lang) for every clustered article in
        clustering order, without texts: what gugus.trending weighs."""
        rows = self._all(
            "SELECT s.story_id, a.id, a.outlet, a.published, a.ingested_at, a.lang FROM story_articles s "
            "JOIN articles a ON a.id = s.article_id ORDER BY s.seq"
        )
        return [tuple(r) for r in rows]

    def active_stories(self, since: float, until: float | None = None) -> dict[str, list[str]]:
        """Stories seen between `since` and `until` (their span overlapping it) with their members:
        what a new process restores."""
        out: dict[str, list[str]] = {}
        rows = self._all(
            "SELECT s.story_id, s.article_id FROM story_articles s JOIN stories t ON t.id = s.story_id "
            "WHERE t.last_seen >= %s AND t.first_seen <= %s ORDER BY s.seq",
            (since, until if until is not None else float("inf")),
        )
        for sid, aid in rows:
            out.setdefault(sid, []).append(aid)
        return out

    def latest_story_time(self) -> float | None:
        return self._one("SELECT MAX(last_seen) FROM stories")[0]

    def clear_stories(self) -> None:
        """Forget every story (recluster): articles, analyses and embeddings stay."""
        for table in ("story_articles", "stories", "story_merges", "term_df", "story_states"):
            self._run(f"DELETE FROM {table}")
        # the document frequencies' count, and the clusterer's checkpoint (gugus.cluster.checkpoint)
        self._run("DELETE FROM settings WHERE key IN ('df_docs', 'cluster_state')")
