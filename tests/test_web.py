"""The web UI in-process (FastAPI's TestClient) over a real store of the demo corpus: every page, its
filters and paging, the marks on a story page, the language switch, the ingest forms and their
token, error pages, and hostile article text kept inert. The browser tests (test_browser.py) drive
the same pages in Chromium."""

from __future__ import annotations

import re
import shutil
import warnings
from html import unescape

import pytest

from gugus.api import create_app
from gugus.web import coverage, graph, i18n
from gugus.web.render import marks

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
    from fastapi.testclient import TestClient

TOKEN = "web-token"
XSS_TITLE = '<script>alert("t")</script> Gempa Saumlaki <img src=x onerror=alert(2)>'
PASTED = """Warga Saumlaki Berhamburan Keluar Rumah Diguncang Gempa Magnitudo 5,9

Kamis, 19 Juni 2025 13:05 WIB

Kabar Maluku

Saumlaki - Gempa bumi magnitudo 5,9 yang mengguncang Kabupaten Kepulauan Tanimbar, Maluku, Kamis
(19/6) pagi membuat warga Saumlaki berhamburan keluar rumah. Badan Meteorologi, Klimatologi, dan
Geofisika (BMKG) menyatakan gempa tidak berpotensi tsunami.

Pusat gempa berada di laut, 98 kilometer barat daya Saumlaki, pada kedalaman 64 kilometer. Kepala
Stasiun Geofisika Ambon Yohanis Latuperissa menyebut gempa itu dipicu aktivitas subduksi Laut Banda.

"Getarannya keras sekali, lemari di rumah sampai bergeser," kata Maria Ratuanak, warga Kelurahan
Saumlaki, saat dihubungi Kamis siang. Ia mengaku memilih menunggu di halaman bersama anak-anaknya.

BPBD Kepulauan Tanimbar hingga siang ini belum menerima laporan kerusakan bangunan maupun korban
jiwa. BMKG mencatat tiga kali gempa susulan, yang terbesar bermagnitudo 4,2.
"""


@pytest.fixture(scope="module")
def web(demo_db):
    """Reads on the demo store (writes disabled)."""
    with TestClient(create_app(demo_db, token="", dense=False)) as c:
        yield c


@pytest.fixture(scope="module")
def web_writer(demo_db, tmp_path_factory):
    """A copy of the demo store whose server takes writes with TOKEN."""
    db = tmp_path_factory.mktemp("web-writes") / "demo.db"
    shutil.copy(demo_db, db)
    with TestClient(create_app(str(db), token=TOKEN, dense=False)) as c:
        yield c


@pytest.fixture(scope="module")
def seeds_web(seeds_db):
    """The demo corpus plus the seeds and their English twin, read only."""
    with TestClient(create_app(seeds_db, token="", dense=False)) as c:
        yield c


def stories(client) -> list[dict]:
    return client.get("/api/stories", params={"limit": 100}).json()["stories"]


def story_with(client, words: str) -> dict:
    return next(s for s in stories(client) if words in s["headline"])


def text_of(html: str) -> str:
    """The visible text of a page, roughly: tags dropped, entities decoded."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


# -- front page ---------------------------------------------------------------------------------


def test_front_page_lists_every_story_with_its_counts_and_outlets(web):
    page = web.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    listed = re.findall(r'<article class="story" data-story="([0-9a-f]+)"', page.text)
    assert listed == [s["id"] for s in stories(web)]  # the API's ranking, the same order
    tanimbar = story_with(web, "Tanimbar")
    item = page.text.split(f'data-story="{tanimbar["id"]}"')[1].split("</article>")[0]
    assert f"{tanimbar['size']} articles" in item and f"{tanimbar['n_outlets']} outlets" in item
    assert all(o in unescape(item) for o in tanimbar["outlets"])
    assert 'rel="alternate" type="application/json" href="/api/stories"' in page.text


def test_front_page_badges_copies_conflicts_and_stale(web):
    web.get("/")  # badges are found within a time budget, the rest in the background
    for _ in range(50):
        page = web.get("/").text
        if "checking…" not in page:
            break
        import time

        time.sleep(0.2)
    tanimbar = story_with(web, "Tanimbar")
    item = page.split(f'data-story="{tanimbar["id"]}"')[1].split("</article>")[0]
    assert re.search(r'class="badge copies">\d+ cop(y|ies)<', item), item
    tuna = story_with(web, "tuna")
    item = page.split(f'data-story="{tuna["id"]}"')[1].split("</article>")[0]
    assert re.search(r'class="badge conflicts">\d+ conflicts?<', item), item
    flag = story_with(web, "Ciremai")  # the 2021 ceremony and its 2025 republication, one story
    item = page.split(f'data-story="{flag["id"]}"')[1].split("</article>")[0]
    assert flag["size"] == 2 and 'class="badge stale">1 stale<' in item
    assert page.count('class="badge stale"') == 1


def test_front_page_filters_and_pages(web, monkeypatch):
    english = web.get("/", params={"lang": "en"}).text
    ids = re.findall(r'data-story="([0-9a-f]+)"', english)
    assert ids and all("en" in s["languages"] for s in stories(web) if s["id"] in ids)
    assert len(ids) == sum("en" in s["languages"] for s in stories(web))
    broad = re.findall(r'data-story="([0-9a-f]+)"', web.get("/", params={"min_outlets": 3}).text)
    assert broad and all(s["n_outlets"] >= 3 for s in stories(web) if s["id"] in broad)
    antara = re.findall(r'data-story="([0-9a-f]+)"', web.get("/", params={"outlet": "antara news"}).text)
    assert antara == [s["id"] for s in stories(web) if "ANTARA News" in s["outlets"]] and len(antara) > 1
    june_only = {"since": "2025-06-01", "until": "2025-06-30"}
    june = re.findall(r'data-story="', web.get("/", params=june_only).text)
    assert len(june) == len(stories(web)) - 1  # the 2021 flag ceremony (and its 2025 republication)
    assert web.get("/", params={"since": "2030-01-01"}).text.count("No stories match.") == 1
    assert web.get("/", params={"since": "yesterday"}).status_code == 422

    from gugus.web import pages

    monkeypatch.setattr(pages, "PER_PAGE", 5)
    first, last = web.get("/", params={"page": 1}).text, web.get("/", params={"page": 3}).text
    assert 'rel="next" href="/?page=2"' in first and 'rel="prev"' not in first
    assert 'rel="prev" href="/?page=2"' in last and 'rel="next"' not in last
    assert len(re.findall(r'data-story="', first)) == 5


# -- story page ---------------------------------------------------------------------------------


def test_story_page_puts_outlets_side_by_side_with_marked_sentences(web):
    tanimbar = story_with(web, "Tanimbar")
    page = web.get(f"/stories/{tanimbar['id']}").text
    columns = re.findall(r'<section class="column" data-outlet="([^"]+)">', page)
    assert sorted(unescape(c) for c in columns) == sorted(tanimbar["outlets"])
    kinds = set(re.findall(r'<span class="mark k-(\w+)" data-claim="', page))
    assert len(kinds) >= 2 and "unique" in kinds and kinds & {"shared", "partial"}
    # every mark carries its label as text, not colour alone
    for kind in kinds:
        assert f'<span class="mark k-{kind}" data-claim=' in page
        assert re.search(rf'class="mark k-{kind}"[^>]*><span class="label">{kind}</span>', page)
    assert '<svg role="img"' in page and "edge-copy" in page  # the provenance graph, drawn
    assert 'rel="alternate" type="application/json" href="/api/stories/' in page


def test_story_page_shows_conflicts_with_both_values_and_sources(web):
    tuna = story_with(web, "tuna")
    report = web.get(f"/api/stories/{tuna['id']}/comparison").json()
    assert report["conflicts"]
    page = web.get(f"/stories/{tuna['id']}").text
    section = text_of(page.split('id="conflicts"')[1].split("</section>")[0])
    for value in report["conflicts"][0]["values"]:
        assert value["value"] in section
        assert all(s["outlet"] in section for s in value["sources"])
    assert 'class="mark k-conflict"' in page
    glance = text_of(page.split('id="glance"')[1].split("</p>")[0])
    kinds = [c["kind"] for c in report["claims"]]
    assert f"{kinds.count('shared')} facts every outlet reports" in glance
    assert f"{kinds.count('partial')} facts some report" in glance
    assert f"{len(report['conflicts'])} conflict" in glance


def test_seeds_story_page_has_both_outlets_alias_and_stale_flags(seeds_web):
    seeds = [s for s in stories(seeds_web) if "Media Sumatera" in s["outlets"]]
    assert len(seeds) == 1
    story = seeds[0]
    assert "Semarak News" in story["outlets"] and story["size"] == 3
    page = seeds_web.get(f"/stories/{story['id']}").text
    columns = [unescape(c) for c in re.findall(r'<section class="column" data-outlet="([^"]+)">', page)]
    assert "Media Sumatera" in columns and "Semarak News" in columns
    visible = text_of(page)
    assert "stale republication" in visible  # 003, dated 2024, tells of August 2022
    assert "Dennis Pushlin" in visible and "Denis Pushilin" in visible
    assert re.search(r'<span class="flag alias">[^<]+</span>', page)  # the one-outlet misspelling


def test_single_outlet_story_is_not_marked(web):
    alone = next(s for s in stories(web) if s["n_outlets"] == 1)
    page = web.get(f"/stories/{alone['id']}").text
    assert 'class="mark k-' not in page.split('id="coverage"')[1]


# -- article page -------------------------------------------------------------------------------


def test_article_page_has_text_metadata_story_copies_and_a_safe_link(web):
    tanimbar = story_with(web, "Tanimbar")
    detail = web.get(f"/api/stories/{tanimbar['id']}").json()
    report = web.get(f"/api/stories/{tanimbar['id']}/comparison").json()
    original = next(p["source"] for p in report["provenance"] if p["kind"] == "copy")
    article = web.get(f"/api/articles/{original}").json()
    assert article["story_id"] == tanimbar["id"]
    page = web.get(f"/articles/{original}").text
    assert f'href="/stories/{tanimbar["id"]}#a-{original}"' in page
    assert article["text"].split("\n")[0][:60] in unescape(page)
    copies = page.split('id="copies"')[1]
    copied = {p["target"] for p in report["provenance"] if p["source"] == original}
    assert copied and all(f'href="/articles/{t}"' in copies for t in copied)
    if article["url"]:
        assert re.search(r'<a href="https?://[^"]+" rel="noopener noreferrer nofollow"', page)
    assert any(a["id"] == original for a in detail["articles"])


def test_unknown_pages_are_html_errors_and_the_api_stays_json(web):
    page = web.get("/stories/ffffffffffff")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "no story" in unescape(page.text) and "Traceback" not in page.text
    assert web.get("/articles/nope-nope").status_code == 404
    assert web.get("/no/such/page").status_code == 404
    api = web.get("/api/stories/ffffffffffff")
    assert api.status_code == 404 and api.json()["error"] == "not found"


# -- search -------------------------------------------------------------------------------------


def test_search_page_finds_articles_and_stories_with_marked_snippets(web):
    page = web.get("/search", params={"q": "gempa tanimbar"}).text
    results = re.findall(r'<li class="result"><a href="/articles/([0-9a-f]+)"', page)
    assert len(results) >= 3
    assert "<mark>" in page and 'href="/api/search?q=gempa+tanimbar' in page
    by_story = web.get("/search", params={"q": "gempa tanimbar", "kind": "stories"}).text
    tanimbar = story_with(web, "Tanimbar")
    first = re.search(r'<li class="result"><a href="/stories/([0-9a-f]+)"', by_story)
    assert first and first.group(1) == tanimbar["id"]
    assert "Nothing found." in web.get("/search", params={"q": "zzzqqqxxx"}).text
    hostile = web.get("/search", params={"q": '"<script>" NEAR( -'})
    assert hostile.status_code == 200 and "<script>" not in hostile.text.split("<main")[1]


def test_search_page_for_pushilin_finds_both_spellings(seeds_web):
    page = seeds_web.get("/search", params={"q": "Pushilin"}).text
    found = text_of(page)
    assert "Media Sumatera" in found and "Semarak News" in found


def test_marks_escape_everything_but_the_marks():
    assert str(marks("a «<b>» c")) == "a <mark>&lt;b&gt;</mark> c"
    assert str(marks("<script>«x»")) == "&lt;script&gt;<mark>x</mark>"


# -- language switch ----------------------------------------------------------------------------


def test_language_switch_sets_a_cookie_and_only_redirects_home(web):
    switched = web.get("/ui/id", params={"next": "/search?q=gempa"}, follow_redirects=False)
    assert switched.status_code == 303 and switched.headers["location"] == "/search?q=gempa"
    assert "gugus_ui=id" in switched.headers["set-cookie"]
    for evil in ("//evil.example", "https://evil.example", "/\\evil.example"):
        away = web.get("/ui/en", params={"next": evil}, follow_redirects=False)
        assert away.headers["location"] == "/"
    assert web.get("/ui/fr").status_code == 404


def test_interface_follows_the_choice_and_the_browser(demo_db):
    with TestClient(create_app(demo_db, token="", dense=False)) as c:
        english = c.get("/").text
        assert "<h1>Stories</h1>" in english and 'lang="en"' in english
        assert "<h1>Berita</h1>" in c.get("/", headers={"accept-language": "id-ID,id;q=0.9"}).text
        c.cookies.set(i18n.COOKIE, "id")
        indonesian = c.get("/").text
        assert "<h1>Berita</h1>" in indonesian and ">English</a>" in indonesian
        assert "Cari" in c.get("/search").text
        assert "<h1>Stories</h1>" in c.get("/", params={"ui": "en"}).text


def test_every_word_has_both_languages():
    for key, pair in i18n.WORDS.items():
        assert len(pair) == 2 and all(p.strip() for p in pair), key


# -- ingest -------------------------------------------------------------------------------------


def test_ingest_form_adds_a_pasted_article_to_its_story(web_writer):
    before = story_with(web_writer, "Tanimbar")
    form = web_writer.get("/ingest").text
    assert 'action="/ingest/text"' in form and 'name="token"' in form
    done = web_writer.post("/ingest/text", data={"text": PASTED, "token": TOKEN})
    assert done.status_code == 200
    assert re.search(r"<b>1</b> added", done.text)
    link = re.search(r'class="story-link" href="/stories/([0-9a-f]+)"', done.text)
    assert link and link.group(1) == before["id"]  # joins the quake's story, no restart
    page = web_writer.get(f"/stories/{before['id']}").text
    assert "Berhamburan Keluar Rumah Diguncang Gempa" in page
    front = web_writer.get("/").text.split(f'data-story="{before["id"]}"')[1].split("</article>")[0]
    assert f"{before['size'] + 1} articles" in front and "Kabar Maluku" in front


def test_ingest_form_refuses_without_the_right_token(web_writer, web):
    missing = web_writer.post("/ingest/text", data={"text": PASTED})
    assert missing.status_code == 401 and missing.headers["content-type"].startswith("text/html")
    wrong = web_writer.post("/ingest/text", data={"text": PASTED, "token": "guess"})
    assert wrong.status_code == 401 and "the token is wrong" in wrong.text
    disabled = web.post("/ingest/text", data={"text": PASTED, "token": "anything"})
    assert disabled.status_code == 403
    assert "started without a write token" in web.get("/ingest").text
    bad_url = web_writer.post("/ingest/url", data={"url": "javascript:alert(1)", "token": TOKEN})
    assert bad_url.status_code == 422
    local = web_writer.post("/ingest/url", data={"url": "http://127.0.0.1:9/feed", "token": TOKEN})
    assert local.status_code == 200 and re.search(r"<b>0</b> added", local.text)
    assert "1 rejected" in text_of(local.text)  # the SSRF guard's reject, reported on the page


def test_ingest_form_uploads_files_and_bounds_them(demo_db, tmp_path):
    db = tmp_path / "up.db"
    shutil.copy(demo_db, db)
    with TestClient(create_app(str(db), token=TOKEN, dense=False, max_file=4096, max_total=8192)) as c:
        ok = c.post("/ingest/files", data={"token": TOKEN},
                    files=[("files", ("gempa.txt", PASTED.encode(), "text/plain"))])  # fmt: skip
        assert ok.status_code == 200 and re.search(r"<b>1</b> added", ok.text)
        big = c.post("/ingest/files", data={"token": TOKEN},
                     files=[("files", ("big.txt", b"x" * 20000, "text/plain"))])  # fmt: skip
        assert big.status_code == 413 and big.headers["content-type"].startswith("text/html")


def test_hostile_article_text_stays_inert_on_every_page(demo_db, tmp_path):
    db = tmp_path / "xss.db"
    shutil.copy(demo_db, db)
    body = PASTED.replace(PASTED.split("\n")[0], XSS_TITLE)
    with TestClient(create_app(str(db), token=TOKEN, dense=False)) as c:
        added = c.post(
            "/api/ingest/text",
            json={
                "text": body + '\n<a href="javascript:alert(3)">klik</a>',
                "url": "https://kabarmaluku.example/x",
            },
            headers={"Authorization": f"Bearer {TOKEN}"},
        ).json()
        aid = added["article_ids"][0]
        sid = c.get(f"/api/articles/{aid}").json()["story_id"]
        pages = [c.get("/"), c.get(f"/stories/{sid}"), c.get(f"/articles/{aid}"), c.get("/search?q=saumlaki")]
        for page in pages:
            assert page.status_code == 200
            assert "<script>alert" not in page.text and "<img src=x" not in page.text
            assert 'href="javascript:' not in page.text
            assert "script-src 'self'" in page.headers["content-security-policy"]
            assert page.headers["x-frame-options"] == "DENY"
        assert "&lt;script&gt;" in pages[2].text


# -- the view models ----------------------------------------------------------------------------


def test_segments_cover_the_whole_text_in_order(web):
    tanimbar = story_with(web, "Tanimbar")
    report = web.get(f"/api/stories/{tanimbar['id']}/comparison").json()
    from gugus import Engine

    with Engine(web.app.state.gugus.db, dense=False) as engine:
        articles = engine.story(tanimbar["id"])["articles"]
    texts = {a.id: a.text for a in articles}
    for column in coverage.columns(report, articles):
        for a in column.articles:
            assert "".join(s.text for s in a["segments"]) == texts[a["id"]]
    drawn = graph.layout(report)
    assert drawn and all(0 <= n.x < drawn["width"] and 0 <= n.y < drawn["height"] for n in drawn["nodes"])
    assert coverage.badges(report)["copies"] >= 1


def test_graph_draws_nothing_without_links_or_credits():
    assert graph.layout({"provenance": [], "articles": [{"id": "a", "wire": [], "published": None,
                                                         "outlet": "x", "title": "t"}]}) is None  # fmt: skip


def test_seed_article_pages_name_their_story(seeds_web):
    found = seeds_web.get("/search", params={"q": "Matsegora"}).text
    ids = re.findall(r'href="/articles/([0-9a-f]+)"', found)
    assert ids
    for aid in ids:
        page = seeds_web.get(f"/articles/{aid}")
        assert page.status_code == 200 and "In the story" in page.text


def test_front_page_rises_and_filters_by_topic(web):
    page = web.get("/").text
    assert '<section class="rising" id="rising">' in page
    from gugus import Engine

    with Engine(web.app.state.gugus.db, dense=False) as engine:
        rising = engine.trending(hours=2, limit=5)["stories"]
    shown = re.findall(
        r'<li><a href="/stories/([0-9a-f]+)"', page.split('id="rising"')[1].split("</section>")[0]
    )
    assert shown == [r["id"] for r in rising] and shown
    topics = {t for s in stories(web) for t in s.get("topics", [])}
    assert "disaster" in topics  # quake, flood, eruption, fire, typhoon
    disaster = re.findall(r'data-story="([0-9a-f]+)"', web.get("/", params={"topic": "disaster"}).text)
    assert disaster == [s["id"] for s in stories(web) if "disaster" in s.get("topics", [])]
    import feedparser

    feed = feedparser.parse(web.get("/feeds/stories.atom", params={"topic": "disaster"}).content)
    assert not feed.bozo and len(feed.entries) == len(disaster)
