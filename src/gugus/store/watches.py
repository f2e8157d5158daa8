"""The SQLite store's watchlists and alert outbox (migration 005).

An alert row is written in the same transaction that finds it, and stays pending until a webhook
accepts it; delivery (gugus.alerts.deliver) only ever moves it forward. A watch without a webhook has
its alerts in its Atom feed and the web UI, and nothing pending."""

from __future__ import annotations

import json
from datetime import datetime, timezone


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class WatchTables:
    """Mixin over a `self._db` sqlite3 connection (rows as sqlite3.Row)."""

    def add_watch(self, watch: dict) -> None:
        self._db.execute(
            "INSERT INTO watches VALUES (?, ?, ?, ?, ?, ?)",
            (watch["id"], watch["name"], json.dumps(watch["rules"], ensure_ascii=False), watch.get("webhook"),
             watch.get("secret"), watch.get("created") or _now()),
        )  # fmt: skip

    def watches(self) -> list[dict]:
        return [self._watch(r) for r in self._db.execute("SELECT * FROM watches ORDER BY created, id")]

    def get_watch(self, watch_id: str) -> dict | None:
        row = self._db.execute("SELECT * FROM watches WHERE id = ?", (watch_id,)).fetchone()
        return self._watch(row) if row else None

    def remove_watch(self, watch_id: str) -> bool:
        """Forget a watch and its alerts (delivered or not)."""
        return self._db.execute("DELETE FROM watches WHERE id = ?", (watch_id,)).rowcount > 0

    def add_alert(self, watch_id: str, story_id: str, state: str, payload: dict, pending: bool) -> bool:
        """Record an alert once per (watch, story, state); False if it was already there."""
        cur = self._db.execute(
            "INSERT OR IGNORE INTO alerts (watch_id, story_id, state, created, payload, delivered) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (watch_id, story_id, state, _now(), json.dumps(payload, ensure_ascii=False),
             None if pending else _now()),  # no webhook: nothing to deliver
        )  # fmt: skip
        return cur.rowcount > 0

    def alerts(self, watch_id: str | None = None, limit: int = 50) -> list[dict]:
        """The latest alerts first, of one watch or of all."""
        where, args = ("WHERE watch_id = ?", [watch_id]) if watch_id else ("", [])
        rows = self._db.execute(f"SELECT * FROM alerts {where} ORDER BY id DESC LIMIT ?", [*args, limit])
        return [self._alert(r) for r in rows]

    def due_alerts(self, now: float, limit: int = 100) -> list[dict]:
        """Alerts not yet delivered whose next attempt is due, oldest first."""
        rows = self._db.execute(
            "SELECT * FROM alerts WHERE delivered IS NULL AND next_attempt <= ? ORDER BY id LIMIT ?",
            (now, limit),
        )
        return [self._alert(r) for r in rows]

    def alert_counts(self) -> dict[str, tuple[int, int]]:
        """watch id -> (alerts, of which not yet delivered), in one pass over the alerts."""
        rows = self._db.execute(
            "SELECT watch_id, COUNT(*), SUM(delivered IS NULL) FROM alerts GROUP BY watch_id"
        ).fetchall()
        return {r[0]: (r[1], r[2] or 0) for r in rows}

    def pending_count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM alerts WHERE delivered IS NULL").fetchone()[0]

    def alert_delivered(self, alert_id: int) -> None:
        self._db.execute(
            "UPDATE alerts SET delivered = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?",
            (_now(), alert_id),
        )

    def alert_failed(self, alert_id: int, error: str, next_attempt: float) -> None:
        self._db.execute(
            "UPDATE alerts SET attempts = attempts + 1, last_error = ?, next_attempt = ? WHERE id = ?",
            (error[:500], next_attempt, alert_id),
        )

    @staticmethod
    def _watch(row) -> dict:
        d = dict(row)
        d["rules"] = json.loads(d["rules"])
        return d

    @staticmethod
    def _alert(row) -> dict:
        d = dict(row)
        d["payload"] = json.loads(d["payload"])
        return d
