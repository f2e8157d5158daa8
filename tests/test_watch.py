"""`gugus watch` against a real HTTP server on loopback: two outlets' RSS feeds of teasers whose
articles are on their own pages, a feed that fails with 500, a page that is no feed, a slow feed.

The SSRF guard refuses loopback, so these tests pass allow_private=True, as `gugus ingest
--allow-private` does; one test checks that without it the same feed is refused.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gugus import Engine
from gugus.cli import app
from gugus.ingest.pipeline import IngestOptions
from gugus.ingest.watch import BadLine, FeedPoll, poll_round, read_feed_list, watch

ROOT = Path(__file__).resolve().parents[1]

# -- the site: invented articles in the style of Indonesian regional news ----------------------------

ARTICLES = {
    "kabar/garut": (
        "Kabar Nusa",
        "Banjir Bandang Terjang Cisurupan Garut, 12 Orang Tewas",
        "2025-06-18T09:15:00+07:00",
        [
            "Garut - Banjir bandang menerjang tiga desa di Kecamatan Cisurupan, Kabupaten Garut, Jawa Barat, "
            "Selasa (17/6/2025) malam. Badan Penanggulangan Bencana Daerah (BPBD) Garut mencatat 12 orang "
            "meninggal dunia dan lima lainnya masih dinyatakan hilang.",
            "Kepala Pelaksana BPBD Garut Rahmat Sudrajat mengatakan banjir dipicu hujan deras yang "
            "mengguyur kawasan hulu Sungai Cibeureum sejak sore. Sekitar pukul 21.30 WIB, air bercampur "
            "lumpur dan batang kayu turun dengan cepat ke permukiman warga di bantaran sungai.",
            '"Air datang sangat cepat, warga tidak sempat menyelamatkan barang. Sebagian besar korban '
            'ditemukan di Desa Margaluyu dan Desa Sirnajaya," kata Rahmat di Garut, Rabu (18/6/2025).',
            "Sebanyak 640 warga kini mengungsi di balai desa, masjid, dan gedung sekolah. BPBD bersama "
            "TNI, Polri, dan relawan mendirikan dapur umum di halaman kantor Kecamatan Cisurupan.",
        ],
    ),
    "kabar/raung": (
        "Kabar Nusa",
        "Gunung Raung Erupsi, Bandara Banyuwangi Ditutup Sementara",
        "2025-06-16T13:45:00+07:00",
        [
            "Banyuwangi - Gunung Raung di perbatasan Kabupaten Banyuwangi, Bondowoso, dan Jember, Jawa "
            "Timur, erupsi pada Senin (16/6/2025) pagi. Kolom abu teramati setinggi 1.500 meter di atas "
            "puncak dan condong ke arah timur.",
            "Petugas Pos Pengamatan Gunung Api Raung Mukijo Hartono mengatakan erupsi terekam di "
            'seismograf dengan amplitudo maksimum 32 milimeter. "Letusan terjadi pukul 06.48 WIB. Abu '
            'tebal bergerak ke arah timur dan tenggara," katanya.',
            "Akibat sebaran abu vulkanik, otoritas bandara menutup sementara Bandara Banyuwangi mulai "
            "pukul 10.00 WIB hingga Selasa pagi. Sebanyak 14 penerbangan dibatalkan, sebagian besar "
            "dengan rute Jakarta dan Surabaya.",
            "Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG) menaikkan status Gunung Raung dari "
            "Level II (Waspada) menjadi Level III (Siaga). Warga dilarang beraktivitas dalam radius lima "
            "kilometer dari kawah.",
        ],
    ),
    "kabar/palembang": (
        "Kabar Nusa",
        "Ratusan Kios Pasar Induk Talang Jaya Palembang Hangus Terbakar",
        "2025-06-20T09:05:00+07:00",
        [
            "Palembang - Ratusan kios di Pasar Induk Talang Jaya, Palembang, hangus terbakar pada Jumat "
            "(20/6/2025) dini hari. Kepolisian menyebut lebih dari 20 unit mobil pemadam kebakaran "
            "dikerahkan untuk menjinakkan api.",
            "Kapolsek Kemuning AKP Dodi Firmansyah mengatakan laporan kebakaran diterima dari penjaga "
            'malam pasar sekitar pukul 02.30 WIB. "Api berhasil dikendalikan menjelang subuh," kata Dodi.',
            "Menurut Dodi, sekitar 400 kios terbakar, sebagian besar kios pakaian dan kelontong. Tidak "
            "ada korban jiwa dalam kebakaran tersebut. Polisi telah memeriksa empat orang saksi.",
            "Wali Kota Palembang meninjau lokasi dan menjanjikan tempat berjualan sementara bagi pedagang "
            "yang kiosnya terbakar.",
        ],
    ),
    "priangan/garut": (
        "Suara Priangan",
        "BPBD Garut: Korban Banjir Bandang Cisurupan 12 Orang, 640 Warga Mengungsi",
        "2025-06-18T17:10:00+07:00",
        [
            "GARUT, suarapriangan.id - Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut hingga "
            "Rabu (18/6/2025) sore masih mencatat 12 orang meninggal dunia akibat banjir bandang yang "
            "menerjang Kecamatan Cisurupan, Selasa malam. Lima warga lainnya masih dicari.",
            "Kepala Pelaksana BPBD Garut Rahmat Sudrajat menyebut banjir bandang datang dari hulu Sungai "
            "Cibeureum setelah hujan deras sejak sore. Lumpur dan batang kayu menghantam rumah warga di "
            "Desa Margaluyu dan Desa Sirnajaya.",
            "Sebanyak 640 warga mengungsi di balai desa, masjid, dan sekolah. Dapur umum didirikan BPBD "
            "bersama TNI, Polri, dan relawan di halaman kantor Kecamatan Cisurupan.",
            '"Pencarian lima korban hilang kami lanjutkan besok pagi dengan anjing pelacak dan alat '
            'berat," ujar Rahmat kepada wartawan di posko pengungsian Margaluyu.',
        ],
    ),
    "priangan/tasik": (
        "Suara Priangan",
        "Harga Beras Medium di Tasikmalaya Naik Jadi Rp 14.500 per Kilogram",
        "2025-06-18T11:00:00+07:00",
        [
            "TASIKMALAYA, suarapriangan.id - Harga beras medium di Pasar Cikurubuk, Kota Tasikmalaya, naik "
            "menjadi Rp 14.500 per kilogram pada Rabu (18/6/2025), dari Rp 13.200 sepekan sebelumnya.",
            "Pedagang beras, Asep Saepudin (52), mengatakan pasokan dari penggilingan di Kabupaten "
            'Tasikmalaya dan Ciamis berkurang setelah panen raya usai. "Stok di gudang tinggal separuh," '
            "katanya.",
            "Dinas Koperasi, UMKM, Perindustrian dan Perdagangan Kota Tasikmalaya berencana menggelar "
            "operasi pasar beras SPHP di sepuluh kelurahan mulai pekan depan.",
            "Kepala Bulog Cabang Ciamis menyebut stok beras di gudang Bulog masih cukup untuk empat "
            "bulan ke depan dan siap digelontorkan jika harga terus naik.",
        ],
    ),
}


def page_html(outlet: str, title: str, published: str, paragraphs: list[str]) -> bytes:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{title} - {outlet}</title>
<meta property="og:site_name" content="{outlet}">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published}">
</head><body>
<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/nasional">Nasional</a></nav>
<article><h1>{title}</h1>
{body}
<p>Baca Juga: Cuaca Ekstrem Diprediksi Hingga Akhir Pekan</p>
</article>
<footer>Copyright 2025 {outlet}. All rights reserved.</footer>
</body></html>""".encode()


def feed_xml(base: str, outlet: str, slugs: list[str]) -> bytes:
    """RSS 2.0 whose items are teasers (a sentence): gugus completes each from its page."""
    items = []
    for slug in slugs:
        _, title, published, paragraphs = ARTICLES[slug]
        stamp = formatdate(time.mktime(time.strptime(published[:19], "%Y-%m-%dT%H:%M:%S")), localtime=False)
        teaser = paragraphs[0].split(". ")[0] + " ..."
        items.append(
            f"<item><title>{title}</title><link>{base}/{slug}</link><guid>{base}/{slug}</guid>"
            f"<pubDate>{stamp}</pubDate><description>{teaser}</description></item>"
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{outlet} - Berita Terkini</title><link>{base}/</link>{''.join(items)}</channel></rss>"
    ).encode()


def atom_xml(base: str, slugs: list[str]) -> bytes:
    """Atom whose entry links go through a redirector (as feed proxies do), with no validators."""
    entries = "".join(
        f"<entry><title>{ARTICLES[slug][1]}</title><link href='{base}/r/{slug}'/>"
        f"<id>tag:kabarnusa,{slug}</id>"
        f"<updated>{ARTICLES[slug][2]}</updated><summary>{ARTICLES[slug][3][0][:120]}</summary></entry>"
        for slug in slugs
    )
    return (
        f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<title>Kabar Nusa</title><id>tag:kabarnusa,feed</id><updated>2025-06-20T09:05:00+07:00</updated>"
        f"{entries}</feed>"
    ).encode()


class Site(ThreadingHTTPServer):
    """Two outlets' feeds (Kabar Nusa answers If-None-Match, Suara Priangan If-Modified-Since), their
    article pages, and feeds that fail; every request path counted."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server_port}"
        self.requests: Counter[str] = Counter()
        self.conditional: Counter[str] = Counter()  # requests that carried a validator
        self.feeds = {
            "/kabar/rss": ["kabar/garut", "kabar/raung"],
            "/priangan/rss": ["priangan/garut", "priangan/tasik"],
        }
        self.modified = formatdate(time.time() - 3600, usegmt=True)
        self.on_page: Callable[[str], None] | None = None  # called as an article page is served
        self.broken: Counter[str] = Counter()  # path -> requests still to fail with 502

    def url(self, path: str) -> str:
        return self.base + path


class Handler(BaseHTTPRequestHandler):
    server: Site

    def do_GET(self) -> None:  # noqa: N802
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._answer()

    def _answer(self) -> None:
        site = self.server
        self.path = self.path.split("?", 1)[0]  # tracking parameters change nothing here
        site.requests[self.path] += 1
        if self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"):
            site.conditional[self.path] += 1
        if self.path == "/rusak/rss":
            self.send_error(500)
            return
        if self.path == "/lambat/rss":
            threading.Event().wait(2)
        if self.path.startswith("/r/"):  # a feed proxy's link: redirects to the article
            self.send_response(301)
            self.send_header("Location", self.path[2:])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/atom":
            return self._send(atom_xml(site.base, site.feeds["/kabar/rss"]), "application/atom+xml")
        if self.path == "/bukan-feed":
            return self._send(page_html(*ARTICLES["kabar/raung"]), "text/html; charset=utf-8")
        if self.path in site.feeds:
            outlet = "Kabar Nusa" if self.path.startswith("/kabar") else "Suara Priangan"
            body = feed_xml(site.base, outlet, site.feeds[self.path])
            if self.path.startswith("/kabar"):
                etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
                if self.headers.get("If-None-Match") == etag:
                    return self._not_modified()
                return self._send(body, "application/rss+xml", ETag=etag)
            if self.headers.get("If-Modified-Since") == site.modified:
                return self._not_modified()
            return self._send(body, "application/rss+xml", **{"Last-Modified": site.modified})
        slug = self.path.lstrip("/")
        if site.broken[self.path] > 0:  # a page that fails this many times more
            site.broken[self.path] -= 1
            self.send_error(502)
            return
        if slug in ARTICLES and site.on_page:
            site.on_page(slug)
        if slug in ARTICLES:
            return self._send(page_html(*ARTICLES[slug]), "text/html; charset=utf-8")
        self.send_error(404)

    def _send(self, body: bytes, ctype: str, **headers: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _not_modified(self) -> None:
        self.send_response(304)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def site() -> Iterator[Site]:
    server = Site()
    worker = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    worker.start()
    yield server
    server.shutdown()
    server.server_close()
    worker.join(5)


def factory(db: Path, **options):
    """Engines as `gugus watch --allow-private --no-dense` opens them, one per poll round."""
    opts = IngestOptions(allow_private=True, timeout=options.pop("timeout", 5.0), **options)
    return lambda: Engine(str(db), options=opts, dense=False)


def feeds_file(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "FEEDS.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def by_url(polls: list[FeedPoll]) -> dict[str, FeedPoll]:
    return {p.url: p for p in polls}


PAGES = ["/kabar/garut", "/kabar/raung", "/priangan/garut", "/priangan/tasik"]


# -- the tests ---------------------------------------------------------------------------------------


def test_first_poll_ingests_every_entry_into_stories(tmp_path, site):
    feeds = feeds_file(tmp_path, "# two outlets", site.url("/kabar/rss"), "", site.url("/priangan/rss"))
    lines: list[str] = []
    polls = watch(factory(tmp_path / "w.db"), feeds, once=True, report=lambda p: lines.append(p.line()))
    assert [(p.status, p.added, p.skipped, p.rejected) for p in polls] == [("new", 2, 0, 0)] * 2
    assert all(site.requests[p] == 1 for p in PAGES)  # each teaser completed from its page, once
    assert lines[0].endswith(f"{site.url('/kabar/rss')}: 2 new, 0 skipped, 0 rejected")
    with Engine(str(tmp_path / "w.db"), dense=False) as engine:
        articles = {a.url: a for a in engine.articles()}
        assert len(articles) == 4 and not any(a.partial for a in articles.values())
        assert articles[site.url("/kabar/garut")].outlet == "Kabar Nusa"
        assert "640 warga" in articles[site.url("/priangan/garut")].text
        for a in articles.values():  # each raw input is the page the text came from, under its own hash
            raw = engine.store.raw(a.raw_sha256)
            assert raw.startswith(b"<!DOCTYPE html>") and hashlib.sha256(raw).hexdigest() == a.raw_sha256
        assert engine.store.unclustered() == []
        story = dict(engine.assignments())
        garut = {story[site.url("/kabar/garut")], story[site.url("/priangan/garut")]}
        assert len(garut) == 1  # two outlets, one flood: one story
        assert len(set(story.values())) == 3


def test_next_poll_fetches_only_the_new_entry_and_an_unchanged_feed_answers_304(tmp_path, site):
    db, feeds = tmp_path / "w.db", feeds_file(tmp_path, site.url("/kabar/rss"), site.url("/priangan/rss"))
    watch(factory(db), feeds, once=True)
    site.feeds["/kabar/rss"].insert(0, "kabar/palembang")  # Kabar Nusa publishes one more article

    polls = by_url(watch(factory(db), feeds, once=True))  # a new process: the state is in the store
    kabar, priangan = polls[site.url("/kabar/rss")], polls[site.url("/priangan/rss")]
    assert (kabar.status, kabar.added, kabar.skipped) == ("new", 1, 2)
    assert site.requests["/kabar/palembang"] == 1
    assert all(site.requests[p] == 1 for p in PAGES)  # the known entries' pages were not fetched again
    assert site.conditional["/kabar/rss"] == 1  # sent its ETag, got the changed feed
    assert (priangan.status, priangan.added) == ("unchanged", 0)
    assert site.conditional["/priangan/rss"] == 1 and priangan.line().endswith("unchanged (304)")

    polls = by_url(watch(factory(db), feeds, once=True))
    assert {p.status for p in polls.values()} == {"unchanged"}
    assert sum(site.requests.values()) == 2 + 4 + 2 + 1 + 2  # three rounds of two feeds, five pages
    with Engine(str(db), dense=False) as engine:
        assert engine.count() == 5 and engine.store.unclustered() == []
        assert engine.rejects() == []


def test_entries_already_stored_are_skipped_without_feed_state(tmp_path, site):
    """Articles ingested another way (`gugus ingest URL`) are known by their canonical URL."""
    db = tmp_path / "w.db"
    with Engine(str(db), options=IngestOptions(allow_private=True), dense=False) as engine:
        engine.ingest([site.url("/kabar/garut") + "?utm_source=rss#top"])
    polls = watch(factory(db), feeds_file(tmp_path, site.url("/kabar/rss")), once=True)
    assert (polls[0].added, polls[0].skipped) == (1, 1)
    assert site.requests["/kabar/garut"] == 1  # the `gugus ingest` fetch, not one more


def test_entries_whose_links_redirect_are_not_fetched_again(tmp_path, site):
    """An Atom feed without ETag or Last-Modified, whose links redirect: the articles are stored under
    the final URL, so it is the feed's own state that knows the links it listed."""
    db, feeds = tmp_path / "w.db", feeds_file(tmp_path, site.url("/atom"))
    assert watch(factory(db), feeds, once=True)[0].added == 2
    assert site.requests["/r/kabar/garut"] == 1 and site.requests["/kabar/garut"] == 1
    site.feeds["/kabar/rss"].append("kabar/palembang")
    poll = watch(factory(db), feeds, once=True)[0]
    assert (poll.added, poll.skipped) == (1, 2)
    assert site.requests["/r/kabar/garut"] == 1 and site.requests["/r/kabar/palembang"] == 1
    with Engine(str(db), dense=False) as engine:
        assert sorted(a.url for a in engine.articles())[0] == site.url("/kabar/garut")


def test_the_store_is_not_locked_while_pages_are_fetched(tmp_path, site):
    """Another writer (a `gugus serve` ingest) can commit while the watch waits on the network."""
    import sqlite3

    db = tmp_path / "w.db"
    with Engine(str(db), dense=False):
        pass  # the store exists, migrated
    wrote: list[str] = []

    def write(slug: str) -> None:
        with contextlib.closing(sqlite3.connect(db, timeout=0, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")  # "database is locked" at once if the watch held it
            other.execute("INSERT OR REPLACE INTO settings VALUES ('other-writer', ?)", (slug,))
            other.execute("COMMIT")
        wrote.append(slug)

    site.on_page = write
    polls = watch(factory(db), feeds_file(tmp_path, site.url("/kabar/rss")), once=True)
    assert polls[0].added == 2 and wrote == ["kabar/garut", "kabar/raung"]


def test_teasers_whose_page_failed_are_completed_by_a_later_poll(tmp_path, site):
    """A page that fails leaves its entry (and, the feed reader giving up on that site, the entries
    after it) a partial teaser; the next polls fetch those pages again, at most RETRIES times."""
    db, feeds = tmp_path / "w.db", feeds_file(tmp_path, site.url("/kabar/rss"))
    site.broken.update({"/kabar/garut": 1, "/kabar/raung": 100})
    first = watch(factory(db), feeds, once=True)[0]
    assert first.added == 2 and site.requests["/kabar/raung"] == 0
    second = watch(factory(db), feeds, once=True)[0]
    assert (second.status, second.added, second.revised, second.skipped) == ("new", 0, 1, 0)
    third = watch(factory(db), feeds, once=True)[0]
    assert (third.status, third.revised, third.skipped) == ("new", 0, 1)  # the garut page is done
    assert watch(factory(db), feeds, once=True)[0].status == "unchanged"  # raung: given up, as a teaser
    assert (site.requests["/kabar/garut"], site.requests["/kabar/raung"]) == (2, 2)
    with Engine(str(db), dense=False) as engine:
        articles = {a.url: a for a in engine.articles()}
        garut, raung = articles[site.url("/kabar/garut")], articles[site.url("/kabar/raung")]
        assert not garut.partial and "640 warga" in garut.text and garut.revision == 2
        assert raung.partial and raung.text.startswith("Banyuwangi - Gunung Raung")


def test_failing_feeds_are_rejects_and_the_good_feed_still_ingests(tmp_path, site):
    with socket_port() as closed:
        feeds = feeds_file(
            tmp_path,
            site.url("/rusak/rss"),
            site.url("/bukan-feed"),
            f"http://127.0.0.1:{closed}/rss",
            site.url("/lambat/rss"),
            site.url("/kabar/rss"),
        )
        polls = by_url(watch(factory(tmp_path / "w.db", timeout=0.5), feeds, once=True))
    reasons = {url: p.reject.reason for url, p in polls.items() if p.reject}
    assert reasons == {
        site.url("/rusak/rss"): "http-500",
        site.url("/bukan-feed"): "not-a-feed",
        f"http://127.0.0.1:{closed}/rss": "refused",
        site.url("/lambat/rss"): "timeout",
    }
    assert polls[site.url("/kabar/rss")].added == 2
    assert "rejected: http-500: The server answered 500" in polls[site.url("/rusak/rss")].line()
    with Engine(str(tmp_path / "w.db"), dense=False) as engine:
        assert engine.count() == 2 and engine.store.unclustered() == []
        assert {r.source: r.reason for r in engine.rejects()} == reasons


@contextlib.contextmanager
def socket_port() -> Iterator[int]:
    """A loopback port with nothing listening on it."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        yield s.getsockname()[1]


def test_the_ssrf_guard_refuses_a_loopback_feed_unless_allowed(tmp_path, site):
    guarded = lambda: Engine(str(tmp_path / "w.db"), dense=False)  # noqa: E731
    polls = poll_round(guarded, [site.url("/kabar/rss")])
    assert polls[0].reject.reason == "blocked-address" and sum(site.requests.values()) == 0
    polls = poll_round(factory(tmp_path / "w.db"), [site.url("/kabar/rss")])
    assert polls[0].added == 2
    with Engine(str(tmp_path / "w.db"), dense=False) as engine:
        assert engine.rejects() == []  # the feed answers now: its reject is gone


def test_bad_lines_are_reported_with_file_and_line_and_the_rest_polled(tmp_path, site):
    feeds = feeds_file(
        tmp_path,
        "# Kabar Nusa dan Suara Priangan",
        "www.kabarnusa.id/rss",
        site.url("/kabar/rss") + "  # teaser feed",
        "ftp://kabarnusa.id/rss.xml",
        site.url("/kabar/rss"),
        "http://kabarnusa.id/rss http://suarapriangan.id/rss",
    )
    urls, bad = read_feed_list(feeds)
    assert urls == [site.url("/kabar/rss")]
    assert [(b.line, b.reason) for b in bad] == [
        (2, "not an http(s) URL"),
        (4, "not an http(s) URL"),
        (6, "one URL per line, with no spaces"),
    ]
    assert str(bad[0]) == f"{feeds}:2: not an http(s) URL: 'www.kabarnusa.id/rss'"
    reported: list[BadLine] = []
    polls = watch(factory(tmp_path / "w.db"), feeds, once=True, on_bad_line=reported.append)
    assert reported == bad and [p.added for p in polls] == [2]


def test_feeds_file_is_read_again_between_rounds(tmp_path, site):
    """A feed added to FEEDS.txt while the watch runs is polled in the next round."""
    feeds = feeds_file(tmp_path, site.url("/kabar/rss"))
    stop = threading.Event()
    seen: list[FeedPoll] = []

    def report(poll: FeedPoll) -> None:
        seen.append(poll)
        if len(seen) == 1:
            feeds.write_text(feeds.read_text() + site.url("/priangan/rss") + "\n")
        if poll.url.endswith("/priangan/rss"):
            stop.set()

    watch(factory(tmp_path / "w.db"), feeds, interval=0.05, report=report, stop=stop)
    assert [(p.url.rsplit("/", 2)[1], p.status) for p in seen] == [
        ("kabar", "new"),
        ("kabar", "unchanged"),
        ("priangan", "new"),
    ]


def test_a_running_server_sees_what_the_watch_ingested(tmp_path, site):
    """`gugus serve` on the same store answers with the new stories at once: its cache is keyed by
    SQLite's data_version, which the watch's commits change."""
    import warnings

    from gugus.api import create_app

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
        from fastapi.testclient import TestClient

    db, feeds = tmp_path / "w.db", feeds_file(tmp_path, site.url("/kabar/rss"), site.url("/priangan/rss"))
    with TestClient(create_app(str(db), token="")) as client:
        assert client.get("/api/stories").json()["total"] == 0
        watch(factory(db), feeds, once=True)
        stories = client.get("/api/stories").json()
        assert stories["total"] == 3
        assert stories["stories"][0]["outlets"] == {"Kabar Nusa": 1, "Suara Priangan": 1}  # the flood
        site.feeds["/kabar/rss"].insert(0, "kabar/palembang")
        watch(factory(db), feeds, once=True)
        assert client.get("/api/stories").json()["total"] == 4


def test_cli_watch_once(tmp_path, site):
    feeds = feeds_file(tmp_path, site.url("/kabar/rss"), "kabarnusa.id/rss", site.url("/rusak/rss"))
    args = ["watch", str(feeds), "--once", "--allow-private", "--no-dense", "--db", str(tmp_path / "c.db")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output  # --once: a rejected feed or a bad line fails the run
    assert f"{site.url('/kabar/rss')}: 2 new, 0 skipped, 0 rejected" in result.stdout
    assert f"bad line {feeds}:2: not an http(s) URL" in result.stderr.replace("\n", "")
    assert "rejected: http-500" in result.stderr
    quiet = CliRunner().invoke(app, [*args[:-2], "--db", str(tmp_path / "q.db"), "--quiet"])
    assert "2 new" not in quiet.stdout and "http-500" in quiet.stderr


def test_sigterm_stops_the_watch_between_polls(tmp_path, site):
    feeds = feeds_file(tmp_path, site.url("/kabar/rss"))
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200"}
    cmd = [sys.executable, "-m", "gugus", "watch", str(feeds), "--interval", "60", "--allow-private",
           "--no-dense", "--db", str(tmp_path / "s.db")]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    guard = threading.Timer(60, proc.kill)  # a watch that never prints must not hang the suite
    guard.start()
    try:
        first = proc.stdout.readline()  # the first round's line: then it waits for the next round
        assert "2 new, 0 skipped" in first
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=20)
    finally:
        guard.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert code == 0, proc.stderr.read()
    assert "SIGTERM: stopping" in proc.stderr.read()
