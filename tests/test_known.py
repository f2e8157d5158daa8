"""An ingest does not analyse again what the store already holds (gugus.ingest.known): reading the same
inputs a second time adds nothing and analyses nothing, while a changed text at a stored URL (a
revision) and the same text from another outlet (a wire copy) are analysed and stored as before."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

import gugus.analyze.article as article_module
from gugus import Engine, parallel
from gugus.analyze.article import VERSION

from .conftest import DEMO


@pytest.fixture
def analysed(monkeypatch, tmp_path) -> Callable[[], list[str]]:
    """The titles the analysis is asked about, on two worker processes (batches of any size go to the
    pool here; a small batch is analysed in-process and not worth reading the store's keys for)."""
    monkeypatch.setenv("GUGUS_WORKERS", "2")
    monkeypatch.setattr(parallel, "MIN_BATCH", 1)
    log = tmp_path / "analysed.txt"
    real = article_module.analyze

    def counting(article):  # in a forked worker: it writes what it was asked to a file
        with log.open("a", encoding="utf-8") as fh:
            fh.write(article.title.replace("\n", " ") + "\n")
        return real(article)

    monkeypatch.setattr(article_module, "analyze", counting)

    def taken() -> list[str]:
        found = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
        log.unlink(missing_ok=True)
        return found

    return taken


def _line(**fields) -> str:
    return json.dumps(fields, ensure_ascii=False)


BASE = dict(lang="id", date="2025-06-18T09:00:00+07:00")
TEXT_A = (
    "JAKARTA - Bank Indonesia menahan suku bunga acuan di level 5,50 persen dalam Rapat Dewan Gubernur "
    "yang berakhir Rabu (18/6/2025). Gubernur BI Perry Warjiyo mengatakan keputusan itu sejalan dengan "
    "upaya menjaga stabilitas nilai tukar rupiah di tengah ketidakpastian global."
)
TEXT_B = (
    "SURABAYA - Pengadilan Negeri Surabaya menjatuhkan vonis tiga tahun penjara kepada terdakwa kasus "
    "suap hakim pada Rabu (18/6/2025). Majelis hakim menilai terdakwa terbukti memberikan uang kepada "
    "tiga hakim yang membebaskan Ronald Tannur."
)


def test_reading_the_same_inputs_again_analyses_nothing(db_url, analysed):
    with Engine(db_url, dense=False) as engine:
        first = engine.ingest(DEMO)
        stories = engine.stories()
        assert first.added > 0 and len(analysed()) >= first.added
        again = engine.ingest(DEMO)
        assert (again.added, again.revisions, again.rejected) == (0, 0, first.rejected)
        assert again.duplicates == first.added + first.duplicates
        assert analysed() == []  # every article was a duplicate, known before its analysis
        assert engine.stories() == stories


def test_a_revision_and_a_wire_copy_are_analysed(db_url, analysed, tmp_path):
    url_a, url_b = "https://ekonomi.contoh.id/bi-tahan-bunga", "https://hukum.contoh.id/vonis-suap-hakim"
    url_c = "https://lain.id/vonis"
    first = tmp_path / "day1.jsonl"
    first.write_text(
        "\n".join([
            _line(id="a", outlet="contoh.id", url=url_a, title="BI Tahan Suku Bunga", text=TEXT_A, **BASE),
            _line(id="b", outlet="contoh.id", url=url_b, title="Vonis Suap Hakim", text=TEXT_B, **BASE),
        ])
    )  # fmt: skip
    revised = TEXT_A.replace("5,50 persen", "5,75 persen")
    second = tmp_path / "day2.jsonl"
    second.write_text(
        "\n".join([
            _line(id="a2", outlet="contoh.id", url=url_a, title="BI Tahan Suku Bunga", text=revised, **BASE),
            _line(id="b", outlet="contoh.id", url=url_b, title="Vonis Suap Hakim", text=TEXT_B, **BASE),
            _line(id="c", outlet="lain.id", url=url_c, title="Vonis Suap", text=TEXT_B, **BASE),
        ])
    )  # fmt: skip
    with Engine(db_url, dense=False) as engine:
        assert engine.ingest([str(first)]).added == 2
        assert len(analysed()) == 2
        report = engine.ingest([str(second)])
        assert (report.revisions, report.duplicates, report.added) == (1, 1, 1)
        assert sorted(analysed()) == ["BI Tahan Suku Bunga", "Vonis Suap"]  # not the unchanged one
        ids = {a.url: a.id for a in engine.articles()}
        stored = engine.store.analyses([ids[url_a], ids[url_c]], VERSION)
        assert "5,75" in json.dumps(stored[ids[url_a]]["numbers"])  # the revision's own analysis
        assert stored[ids[url_c]]["title_terms"]
