"""Match the stories a clustering run touched against every saved watch, and record the alerts."""

from __future__ import annotations

from gugus.alerts.match import StoryFacts, reasons
from gugus.alerts.rules import rules_of
from gugus.records import story_record


def check_watches(
    engine, story_ids: list[str], watches: list[dict] | None = None, deliver: bool = True
) -> int:
    """New alerts recorded for `story_ids` (new or updated stories); one per watch and story state.
    `watches` defaults to all saved; without `deliver` the alerts are recorded as already delivered
    (a new watch's matches among stories already stored: the webhook hears of what happens next)."""
    watches = engine.store.watches() if watches is None else watches
    if not watches or not story_ids:
        return 0
    rules = {w["id"]: rules_of(w) for w in watches}
    added = 0
    for sid in story_ids:
        story = engine.story(sid)
        if story is None:  # merged away since
            continue
        facts = StoryFacts(engine, story)
        found = []
        for watch in watches:
            why = reasons(rules[watch["id"]], facts)
            if why is not None:
                found.append((watch, why, facts.state(rules[watch["id"]])))
        if not found:
            continue
        with engine.store.transaction():
            for watch, why, state in found:
                payload = alert_payload(watch, story, why)
                added += engine.store.add_alert(
                    watch["id"], sid, state, payload, pending=deliver and bool(watch["webhook"])
                )
    return added


def alert_payload(watch: dict, story: dict, why: list[str]) -> dict:
    """What a webhook receives and the feed shows: the watch, the story's record, and why it matched."""
    record = story_record(story)
    return {
        "event": "story.matched",
        "watch": {"id": watch["id"], "name": watch["name"]},
        "story": {
            "id": record["id"],
            "headline": record["headline"],
            "size": record["size"],
            "n_outlets": record["n_outlets"],
            "outlets": list(record.get("outlets", {})),
            "languages": list(record.get("languages", {})),
            "first_seen": record["first_seen"],
            "last_seen": record["last_seen"],
            "path": f"/stories/{record['id']}",
        },
        "reasons": why,
    }
