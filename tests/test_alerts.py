"""Watchlists and alerts over a real store of the demo corpus: rules matched against stories, alerts
raised by new articles, webhooks on loopback (signed, a receiver that fails and recovers, a restart in
between), the SSRF guard on webhooks, the API, the web pages, the Atom feeds and the command line."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import shutil
import threading
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import feedparser
import pytest
from typer.testing import CliRunner

from gugus import Engine
from gugus.alerts.deliver import backoff, sign
from gugus.alerts.rules import RuleError, Rules
from gugus.api import create_app

from .test_web import PASTED, XSS_TITLE

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
    from fastapi.testclient import TestClient

TOKEN = "alerts-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def store(demo_db, tmp_path) -> str:
    db = tmp_path / "alerts.db"
    shutil.copy(demo_db, db)
    return str(db)


def headlines(alerts: list[dict]) -> list[str]:
    return [a["payload"]["story"]["headline"] for a in alerts]


class Receiver:
    """A webhook receiver on loopback that answers `statuses` in turn (then 200) and keeps what it got."""

    def __init__(self, statuses: list[int] | None = None) -> None:
        self.statuses = list(statuses or [])
        self.received: list[tuple[dict, bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                body = self.rfile.read(int(self.headers["Content-Length"]))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                receiver.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.close()


# -- rules ----------------------------------------------------------------------------------------


def test_rules_are_validated_when_saved():
    with pytest.raises(RuleError, match="at least one rule"):
        Rules.from_dict({})
    with pytest.raises(RuleError, match="unknown rule 'entity'"):
        Rules.from_dict({"entity": ["BMKG"]})
    with pytest.raises(RuleError, match="at most 50"):
        Rules.from_dict({"keywords": [f"k{i}" for i in range(51)]})
    with pytest.raises(RuleError, match="min_outlets"):
        Rules.from_dict({"min_outlets": 0})
    rules = Rules.from_dict({"entities": ["  Denis   Pushilin ", "Denis Pushilin"], "min_outlets": 2})
    assert (
        rules.entities == ["Denis Pushilin"]
        and rules.describe() == "entities: Denis Pushilin | min_outlets: 2"
    )


# -- matching ---------------------------------------------------------------------------------------


def test_each_rule_matches_the_stories_it_should(store):
    with Engine(store, dense=False) as engine:
        stories = {s["id"]: s for s in engine.stories()}
        by_headline = {s["headline"]: s for s in stories.values()}

        def matched(rules: dict) -> list[str]:
            watch = engine.add_watch("w", rules)
            return sorted(headlines(engine.alerts(watch["id"], limit=100)))

        bmkg = matched({"entities": ["BMKG"]})
        assert bmkg and all("Tanimbar" in h or "Gempa" in h for h in bmkg)
        assert matched({"keywords": ["harga beras"]}) == [h for h in headlines_of(stories) if "beras" in h]
        broad = matched({"min_outlets": 4})
        assert broad == sorted(s["headline"] for s in stories.values() if s["n_outlets"] >= 4)
        antara = [h for h in headlines_of(stories) if "ANTARA News" in by_headline[h]["outlets"]]
        antara = [h for h in antara if by_headline[h]["n_outlets"] >= 4]
        assert antara and matched({"outlets": ["antara news"], "min_outlets": 4}) == antara  # any case
        assert [h for h in matched({"conflict": True}) if "tuna" in h]
        copies = engine.add_watch("antara", {"copy_of": "ANTARA News"})
        [alert] = engine.alerts(copies["id"])
        assert "Tanimbar" in alert["payload"]["story"]["headline"]
        assert sum("a copy of ANTARA News's article" in r for r in alert["payload"]["reasons"]) == 2
        assert matched({"entities": ["Vladimir Putin"]}) == []


def headlines_of(stories: dict) -> list[str]:
    return sorted(s["headline"] for s in stories.values())


def test_a_new_article_raises_an_alert_once_per_new_outlet(store):
    with Engine(store, dense=False) as engine:
        watch = engine.add_watch("quake", {"entities": ["BMKG"]}, webhook="https://hooks.example/x")
        before = engine.alerts(watch["id"])
        assert len(before) == 1 and before[0]["delivered"]  # stories already stored: listed, not sent
        engine.ingest_text(PASTED, name="kabar-maluku")
        counts = engine.cluster()
        assert counts["alerts"] == 1
        new = engine.alerts(watch["id"])[0]
        assert new["delivered"] is None and new["attempts"] == 0  # waiting for the webhook
        assert new["payload"]["story"]["n_outlets"] == before[0]["payload"]["story"]["n_outlets"] + 1
        assert "Kabar Maluku" in new["payload"]["story"]["outlets"]
        engine.ingest_text(PASTED.replace("Maria Ratuanak", "Maria R."), name="kabar-maluku-2")
        assert engine.cluster()["alerts"] == 0  # the same outlet again: no new alert


# -- delivery -------------------------------------------------------------------------------------


def test_webhook_gets_the_alert_signed(store, receiver):
    with Engine(store, dense=False) as engine:
        watch = engine.add_watch(
            "quake", {"entities": ["BMKG"]}, webhook=receiver.url, secret="s3", allow_private=True
        )
        engine.ingest_text(PASTED, name="kabar-maluku")
        engine.cluster()
        assert engine.deliver_alerts() == {"delivered": 1, "failed": 0}
        assert engine.store.pending_count() == 0
    [(headers, body)] = receiver.received
    payload = json.loads(body)
    assert (
        payload["watch"] == {"id": watch["id"], "name": "quake"}
        and "Tanimbar" in payload["story"]["headline"]
    )
    assert payload["reasons"] == ["entity BMKG"] and payload["story"]["path"].startswith("/stories/")
    expected = hmac.new(
        b"s3", headers["x-gugus-timestamp"].encode() + b"." + body, hashlib.sha256
    ).hexdigest()
    assert headers["x-gugus-signature"] == f"sha256={expected}"
    assert headers["x-gugus-delivery"] == str(payload["alert_id"]) and headers["x-gugus-event"] == "alert"
    assert sign("s3", headers["x-gugus-timestamp"], body) == headers["x-gugus-signature"]


def test_a_failing_receiver_gets_it_later_even_after_a_restart(store):
    receiver = Receiver(statuses=[500, 503])
    clock = [1_000_000.0]
    from gugus.alerts.deliver import deliver_due

    try:
        with Engine(store, dense=False) as engine:
            engine.add_watch("quake", {"entities": ["BMKG"]}, webhook=receiver.url, allow_private=True)
            engine.ingest_text(PASTED, name="kabar-maluku")
            engine.cluster()
            assert deliver_due(engine.store, now=lambda: clock[0]) == {"delivered": 0, "failed": 1}
            assert deliver_due(engine.store, now=lambda: clock[0]) == {
                "delivered": 0,
                "failed": 0,
            }  # not yet due
            clock[0] += backoff(1)
            assert deliver_due(engine.store, now=lambda: clock[0]) == {"delivered": 0, "failed": 1}
            [alert] = engine.store.due_alerts(clock[0] + 10_000)
            assert alert["attempts"] == 2 and alert["last_error"] == "HTTP 503"
        # a restart: a new process opens the store; the alert is still there and goes out
        with Engine(store, dense=False) as engine:
            clock[0] += backoff(2)
            assert deliver_due(engine.store, now=lambda: clock[0]) == {"delivered": 1, "failed": 0}
            assert engine.store.pending_count() == 0
    finally:
        receiver.close()
    ids = {json.loads(body)["alert_id"] for _, body in receiver.received}
    assert len(receiver.received) == 3 and len(ids) == 1  # the same alert, three attempts
    assert [backoff(n) for n in (1, 2, 3, 10)] == [30.0, 60.0, 120.0, 3600.0]


def test_the_ssrf_guard_keeps_webhooks_off_private_addresses(store, receiver):
    with Engine(store, dense=False) as engine:
        engine.add_watch("quake", {"entities": ["BMKG"]}, webhook=receiver.url)  # no allow_private
        engine.ingest_text(PASTED, name="kabar-maluku")
        engine.cluster()
        assert engine.deliver_alerts() == {"delivered": 0, "failed": 1}
        [alert] = engine.store.due_alerts(1e12)
        assert alert["last_error"].startswith("blocked-address")
    assert receiver.received == []


# -- API ----------------------------------------------------------------------------------------------


def test_api_saves_lists_and_removes_watches_with_the_token(store):
    with TestClient(create_app(store, token=TOKEN, dense=False)) as c:
        saved = c.post("/api/watches", json={"name": "tuna", "conflict": True, "webhook": "https://h.example/x"},
                       headers=AUTH)  # fmt: skip
        assert saved.status_code == 201
        body = saved.json()
        assert body["alerts"] >= 1 and body["pending"] == 0 and body["secret"]
        listed = c.get("/api/watches").json()
        assert [w["id"] for w in listed] == [body["id"]] and listed[0].get("secret") is None
        alerts = c.get(f"/api/watches/{body['id']}/alerts").json()
        assert any("tuna" in a["payload"]["story"]["headline"] for a in alerts)
        assert c.post("/api/watches", json={"name": "x", "conflict": True}).status_code == 401
        wrong = {"Authorization": "Bearer nope"}
        assert c.post("/api/watches", json={"name": "x", "conflict": True}, headers=wrong).status_code == 401
        assert c.post("/api/watches", json={"name": "x"}, headers=AUTH).status_code == 422  # no rule
        assert c.post("/api/watches", json={"name": "x", "conflict": True, "allow_private": True},
                      headers=AUTH).status_code in (400, 422)  # fmt: skip
        bad_hook = {"name": "x", "conflict": True, "webhook": "file:///etc/passwd"}
        assert c.post("/api/watches", json=bad_hook, headers=AUTH).status_code == 422
        assert c.delete(f"/api/watches/{body['id']}").status_code == 401
        assert c.delete(f"/api/watches/{body['id']}", headers=AUTH).status_code == 204
        assert c.get("/api/watches").json() == []
        assert c.get(f"/api/watches/{body['id']}/alerts").status_code == 404
    with TestClient(create_app(store, token="", dense=False)) as c:
        assert c.post("/api/watches", json={"name": "x", "conflict": True}, headers=AUTH).status_code == 403


# -- pages and feeds --------------------------------------------------------------------------------


def test_watch_pages_and_their_feed(store):
    with TestClient(create_app(store, token=TOKEN, dense=False)) as c:
        refused = c.post("/watches/add", data={"token": "nope", "name": "Gempa", "entities": "BMKG"})
        assert refused.status_code == 401 and refused.headers["content-type"].startswith("text/html")
        saved = c.post("/watches/add", data={"token": TOKEN, "name": "Gempa", "entities": "BMKG, Basarnas"})
        assert saved.status_code == 201
        wid = re.search(r'href="/watches/([0-9a-f]+)"', saved.text).group(1)
        listing = c.get("/watches").text
        assert f'data-watch="{wid}"' in listing and "entities: BMKG, Basarnas" in listing
        page = c.get(f"/watches/{wid}").text
        assert re.search(r'<li class="alert"><a href="/stories/[0-9a-f]+">[^<]*Tanimbar', page)
        feed = feedparser.parse(c.get(f"/feeds/watches/{wid}.atom").content)
        assert not feed.bozo and feed.feed.title == "gugus: Gempa"
        assert any("Tanimbar" in e.title for e in feed.entries)
        assert all(e.link.startswith("http://testserver/stories/") for e in feed.entries)
        gone = c.post(f"/watches/{wid}/remove", data={"token": TOKEN}, follow_redirects=False)
        assert gone.status_code == 303 and c.get(f"/watches/{wid}").status_code == 404


def test_stories_feed_has_summaries_links_and_escapes_hostile_titles(store):
    with TestClient(create_app(store, token=TOKEN, dense=False)) as c:
        c.post(
            "/api/ingest/text", json={"text": PASTED.replace(PASTED.split("\n")[0], XSS_TITLE)}, headers=AUTH
        )
        raw = c.get("/feeds/stories.atom")
        assert raw.headers["content-type"].startswith("application/atom+xml")
        assert b"<script>" not in raw.content
        feed = feedparser.parse(raw.content)
        assert not feed.bozo and len(feed.entries) == len(c.get("/api/stories").json()["stories"])
        first = feed.entries[0]
        assert first.summary and first.link.startswith("http://testserver/stories/")
        english = feedparser.parse(c.get("/feeds/stories.atom", params={"lang": "en"}).content)
        assert 0 < len(english.entries) < len(feed.entries)
        broad = feedparser.parse(c.get("/feeds/stories.atom", params={"min_outlets": 4}).content)
        assert all(len(e.get("authors", [])) >= 4 for e in broad.entries)


# -- command line -----------------------------------------------------------------------------------


def test_cli_adds_lists_shows_and_removes(store):
    from gugus.cli import app

    run = CliRunner()
    added = run.invoke(app, ["alerts", "add", "tuna", "--conflict", "--db", store, "--json"])
    assert added.exit_code == 0, added.output
    wid = json.loads(added.stdout)["id"]
    listed = run.invoke(app, ["alerts", "list", "--db", store])
    assert wid in listed.stdout and "conflict" in listed.stdout
    [record] = [w for w in json.loads(run.invoke(app, ["alerts", "list", "--db", store, "--json"]).stdout)
                if w["id"] == wid]  # fmt: skip
    assert "secret" not in record and record["alerts"] >= 0 and record["pending"] == 0
    shown = run.invoke(app, ["alerts", "show", wid, "--db", store])
    assert "tuna" in shown.stdout and "conflict over" in shown.stdout
    bad = run.invoke(app, ["alerts", "add", "nothing", "--db", store])
    assert bad.exit_code == 2 and "at least one rule" in bad.output
    assert run.invoke(app, ["alerts", "deliver", "--db", store]).exit_code == 0
    assert run.invoke(app, ["alerts", "remove", wid, "--db", store]).exit_code == 0
    assert run.invoke(app, ["alerts", "remove", wid, "--db", store]).exit_code == 1


# -- the store's half, on both backends --------------------------------------------------------------


def test_watch_tables_behave_alike_on_both_stores(db_url):
    from gugus.alerts.rules import new_watch
    from gugus.store.base import open_store

    store = open_store(db_url)
    try:
        watch = new_watch("quake", Rules.from_dict({"entities": ["BMKG"]}), webhook="https://h.example/x")
        with store.transaction():
            store.add_watch(watch)
        assert store.get_watch(watch["id"])["rules"] == {"entities": ["BMKG"]}
        payload = {"event": "story.matched", "story": {"id": "s1", "headline": "Gempa"}, "reasons": ["x"]}
        with store.transaction():
            assert store.add_alert(watch["id"], "s1", "outlets:2", payload, pending=True)
            assert not store.add_alert(watch["id"], "s1", "outlets:2", payload, pending=True)  # once
            assert store.add_alert(watch["id"], "s1", "outlets:3", payload, pending=False)
        assert [a["state"] for a in store.alerts(watch["id"])] == ["outlets:3", "outlets:2"]
        assert store.pending_count() == 1
        assert store.alert_counts() == {watch["id"]: (2, 1)}  # (alerts, not yet delivered)
        [due] = store.due_alerts(100.0)
        with store.transaction():
            store.alert_failed(due["id"], "HTTP 500", 200.0)
        assert store.due_alerts(150.0) == [] and store.due_alerts(250.0)[0]["attempts"] == 1
        with store.transaction():
            store.alert_delivered(due["id"])
        assert store.pending_count() == 0 and store.alerts(watch["id"])[1]["payload"] == payload
        assert store.alert_counts() == {watch["id"]: (2, 0)}
        with store.transaction():
            assert store.remove_watch(watch["id"]) and not store.remove_watch(watch["id"])
        assert store.watches() == [] and store.alerts() == []  # its alerts went with it
    finally:
        store.close()
