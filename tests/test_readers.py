"""Each reader on the project's realistic fixtures: HTML pages, feeds (hostile ones too), JSON Lines."""

from __future__ import annotations

import json

import pytest

from gugus import Engine
from gugus.ingest.pipeline import IngestOptions

from .conftest import FIXTURES

HTML = FIXTURES / "html"
FEEDS = FIXTURES / "feeds"
EXPECTED_HTML = {k: v for k, v in json.loads((HTML / "expected.json").read_text()).items() if k != "_about"}


@pytest.fixture
def ingest(tmp_path):
    engines = []

    def run(*paths, **options):
        engine = Engine(str(tmp_path / f"g{len(engines)}.db"), options=IngestOptions(**options), dense=False)
        engines.append(engine)
        return engine, engine.ingest([str(p) for p in paths])

    yield run
    for e in engines:
        e.close()


@pytest.mark.parametrize("name", sorted(EXPECTED_HTML))
def test_html_fixture(ingest, name):
    expected = EXPECTED_HTML[name]
    engine, report = ingest(HTML / name)
    if expected.get("no_article"):
        assert [r.reason for r in report.rejects] == ["no-article"]
        assert engine.count() == 0
        return
    assert report.added == 1 and report.ok
    a = engine.articles()[0]
    assert a.title == expected["title"]
    assert a.published == expected["published"]
    assert a.author == expected["author"]
    assert a.lang == expected["lang"]
    if "dateline" in expected:
        assert a.dateline == expected["dateline"]
    for phrase in expected["text_contains"]:
        assert phrase in a.text
    for phrase in expected["text_excludes"]:
        assert phrase not in a.text, phrase


def test_scripts_and_handlers_never_reach_the_text(ingest):
    engine, _ = ingest(HTML / "script_title.html")
    a = engine.articles()[0]
    for marker in ("alert(", "onerror", "onload", "javascript:", "document.cookie", "MUST-NOT-APPEAR"):
        assert marker not in a.text
    assert a.title.endswith("<script>alert(1)</script>")  # kept as text; every view escapes it


def test_rss_with_full_text(ingest):
    engine, report = ingest(FEEDS / "rss_full.xml")
    assert report.added == 3 and report.ok
    titles = {a.title: a for a in engine.articles()}
    hujan = titles["Hujan Es Landa Bogor, Atap 27 Rumah Rusak & Pohon Tumbang"]
    assert hujan.outlet == "Warta Kilat" and hujan.kind == "feed" and not hujan.partial
    assert hujan.published == "2025-06-18T19:45:00+07:00"
    assert all("Baca juga" not in a.text for a in titles.values())
    assert all(a.location.startswith(str(FEEDS / "rss_full.xml") + "#entry=") for a in titles.values())


def test_atom_html_and_xhtml_content(ingest):
    engine, report = ingest(FEEDS / "atom.xml")
    assert report.added == 2
    assert {a.published for a in engine.articles()} == {
        "2025-06-19T09:15:00+07:00",
        "2025-06-18T16:30:00+07:00",
    }
    assert all(len(a.text) > 100 and "<" not in a.text for a in engine.articles())


def test_teasers_whose_page_cannot_be_fetched_are_kept_partial(ingest):
    engine, report = ingest(FEEDS / "rss_summary_only.xml", timeout=3.0)
    assert report.added == 3 and report.ok
    assert all(a.partial and a.text for a in engine.articles())
    assert all("no article text" not in " ".join(a.notes) for a in engine.articles())


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("billion_laughs.xml", "unsafe-xml"),
        ("external_entity.xml", "unsafe-xml"),
        ("not_xml.xml", "no-article"),
    ],
)
def test_hostile_or_broken_feeds_are_refused(ingest, name, reason):
    engine, report = ingest(FEEDS / name)
    assert [r.reason for r in report.rejects] == [reason]
    assert engine.count() == 0


def test_jsonl_fixtures(ingest):
    engine, report = ingest(FIXTURES / "jsonl" / "good.jsonl", FIXTURES / "jsonl" / "broken.jsonl")
    assert report.added == 10
    assert sorted(r.source.rsplit("#", 1)[1] for r in report.rejects) == ["line=3", "line=5", "line=7"]
    assert {a.source_id for a in engine.articles()} >= {"fx:broken-ok-1", "fx:broken-ok-5"}


def test_utf16_and_bom_text(ingest, tmp_path):
    text = ("Kamis, 19 Juni 2025 14:05 WIB\n\nWarga Keluhkan Jalan Rusak di Cileungsi\n\n"
            "Bogor - Warga Cileungsi, Kabupaten Bogor, mengeluhkan jalan rusak sepanjang dua kilometer "
            "yang tak kunjung diperbaiki sejak Maret, kata ketua RW setempat, Kamis.")  # fmt: skip
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.replace("Cileungsi", "Cibinong").encode())
    engine, report = ingest(tmp_path / "utf16.txt", tmp_path / "bom.txt")
    assert report.added == 2 and report.ok
    assert {a.title for a in engine.articles()} == {
        "Warga Keluhkan Jalan Rusak di Cileungsi",
        "Warga Keluhkan Jalan Rusak di Cibinong",
    }
    assert {a.published for a in engine.articles()} == {"2025-06-19T14:05:00+07:00"}
