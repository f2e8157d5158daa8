"""The command line end to end, in-process: ingest, list, show, rejects, JSON output, GUGUS_DB."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from gugus.cli import app

from .test_ingest_sources import PAGE

runner = CliRunner()

ARTICLE = """Diperbarui 18 Jun 2025, 14:05 WIB

Kabar Nusa

Harga Cabai Rawit di Pasar Kramat Jati Tembus Rp 90.000 per Kilogram

Liputan6.com, Jakarta - Harga cabai rawit merah di Pasar Induk Kramat Jati, Jakarta Timur, menembus
Rp 90.000 per kilogram pada Rabu pagi, naik hampir dua kali lipat dibanding pekan lalu.

Pedagang menyebut pasokan dari sentra produksi di Jawa Tengah dan Jawa Timur berkurang karena hujan
deras yang merusak tanaman sejak awal Juni.

Baca Juga

Dinas Ketahanan Pangan DKI Jakarta berencana menggelar operasi pasar di 20 titik mulai Kamis.
"""


def test_ingest_list_show_and_rejects(tmp_path, monkeypatch):
    db = tmp_path / "cli.db"
    monkeypatch.setenv("GUGUS_DB", str(db))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cabai.txt").write_text(ARTICLE)
    (tmp_path / "in" / "garut.html").write_text(PAGE)
    (tmp_path / "in" / "kosong.txt").write_text("")

    result = runner.invoke(app, ["ingest", str(tmp_path / "in")])
    assert result.exit_code == 1, result.output  # something was rejected: the status says so
    assert "kosong.txt" in result.output and "2 added" in result.output

    result = runner.invoke(app, ["articles", "--json"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert len(rows) == 2
    required = {
        "id",
        "source_id",
        "title",
        "outlet",
        "published",
        "lang",
        "dateline",
        "wire",
        "author",
        "url",
        "text",
    }
    assert all(required <= set(r) for r in rows)
    cabai = next(r for r in rows if r["source_id"].endswith("cabai.txt"))
    assert cabai["title"].startswith("Harga Cabai Rawit di Pasar Kramat Jati")
    assert cabai["published"] == "2025-06-18T14:05:00+07:00"
    assert cabai["dateline"] == "Jakarta" and cabai["lang"] == "id"
    assert "Baca Juga" not in cabai["text"]

    assert json.loads(runner.invoke(app, ["articles", "--json", "--outlet", "Kabar Nusa"]).stdout)
    assert json.loads(runner.invoke(app, ["articles", "--json", "--since", "2025-06-19"]).stdout) == [
        r for r in rows if r["published"] >= "2025-06-19"
    ]

    result = runner.invoke(app, ["article", cabai["id"][:10], "--json"])
    assert json.loads(result.stdout)["id"] == cabai["id"]
    result = runner.invoke(app, ["article", cabai["id"]])
    assert "Pasar Induk Kramat Jati" in result.stdout and "dateline" in result.stdout

    result = runner.invoke(app, ["rejects", "--json"])
    assert [r["reason"] for r in json.loads(result.stdout)] == ["empty"]

    result = runner.invoke(app, ["ingest", str(tmp_path / "in" / "cabai.txt"), "--db", str(db)])
    assert result.exit_code == 0 and "0 added, 1 already stored" in result.output


def test_markup_in_titles_is_printed_as_text(tmp_path):
    db = str(tmp_path / "x.db")
    title = "[bold red]Warga[/] protes [link=file:///etc/passwd]tarif air[/link] naik"
    line = {
        "id": "x:1",
        "title": title,
        "outlet": "kabarnusa.id",
        "date": "2025-06-18",
        "lang": "id",
        "text": "Warga Kelurahan Cempaka Putih memprotes kenaikan tarif air bersih sebesar 12 persen "
        "yang berlaku mulai bulan depan, kata ketua RW setempat kepada wartawan, Rabu.",
    }
    (tmp_path / "x.jsonl").write_text(json.dumps(line))
    runner.invoke(app, ["ingest", str(tmp_path / "x.jsonl"), "--db", db])
    result = runner.invoke(app, ["articles", "--db", db], env={"COLUMNS": "200"})
    assert title in result.stdout
    article_id = json.loads(runner.invoke(app, ["articles", "--json", "--db", db]).stdout)[0]["id"]
    shown = runner.invoke(app, ["article", article_id, "--db", db])
    assert title in shown.stdout


def test_stats(tmp_path):
    db = str(tmp_path / "s.db")
    (tmp_path / "cabai.txt").write_text(ARTICLE)
    runner.invoke(app, ["ingest", str(tmp_path / "cabai.txt"), str(tmp_path / "missing.txt"), "--db", db])
    data = json.loads(runner.invoke(app, ["stats", "--json", "--db", db]).stdout)
    assert data["articles"] == 1 and data["languages"] == {"id": 1} and data["rejects"] == 1
    assert data["kinds"] == {"text": 1} and data["undated"] == 0
    assert "1 articles" in runner.invoke(app, ["stats", "--db", db]).stdout


def test_unknown_article_is_an_error(tmp_path):
    result = runner.invoke(app, ["article", "deadbeef00", "--db", str(tmp_path / "y.db")])
    assert result.exit_code == 1
