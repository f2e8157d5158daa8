"""Atom feeds out: the latest stories (all, or filtered as the front page filters them) and each
watch's alerts, with the story summary and links, for any feed reader. Every value is escaped by the
template's autoescape, so a headline with markup stays text in the feed."""

from __future__ import annotations

from datetime import datetime, timezone

from gugus.web.render import render


def rfc3339(when: str | None) -> str:
    """'2025-06-19 05:15' (UTC, as the records print it) or an ISO time, as Atom wants it."""
    if not when:
        return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        parsed = datetime.fromisoformat(when.replace(" ", "T"))
    except ValueError:
        return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def story_entry(base: str, record: dict, summary: str) -> dict:
    return {
        "id": f"{base}/stories/{record['id']}",
        "title": record["headline"] or record["id"],
        "updated": rfc3339(record["last_seen"]),
        "link": f"{base}/stories/{record['id']}",
        "authors": list(record.get("outlets", {}))[:10],
        "summary": summary,
    }


def alert_entry(base: str, alert: dict) -> dict:
    story = alert["payload"]["story"]
    return {
        "id": f"{base}/watches/{alert['watch_id']}#alert-{alert['id']}",
        "title": story["headline"] or story["id"],
        "updated": rfc3339(alert["created"]),
        "link": f"{base}/stories/{story['id']}",
        "authors": story.get("outlets", [])[:10],
        "summary": "; ".join(alert["payload"]["reasons"])
        + f" — {story['size']} articles from {story['n_outlets']} outlets",
    }


def feed(*, title: str, self_url: str, page_url: str, entries: list[dict]) -> bytes:
    updated = max((e["updated"] for e in entries), default=rfc3339(None))
    return render("feed.atom.j2", title=title, self_url=self_url, page_url=page_url, updated=updated,
                  entries=entries)  # fmt: skip
