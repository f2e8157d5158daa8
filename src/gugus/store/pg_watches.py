"""The PostgreSQL store's watchlists and alert outbox: the same methods and answers as
gugus.store.watches (SQLite)."""

from __future__ import annotations

import json
from datetime import datetime, timezone


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class PgWatchTables:
    """Mixin over PostgresStore's statements (`_run`, `_one`, `_dicts`)."""

    def add_watch(self, watch: dict) -> None:
        self._run(
            "INSERT INTO watches VALUES (%s, %s, %s, %s, %s, %s)",
            (watch["id"], watch["name"], json.dumps(watch["rules"], ensure_ascii=False), watch.get("webhook"),
             watch.get("secret"), watch.get("created") or _now()),
        )  # fmt: skip

    def watches(self) -> list[dict]:
        return [self._watch(r) for r in self._dicts("SELECT * FROM watches ORDER BY created, id")]

    def get_watch(self, watch_id: str) -> dict | None:
        rows = self._dicts("SELECT * FROM watches WHERE id = %s", (watch_id,))
        return self._watch(rows[0]) if rows else None

    def remove_watch(self, watch_id: str) -> bool:
        return self._one("DELETE FROM watches WHERE id = %s RETURNING id", (watch_id,)) is not None

    def add_alert(self, watch_id: str, story_id: str, state: str, payload: dict, pending: bool) -> bool:
        row = self._one(
            "INSERT INTO alerts (watch_id, story_id, state, created, payload, delivered) "
            "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (watch_id, story_id, state) DO NOTHING RETURNING id",
            (watch_id, story_id, state, _now(), json.dumps(payload, ensure_ascii=False),
             None if pending else _now()),
        )  # fmt: skip
        return row is not None

    def alerts(self, watch_id: str | None = None, limit: int = 50) -> list[dict]:
        if watch_id:
            rows = self._dicts(
                "SELECT * FROM alerts WHERE watch_id = %s ORDER BY id DESC LIMIT %s", (watch_id, limit)
            )
        else:
            rows = self._dicts("SELECT * FROM alerts ORDER BY id DESC LIMIT %s", (limit,))
        return [self._alert(r) for r in rows]

    def due_alerts(self, now: float, limit: int = 100) -> list[dict]:
        rows = self._dicts(
            "SELECT * FROM alerts WHERE delivered IS NULL AND next_attempt <= %s ORDER BY id LIMIT %s",
            (now, limit),
        )
        return [self._alert(r) for r in rows]

    def alert_counts(self) -> dict[str, tuple[int, int]]:
        rows = self._all(
            "SELECT watch_id, COUNT(*), COUNT(*) FILTER (WHERE delivered IS NULL) FROM alerts"
            " GROUP BY watch_id"
        )
        return {r[0]: (r[1], r[2]) for r in rows}

    def pending_count(self) -> int:
        return self._one("SELECT COUNT(*) FROM alerts WHERE delivered IS NULL")[0]

    def alert_delivered(self, alert_id: int) -> None:
        self._run(
            "UPDATE alerts SET delivered = %s, attempts = attempts + 1, last_error = NULL WHERE id = %s",
            (_now(), alert_id),
        )

    def alert_failed(self, alert_id: int, error: str, next_attempt: float) -> None:
        self._run(
            "UPDATE alerts SET attempts = attempts + 1, last_error = %s, next_attempt = %s WHERE id = %s",
            (error[:500], next_attempt, alert_id),
        )

    @staticmethod
    def _watch(row: dict) -> dict:
        return dict(row, rules=json.loads(row["rules"]))

    @staticmethod
    def _alert(row: dict) -> dict:
        return dict(row, payload=json.loads(row["payload"]))
