"""The real inputs: the two seed articles pinned field by field, and the whole indonews corpus."""

from __future__ import annotations

import json

import pytest

from gugus import Engine

from .conftest import INDONEWS, SEEDS, need


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    folder = need(SEEDS)
    with Engine(str(tmp_path_factory.mktemp("seeds") / "g.db"), dense=False) as engine:
        report = engine.ingest([str(folder)])
        assert report.added == 2 and report.ok
        yield {a.source_id.rsplit("/", 1)[-1]: a for a in engine.articles()}


def test_seed_copy_on_a_content_site(seeds):
    a = seeds["003_f7bc1c657a1d3bcf.txt"]
    assert a.published == "2024-12-22"
    assert a.outlet == "Semarak News"
    assert (
        a.title
        == "Pemimpin Donetsk yang memproklamirkan diri menjanjikan ‘kerja sama bilateral’ dengan Korea Utara"
    )
    assert a.section == "Ukraina"
    assert a.wire == ["Reuters"]
    assert "Temukan semua artikel terbaru" not in a.text
    assert "Semarak News" not in a.text and "Desember 22, 2024" not in a.text
    assert a.text.startswith("Korea Utara dan wilayah Donetsk") and a.lang == "id"


def test_seed_ap_story_on_media_sumatera(seeds):
    a = seeds["000_f2213b32f19f593e.txt"]
    assert a.outlet == "Media Sumatera"
    assert a.dateline == "Seoul" and a.wire == ["AP"]
    assert a.published is None  # "29 Juli", "2017", "15 Agustus" are events, not a publication date
    assert a.title.startswith("Kepala pasukan proksi Rusia di wilayah Donetsk")
    assert "Media Sumatera, Online." not in a.text and "Media Sumatera" not in a.title
    assert a.text.startswith("SEOUL, Korea Selatan (AP) —") and a.lang == "id"


@pytest.mark.slow
def test_the_whole_indonews_corpus_ingests(tmp_path):
    path = need(INDONEWS)
    lines = path.read_text(encoding="utf-8").splitlines()
    with Engine(str(tmp_path / "indonews.db")) as engine:
        report = engine.ingest([str(path)], cluster=False)  # ingest alone: clustering has its own tests
        assert report.rejected == 0
        assert report.added + report.duplicates == len(lines) == 3698
        assert report.duplicates <= 5  # the same outlet's text under two URLs (a retitled republication)
        stored = engine.articles()
        assert len(stored) == report.added
        by_source = {a.source_id: a for a in stored}
        first = json.loads(lines[0])
        a = by_source[first["id"]]
        assert (a.title, a.outlet, a.url, a.published) == (
            first["title"],
            first["outlet"],
            first["url"],
            first["date"],
        )
        assert sum(a.lang == "id" for a in stored) >= 0.99 * len(stored)
        assert sum(a.dateline is not None for a in stored) >= 0.5 * len(stored)
        again = engine.ingest([str(path)], cluster=False)
        assert again.added == 0 and engine.count() == report.added
