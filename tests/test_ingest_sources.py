"""Every source kind through the whole ingest, and every kind of bad input: each reported, none fatal."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from gugus import Engine
from gugus.ingest.pipeline import IngestOptions

PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Banjir Bandang Terjang Garut, 12 Orang Tewas - Kabar Nusa</title>
<meta property="og:site_name" content="Kabar Nusa">
<meta property="article:published_time" content="2025-06-19T14:05:00+07:00">
<meta name="author" content="Rina Wulandari"></head><body>
<nav><a href="/">Beranda</a> <a href="/news">News</a></nav>
<article><h1>Banjir Bandang Terjang Garut, 12 Orang Tewas</h1>
<p>Garut - Banjir bandang menerjang tiga kecamatan di Kabupaten Garut, Jawa Barat, Kamis (19/6/2025) dini
hari. Sedikitnya 12 orang dilaporkan tewas dan puluhan rumah rusak berat.</p>
<p>Kepala Pelaksana BPBD Garut, Dadang Suherman, mengatakan tim gabungan masih mencari empat warga yang
hilang di sepanjang aliran Sungai Cimanuk.</p>
<p>Baca Juga: Gempa M 5,1 Guncang Sukabumi, Warga Berhamburan</p>
<p>"Kami mengerahkan 300 personel dan dua perahu karet. Pencarian dilanjutkan sampai sore," ujarnya.</p>
</article><footer>Copyright © 2025 Kabar Nusa</footer></body></html>"""


def warc_bytes(pages: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, html in pages:
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode()), http_headers=headers
            )
        )
    return buf.getvalue()


def test_html_page(engine, tmp_path):
    (tmp_path / "garut.html").write_text(PAGE)
    report = engine.ingest([str(tmp_path / "garut.html")])
    assert report.added == 1 and report.ok
    a = engine.articles()[0]
    assert a.title == "Banjir Bandang Terjang Garut, 12 Orang Tewas"
    assert a.outlet == "Kabar Nusa" and a.author == "Rina Wulandari" and a.lang == "id"
    assert a.published == "2025-06-19T14:05:00+07:00"
    assert "Baca Juga" not in a.text and "Copyright" not in a.text and "Beranda" not in a.text
    assert "300 personel" in a.text and a.kind == "html"


def test_warc_with_a_truncated_tail_keeps_the_records_before_it(engine, tmp_path):
    second = PAGE.replace("Garut", "Sumedang").replace("12 Orang", "5 Orang")
    data = warc_bytes([("https://kabarnusa.id/garut", PAGE), ("https://kabarnusa.id/sumedang", second)])
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) - 200])
    report = engine.ingest([str(tmp_path / "crawl.warc.gz")])
    assert report.added == 2 and report.ok
    assert {a.url for a in engine.articles()} == {
        "https://kabarnusa.id/garut",
        "https://kabarnusa.id/sumedang",
    }
    report = engine.ingest([str(tmp_path / "cut.warc.gz")])
    assert report.duplicates == 1 and report.rejected == 1
    assert report.rejects[0].reason == "truncated-warc" and "cut.warc.gz" in report.rejects[0].source


def test_jsonl_broken_lines_are_rejected_by_line_and_the_rest_ingested(engine, tmp_path):
    good = {
        "id": "kn:1",
        "lang": "id",
        "date": "2025-06-18T09:00",
        "outlet": "kabarnusa.id",
        "title": "Harga beras naik di Pasar Induk Cipinang",
        "url": "https://kabarnusa.id/beras",
        "author": "Sari",
        "text": "Harga beras medium di Pasar Induk Beras Cipinang naik Rp 500 per "
        "kilogram dalam sepekan terakhir.\nPedagang menyebut pasokan dari Jawa Tengah berkurang.",
    }
    lines = [
        json.dumps(good),
        '{"id": "kn:2", "text": "terpotong',
        "[1, 2, 3]",
        json.dumps({"id": "kn:3", "title": ""}),
        "",
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines))
    report = engine.ingest([str(path)])
    assert report.added == 1 and report.rejected == 3
    assert sorted(r.source.rsplit("#", 1)[1] for r in report.rejects) == ["line=2", "line=3", "line=4"]
    assert {r.reason for r in report.rejects} == {"bad-json", "no-text"}
    a = engine.articles()[0]
    assert (a.source_id, a.outlet, a.published, a.author) == (
        "kn:1",
        "kabarnusa.id",
        "2025-06-18T09:00",
        "Sari",
    )


def test_bad_inputs_in_a_folder_are_each_rejected_with_a_reason(engine, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 40)
    with open(folder / "huge.txt", "wb") as fh:  # 300 MB, sparse: refused by its size, never read
        fh.truncate(300 * 2**20)
    (folder / "index.html").write_text(
        "<html><body><nav><a href='/a'>Politik</a> <a href='/b'>Olahraga</a></nav></body></html>"
    )
    (folder / "feed.xml").write_text("<html><h1>502 Bad Gateway</h1></html")
    (folder / "broken.rss").write_text("this is not XML at all {}")
    text = (
        "Jakarta - Pemerintah Provinsi DKI Jakarta menaikkan tarif air bersih mulai Juli, "
        "kata Kepala Dinas Sumber Daya Air, Selasa. Kenaikan rata-rata 12 persen per meter kubik "
        "itu disebut perlu untuk menutup biaya pemeliharaan jaringan pipa — “kami sudah kaji”."
    )
    (folder / "cp1252.txt").write_bytes(text.encode("cp1252"))
    report = engine.ingest([str(folder)])
    reasons = {r.source.rsplit("/", 1)[-1]: r.reason for r in report.rejects}
    assert reasons == {
        "empty.txt": "empty",
        "photo.jpg": "binary",
        "huge.txt": "too-large",
        "index.html": "no-article",
        "feed.xml": "no-article",
        "broken.rss": "not-a-feed",
    }
    assert report.added == 1
    a = engine.articles()[0]
    assert "“kami sudah kaji”" in a.text and "—" in a.text
    stored = {r.source.rsplit("/", 1)[-1] for r in engine.rejects()}
    assert stored == set(reasons)


def test_missing_paths_and_empty_globs_are_rejects(engine, tmp_path):
    report = engine.ingest([str(tmp_path / "nope.txt"), str(tmp_path / "*.jsonl")])
    assert [r.reason for r in report.rejects] == ["missing", "missing"]


def test_running_again_adds_nothing(engine, tmp_path):
    (tmp_path / "garut.html").write_text(PAGE)
    engine.ingest([str(tmp_path)])
    again = engine.ingest([str(tmp_path)])
    assert (again.added, again.duplicates) == (0, 1)
    assert engine.count() == 1


class _Site(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # a client that gave up
            self._answer()

    def _answer(self):
        if self.path == "/slow":
            threading.Event().wait(3)
        body = {"/berita": PAGE.encode(), "/feed": FEED.encode()}.get(self.path)
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        ctype = "application/rss+xml" if self.path == "/feed" else "text/html; charset=utf-8"
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Encoding", "gzip")
        data = gzip.compress(body)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


FEED = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Kabar Nusa</title>
<item><title>Banjir Bandang Terjang Garut</title><link>http://127.0.0.1:{port}/berita</link>
<description>Banjir bandang menerjang tiga kecamatan di Garut.</description>
<pubDate>Thu, 19 Jun 2025 07:05:00 GMT</pubDate></item>
<item><title>Longsor di Cianjur</title><link>http://127.0.0.1:{port}/hilang</link>
<description>Longsor menutup jalan provinsi di Cianjur selatan.</description></item></channel></rss>"""


@pytest.fixture
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    global FEED
    template = FEED
    FEED = template.replace("{port}", str(server.server_port))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    FEED = template


def test_url_ingest_is_guarded_and_allowed_on_request(tmp_path, site):
    with Engine(str(tmp_path / "g.db"), dense=False) as guarded:
        report = guarded.ingest([f"{site}/berita"])
        assert report.rejects[0].reason == "blocked-address"
    options = IngestOptions(allow_private=True, timeout=1.0)
    with Engine(str(tmp_path / "g.db"), options=options, dense=False) as engine:
        report = engine.ingest([f"{site}/berita", f"{site}/slow", f"{site}/missing"])
        assert report.added == 1
        assert sorted(r.reason for r in report.rejects) == ["http-404", "timeout"]
        a = engine.articles()[0]
        assert a.kind == "url" and a.url == f"{site}/berita" and a.outlet == "Kabar Nusa"
        assert engine.store.raw(a.raw_sha256).startswith(b"<!DOCTYPE html>")
        assert {r.reason for r in engine.rejects()} == {"http-404", "timeout"}  # blocked one cleared


def test_refused_connection_is_a_reject(engine):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    engine.options = IngestOptions(allow_private=True, timeout=2.0)
    report = engine.ingest([f"http://127.0.0.1:{port}/berita"])
    assert report.rejects[0].reason == "refused"


def test_feed_teasers_are_completed_from_their_page_or_kept_partial(tmp_path, site):
    with Engine(
        str(tmp_path / "f.db"), options=IngestOptions(allow_private=True, timeout=2.0), dense=False
    ) as engine:
        report = engine.ingest([f"{site}/feed"])
        assert report.added == 2
        by_title = {a.title: a for a in engine.articles()}
        full = by_title["Banjir Bandang Terjang Garut"]
        assert not full.partial and "300 personel" in full.text and full.kind == "feed"
        assert full.published.startswith("2025-06-19T07:05")
        teaser = by_title["Longsor di Cianjur"]
        assert teaser.partial and teaser.text.startswith("Longsor menutup jalan")
