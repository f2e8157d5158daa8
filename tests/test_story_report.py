"""A story's comparison end to end, as a user gets it: `gugus story ID --format json|md|html|text` and
`gugus compare A B`, checked against the issue's account of the seeds and against schema/."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from gugus import Engine
from gugus.cli import app

from .conftest import ROOT, SEEDS, need

runner = CliRunner()
SCHEMA = json.loads((ROOT / "schema" / "story.schema.json").read_text(encoding="utf-8"))

SHARED = {  # the six facts both seeds report (issue 4), each as words its claim must hold
    "the message to Kim": ("Kim", r"pesan|surat"),
    "mutually beneficial cooperation": (r"sama-sama menguntungkan",),
    "the 77 years quote": (r"77 tahun",),
    "Matsegora on North Korean workers": (r"Matsegora|duta besar Rusia", r"pekerja"),
    "recognition of the two republics": (r"mengakui", r"Luhansk|LPR"),
    "Ukraine cutting ties": (r"Ukraina", r"memutuskan hubungan"),
}


def _valid(report: dict) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator(SCHEMA).validate(report)


def _claims(report: dict, *patterns: str, kind: str | None = None) -> list[dict]:
    return [
        c
        for c in report["claims"]
        if (kind is None or c["kind"] == kind)
        and all(any(re.search(p, s["sentence"]) for s in c["sources"]) for p in patterns)
    ]


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    """The seeds' story in a store, its JSON as `gugus story --format json --dense` prints it."""
    db = str(tmp_path_factory.mktemp("seeds") / "g.db")
    with Engine(db, dense=False) as engine:
        engine.ingest([str(need(SEEDS))])
        [(story_id, _)] = {s: 1 for _, s in engine.assignments()}.items()
        by_file = {a.source_id.rsplit("/", 1)[-1][:3]: a.id for a in engine.articles()}
    result = runner.invoke(app, ["story", story_id[:10], "--db", db, "--format", "json", "--dense"])
    assert result.exit_code == 0, result.output
    return db, json.loads(result.stdout), by_file


def test_the_seeds_json_follows_the_schema(seeds):
    _, report, _ = seeds
    _valid(report)
    assert report["story"]["size"] == 2 and report["dense"] is True


def test_the_seeds_share_the_six_facts_the_issue_names(seeds):
    _, report, _ = seeds
    assert len([c for c in report["claims"] if c["kind"] == "shared"]) >= 5
    missing = [fact for fact, words in SHARED.items() if not _claims(report, *words, kind="shared")]
    assert not missing, f"no shared claim for {missing}"


@pytest.mark.parametrize(
    ("seed", "words"),
    [
        ("000", (r"Ned Price",)),
        ("000", (r"30 rudal",)),
        ("003", (r"Izvestia",)),
        ("003", (r"China", r"Laos", r"Vietnam")),
    ],
)
def test_each_seed_has_its_own_facts(seeds, seed, words):
    _, report, ids = seeds
    found = _claims(report, *words, kind="unique")
    assert found and all(c["sources"][0]["article_id"] == ids[seed] for c in found), words


def test_aliases_wire_credits_and_staleness(seeds):
    _, report, ids = seeds
    spellings = {e["key"]: {v["name"] for v in e["variants"]} for e in report["entities"]}
    assert any({"Denis Pushilin", "Dennis Pushlin"} <= names for names in spellings.values())
    assert any({"KCNA", "KCN"} <= names for names in spellings.values())
    articles = {a["id"]: a for a in report["articles"]}
    assert articles[ids["000"]]["wire"] == ["AP"] and articles[ids["003"]]["wire"] == ["Reuters"]
    assert not articles[ids["000"]]["flags"]
    [stale] = articles[ids["003"]]["flags"]
    assert stale["kind"] == "stale" and stale["event_date"] == "2022-08-15" and stale["gap_days"] > 800
    assert any("77 tahun" in e for e in stale["evidence"])


def test_the_timeline_holds_the_message_of_15_august_2022(seeds):
    _, report, ids = seeds
    from gugus.compare.timeline import period_start

    dates = [e["date"] for e in report["timeline"]]
    starts = [period_start(d) for d in dates]
    assert starts == sorted(starts)  # in order of the periods' first days
    [message] = [e for e in report["timeline"] if e["date"] == "2022-08-15" and len(e["sources"]) == 2]
    assert set(message["sources"]) == {ids["000"], ids["003"]}
    assert "2022-07-29" in dates  # the meeting in Moscow
    assert not [d for d in dates if d.startswith("2024")]  # read against the events, not the repost


def test_the_conflict_of_the_interview(seeds):
    _, report, _ = seeds
    names = [{str(v["value"]) for v in c["values"]} for c in report["conflicts"] if c["field"] == "name"]
    assert {"Tass", "Izvestia"} in names
    assert not [c for c in report["conflicts"] if c["field"] == "number"]  # the seeds agree on figures


@pytest.mark.parametrize("fmt", ["md", "html", "text"])
def test_every_format_shows_the_story(seeds, fmt):
    db, report, _ = seeds
    result = runner.invoke(app, ["story", report["story"]["id"], "--db", db, "--format", fmt])
    assert result.exit_code == 0, result.output
    shown = result.stdout
    assert "Pushlin" in shown and "Semarak News" in shown and "stale" in shown
    if fmt == "html":
        assert shown.startswith("<!doctype html>") and "Content-Security-Policy" in shown


def test_unknown_format_and_story_are_clear_errors(seeds):
    db, report, _ = seeds
    bad = runner.invoke(app, ["story", report["story"]["id"], "--db", db, "--format", "pdf"])
    assert bad.exit_code == 2 and "unknown format" in bad.output
    assert runner.invoke(app, ["story", "ffffffffffff", "--db", db]).exit_code == 1


HOSTILE = """<script>alert('title')</script> Banjir [bold]Garut[/bold] **merendam** 300 rumah

GARUT, Kabar Hari Ini - Banjir bandang merendam 300 rumah di Garut, Jawa Barat, pada Senin (16/6/2025).
Kepala BPBD Garut, Asep Mulyana, mengatakan air mulai surut pada Selasa pagi. <img src=x onerror=alert(1)>
"Warga kami ungsikan ke masjid dan sekolah," kata Asep di Garut.
"""
PLAIN = """Banjir bandang rendam 250 rumah di Garut

GARUT, Warta Priangan - Banjir bandang merendam 250 rumah di Garut, Jawa Barat, pada Senin (16/6/2025).
Kepala BPBD Garut, Asep Mulyana, mengatakan air mulai surut pada Selasa pagi.
"Warga kami ungsikan ke masjid dan sekolah," kata Asep di Garut.
"""


def test_compare_two_articles_and_escape_hostile_text(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(HOSTILE, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(PLAIN, encoding="utf-8")
    db = str(tmp_path / "g.db")
    with Engine(db, dense=False) as engine:
        engine.ingest([str(tmp_path / "in")], cluster=False)
        a, b = sorted(engine.articles(), key=lambda x: x.source_id)
    result = runner.invoke(app, ["compare", a.id[:8], b.id[:8], "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    _valid(report)
    assert report["story"]["id"] is None and report["story"]["size"] == 2
    numbers = [c for c in report["conflicts"] if c["field"] == "number"]
    assert numbers and {v["value"] for v in numbers[0]["values"]} == {"300 rumah", "250 rumah"}

    page = runner.invoke(app, ["compare", a.id, b.id, "--db", db, "--format", "html"]).stdout
    assert "<script>" not in page and "onerror=alert" not in page.replace("onerror=alert(1)&gt;", "")
    assert "&lt;script&gt;" in page
    md = runner.invoke(app, ["compare", a.id, b.id, "--db", db, "--format", "md"]).stdout
    assert "\\<script\\>" in md and "\\*\\*merendam\\*\\*" in md
    text = runner.invoke(app, ["compare", a.id, b.id, "--db", db]).stdout
    assert "[bold]Garut[/bold]" in text  # printed as written, not as rich markup

    missing = runner.invoke(app, ["compare", a.id, "0000000000000000", "--db", db])
    assert missing.exit_code == 1 and "no article" in missing.output
    assert runner.invoke(app, ["compare", a.id, "--db", db]).exit_code == 2


def test_the_english_twin_shares_claims_with_the_seeds_across_languages(tmp_path):
    """Words cannot align an English sentence with an Indonesian one: the story is in two languages,
    so its comparison uses the multilingual vectors by default (an Engine made with dense=False loads
    the model only when asked)."""
    twin = ROOT / "tests" / "fixtures" / "stories" / "en_donetsk_kim.txt"
    with Engine(str(tmp_path / "g.db")) as engine:
        engine.ingest([str(need(SEEDS)), str(twin)])
        [story_id] = {s for _, s in engine.assignments()}
        report = engine.compare_story(story_id)
    _valid(report)
    assert report["dense"] is True and report["story"]["languages"] == ["en", "id"]
    across = [c for c in report["claims"] if "The Korea Tribune" in c["outlets"] and len(c["outlets"]) > 1]
    assert len(across) >= 3
    english = {s["sentence"] for c in across for s in c["sources"] if s["outlet"] == "The Korea Tribune"}
    assert any("Luhansk" in s for s in english) and any("Matsegora" in s for s in english)
