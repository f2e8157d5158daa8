"""A hostile corpus, ingested as one folder beside a good article: scripts, iframes and event handlers,
`javascript:` and `data:` URLs, a zip bomb, a huge single line, invalid UTF-8, right-to-left overrides,
a feed with entity expansion (billion laughs) and one with an external entity, a WARC whose record lies
about its length, JSON Lines with hostile URLs. Each is a reject with a clear reason or cleaned text;
the good article is not lost; and every page of the web UI shows what was stored inert."""

from __future__ import annotations

import gzip
import json
import re
import shutil
import warnings
import zipfile

import pytest

from gugus import Engine
from gugus.api import create_app

from .conftest import FIXTURES

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
    from fastapi.testclient import TestClient

HOSTILE = FIXTURES / "hostile"
GOOD = FIXTURES / "text" / "antara_style.txt"
RLO = "\u202e"
BODY = (
    "Jakarta - Pemerintah Provinsi DKI Jakarta memperpanjang masa berlaku kartu lansia hingga akhir tahun. "
    "Kepala Dinas Sosial mengatakan perpanjangan itu berlaku bagi seluruh penerima yang terdaftar, Rabu."
)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The corpus in one folder (files that are easier made than kept are made here), ingested."""
    folder = tmp_path_factory.mktemp("hostile")
    shutil.copy(HOSTILE / "script-page.html", folder / "script-page.html")
    shutil.copy(FIXTURES / "feeds" / "billion_laughs.xml", folder / "billion-laughs.xml")
    shutil.copy(FIXTURES / "feeds" / "external_entity.xml", folder / "external-entity.xml")
    shutil.copy(GOOD, folder / "good.txt")
    # a right-to-left override in the title ("…gpj.exe" shown as "…exe.jpg") and in the text
    rtl = f"Lansia Dapat Bansos {RLO}gpj.exe\n\nRabu, 18 Juni 2025\n\n{BODY} {RLO}x"
    (folder / "rtl.txt").write_text(rtl, encoding="utf-8")
    # invalid UTF-8 bytes inside otherwise Indonesian text
    (folder / "bad-utf8.txt").write_bytes(
        b"Harga Cabai Naik\n\n" + BODY.encode() + b" \xff\xfe\xc3\x28 \xed\xa0\x80"
    )
    # one 24 MiB line: over the per-document limit, refused before it is read
    with open(folder / "huge-line.txt", "w", encoding="ascii") as fh:
        fh.write("a" * (24 * 2**20))
    # a zip bomb: 200 MiB of zeros in a 200 KiB archive; archives are never unpacked
    with zipfile.ZipFile(folder / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as z, z.open("bomb", "w") as member:
        for _ in range(200):
            member.write(b"\0" * 2**20)
    # a gzip bomb disguised as a WARC: records are read through a bounded stream
    with gzip.open(folder / "bomb.warc.gz", "wb") as gz:
        gz.write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999999\r\n\r\n")
        for _ in range(64):
            gz.write(b"\0" * 2**20)
    # a WARC whose only record claims 50,000 bytes and holds 300
    page = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>"
        + BODY.encode()
        + b"</p></body></html>"
    )
    (folder / "lying.warc").write_bytes(
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://kabar.example/a\r\n"
        b"WARC-Date: 2025-06-18T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        b"Content-Type: application/http; msgtype=response\r\nContent-Length: 50000\r\n\r\n" + page
    )  # fmt: skip
    # JSON Lines whose URLs are javascript: and data:, and a line that is not JSON
    lines = [
        {
            "id": "h1",
            "title": "Warga Tolak Tambang",
            "text": BODY,
            "url": "javascript:alert(document.cookie)",
        },
        {
            "id": "h2",
            "title": "Petani Panen Raya",
            "text": BODY + " Panen.",
            "url": "data:text/html,<script>",
        },
    ]
    (folder / "urls.jsonl").write_text(
        "\n".join(json.dumps(x) for x in lines) + "\n{not json\n", encoding="utf-8"
    )
    db = str(tmp_path_factory.mktemp("hostile-db") / "h.db")
    with Engine(db, dense=False) as engine:
        report = engine.ingest([str(folder)])
        articles = {a.source_id.rsplit("/", 1)[-1]: a for a in engine.articles()}
    rejects = {r.source.rsplit("/", 1)[-1]: r for r in report.rejects}
    return db, report, articles, rejects


def test_each_hostile_input_gets_a_reason_or_clean_text(hostile):
    _, report, articles, rejects = hostile
    reasons = {name: r.reason for name, r in rejects.items()}
    assert reasons["billion-laughs.xml"] == "unsafe-xml" and reasons["external-entity.xml"] == "unsafe-xml"
    assert reasons["huge-line.txt"] == "too-large" and reasons["bomb.zip"] == "unsupported"
    assert "error" not in reasons.values()  # no reader fell over: every reason is a reader's own
    assert all(r.detail for r in rejects.values())
    assert any(name.startswith("urls.jsonl#line=3") for name in rejects)  # the line that is not JSON
    bombs = [r for name, r in rejects.items() if name.startswith("bomb.warc.gz")]
    assert bombs and all(r.reason != "error" for r in bombs)
    assert "good.txt" in articles  # the good article beside them is not lost


def test_script_page_is_cleaned_to_its_article(hostile):
    _, _, articles, _ = hostile
    page = articles["script-page.html"]
    assert page.title.startswith("Banjir Rob Rendam Pesisir Semarang")  # og:title's "<img …>": text
    assert "Suwarni" in page.text and "Tambak Lorok" in page.text
    for payload in (
        "alert(",
        "document.cookie",
        "evil.example",
        "onerror",
        "Teks sisipan skrip",
        "javascript:",
    ):
        assert payload not in page.text, payload


def test_invisible_and_control_characters_are_removed(hostile):
    _, _, articles, _ = hostile
    rtl = articles["rtl.txt"]
    assert RLO not in rtl.title and RLO not in rtl.text and rtl.title == "Lansia Dapat Bansos gpj.exe"
    bad = articles["bad-utf8.txt"]
    assert "Pemerintah Provinsi DKI Jakarta" in bad.text
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]", bad.text)


def test_hostile_urls_are_never_links(hostile):
    db, _, articles, _ = hostile
    with TestClient(create_app(db, token="", dense=False)) as c:
        for source_id in ("h1", "h2"):
            article = articles[source_id]
            assert article.url is None and any("not http(s)" in n for n in article.notes)
            page = c.get(f"/articles/{article.id}").text
            assert 'href="javascript:' not in page and 'href="data:' not in page
            assert "Open the original" not in page  # no link to a URL that is not http(s)


def test_the_ui_shows_the_hostile_corpus_inert(hostile):
    db, _, articles, _ = hostile
    with TestClient(create_app(db, token="", dense=False)) as c:
        pages = [c.get("/"), c.get("/search?q=banjir"), c.get("/search?q=lansia&kind=stories")]
        for a in articles.values():
            pages.append(c.get(f"/articles/{a.id}"))
            sid = c.get(f"/api/articles/{a.id}").json()["story_id"]
            pages.append(c.get(f"/stories/{sid}"))
        for page in pages:
            assert page.status_code == 200
            main = page.text.split("<main", 1)[1]
            tags = re.findall(r"<(script|iframe|img|object|embed)\b|<[a-z]+[^>]*\son[a-z]+=", main)
            assert tags == [], (page.url, tags)
            assert RLO not in page.text
