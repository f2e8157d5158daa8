"""The web UI end to end in a real browser: `gugus serve` in its own process on loopback, driven by
Playwright in Debian's headless Chromium (`make test` installs it). Load the front page, open a story,
see the outlets side by side with the alias and stale flags, search, paste an article and see it in
its story, switch the interface to Indonesian; no page logs an error (a style or script refused by
the Content-Security-Policy would). With GUGUS_SCREENSHOTS=1 the README's screenshots are written to
docs/screenshots/ from the demo corpus (`make screenshots`)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from .conftest import ROOT
from .test_web import PASTED

CHROMIUM = Path(os.environ.get("GUGUS_CHROMIUM", "/usr/bin/chromium"))
TOKEN = "browser-token"
SHOTS = ROOT / "docs" / "screenshots"
ARGS = [  # a closed network: no background connections, no first-run, no sandbox as root
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip


def _need_browser() -> None:
    why = None
    if not CHROMIUM.exists():
        why = f"{CHROMIUM} is missing: `make test` installs Debian's chromium"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            why = "the playwright package is missing: `make test` installs it"
    if why and os.environ.get("CI"):
        pytest.fail(why)  # CI must run the browser tests, never skip them
    if why:
        pytest.skip(why)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db: str, token: str = "") -> Iterator[str]:
    """`gugus serve` over `db` in a child process; the base URL once /api/health answers."""
    port = _free_port()
    env = {**os.environ, "GUGUS_TOKEN": token}
    cmd = [sys.executable, "-m", "gugus", "serve", "--db", db, "--port", str(port), "--no-dense"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/api/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    why = (
                        proc.stderr.read().decode()[-2000:]
                        if proc.poll() is not None
                        else "no answer in 60 s"
                    )
                    raise RuntimeError(f"gugus serve did not start: {why}") from None
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def api(base: str, path: str) -> dict:
    with urllib.request.urlopen(base + path, timeout=30) as r:
        return json.loads(r.read())


@pytest.fixture(scope="module")
def browser():
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page whose console errors and failed requests are collected (and must stay empty)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    tab = context.new_page()
    tab.errors = []
    tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    yield tab
    errors = tab.errors
    context.close()
    assert errors == [], errors


@pytest.fixture(scope="module")
def demo_server(demo_db, tmp_path_factory):
    """The demo corpus, served with writes allowed (on a copy: the pasted article stays here)."""
    db = tmp_path_factory.mktemp("browser-demo") / "demo.db"
    shutil.copy(demo_db, db)
    with serving(str(db), TOKEN) as base:
        yield base


@pytest.fixture(scope="module")
def seeds_server(seeds_db):
    """The demo corpus with the two seeds and their English twin, read only."""
    with serving(seeds_db) as base:
        yield base


def settle_badges(page, url: str) -> None:
    """Load `url` until the front page's badges are all known (they are found in the background)."""
    for _ in range(40):
        page.goto(url)
        if page.locator(".badge.pending").count() == 0:
            return
        time.sleep(0.25)
    raise AssertionError("badges still pending after 10 s")


def shot(page, name: str, tmp_path: Path) -> Path:
    """A screenshot, to docs/screenshots/ when GUGUS_SCREENSHOTS=1 (the README's), else to tmp."""
    folder = SHOTS if os.environ.get("GUGUS_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path))
    assert path.stat().st_size > 10_000  # a rendered page, not a blank one
    return path


def test_front_page_opens_a_story_with_outlets_side_by_side(page, demo_server, tmp_path):
    settle_badges(page, demo_server + "/")
    assert page.locator("h1").inner_text() == "Stories"
    stories = api(demo_server, "/api/stories?limit=100")["stories"]
    assert page.locator("article.story").count() == len(stories)
    tuna = next(s for s in stories if "tuna" in s["headline"])
    item = page.locator(f'article.story[data-story="{tuna["id"]}"]')
    assert "conflict" in item.locator(".badges").inner_text()
    shot(page, "front", tmp_path)

    item.locator("h2 a").click()
    page.wait_for_url(f"**/stories/{tuna['id']}")
    assert page.locator("h1").inner_text() == tuna["headline"]
    columns = page.locator("section.column")
    assert columns.count() == tuna["n_outlets"]
    boxes = [columns.nth(i).bounding_box() for i in range(columns.count())]
    assert boxes[1]["x"] > boxes[0]["x"] and abs(boxes[1]["y"] - boxes[0]["y"]) < 2  # side by side
    conflict = page.locator("#coverage .mark.k-conflict").first
    assert conflict.locator(".label").inner_text().lower() == "conflict"  # a label, not colour alone
    assert page.locator("#provenance svg .edge").count() >= 1
    # hovering a fact outlines the same fact in the other columns (gugus.js)
    shared = page.locator(".columns .mark.k-partial[data-claim], .columns .mark.k-shared[data-claim]").first
    claim = shared.get_attribute("data-claim")
    shared.hover()
    assert page.locator(f'.mark.linked[data-claim="{claim}"]').count() >= 2
    page.mouse.move(0, 0)
    page.evaluate("window.scrollTo(0, 0)")
    shot(page, "story", tmp_path)


def test_seeds_story_shows_both_outlets_alias_and_stale_flags(page, seeds_server):
    stories = api(seeds_server, "/api/stories?limit=100")["stories"]
    seeds = next(s for s in stories if "Media Sumatera" in s["outlets"])
    page.goto(seeds_server + "/")
    page.locator(f'article.story[data-story="{seeds["id"]}"] h2 a').click()
    page.wait_for_url(f"**/stories/{seeds['id']}")
    outlets = page.locator("section.column h3").all_inner_texts()
    assert "Media Sumatera" in outlets and "Semarak News" in outlets
    stale = page.locator('section.column[data-outlet="Semarak News"] .flag-stale')
    assert stale.is_visible() and "stale republication" in stale.inner_text()
    entities = page.locator("#entities").inner_text()
    assert "Denis Pushilin" in entities and "Dennis Pushlin" in entities
    assert page.locator("#entities .flag.alias").count() >= 1


def test_search_for_pushilin_from_the_header(page, seeds_server):
    page.goto(seeds_server + "/")
    page.locator("header form.quick input[name=q]").fill("Pushilin")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=Pushilin")
    results = page.locator("li.result")
    assert results.count() >= 2
    text = page.locator("ol.results").inner_text()
    assert "Media Sumatera" in text and "Semarak News" in text
    assert page.locator("li.result mark").count() >= 2  # the matched words, marked


def test_paste_an_article_and_see_it_in_its_story(page, demo_server):
    stories = api(demo_server, "/api/stories?limit=100")["stories"]
    quake = next(s for s in stories if "Tanimbar" in s["headline"])
    page.goto(demo_server + "/ingest")
    form = page.locator('form[action="/ingest/text"]')
    form.locator("textarea[name=text]").fill(PASTED)
    form.locator("input[name=token]").fill(TOKEN)
    form.locator("button[type=submit]").click()
    page.wait_for_selector("#report")
    assert "1 added" in page.locator("#report").inner_text()
    page.locator("#report a.story-link").first.click()
    page.wait_for_url(f"**/stories/{quake['id']}")
    assert page.locator("section.column h4", has_text="Berhamburan Keluar Rumah Diguncang Gempa").count() == 1


def test_wrong_token_is_refused_on_a_page(page, demo_server):
    page.goto(demo_server + "/ingest")
    form = page.locator('form[action="/ingest/url"]')
    form.locator("input[name=url]").fill("https://example.com/feed.xml")
    form.locator("input[name=token]").fill("not-the-token")
    with page.expect_response("**/ingest/url") as response:
        form.locator("button[type=submit]").click()
    assert response.value.status == 401
    assert "the token is wrong" in page.locator(".error-detail").inner_text()
    page.errors.clear()  # the 401 itself is logged by the browser as a failed resource


def test_interface_switches_to_indonesian_and_fits_a_phone(browser, demo_server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-US")
    tab = context.new_page()
    tab.goto(demo_server + "/")
    assert tab.locator("h1").inner_text() == "Stories"
    tab.locator("#ui-switch").click()
    tab.wait_for_load_state()
    assert tab.locator("h1").inner_text() == "Berita"
    assert tab.locator("header nav").inner_text().split()[:2] == ["Berita", "Cari"]
    overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0  # nothing wider than the phone; story columns scroll inside their box
    context.close()
