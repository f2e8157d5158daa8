"""The JSON API end to end, in-process (FastAPI's TestClient) over a real store built from the demo corpus:
every route, paging, 404s, auth failures, bad bodies, size limits, hostile input, and the comparison JSON
against its schema. Reads use one store; writes a copy of it, so that the read tests' counts hold."""

from __future__ import annotations

import json
import shutil
import threading
import time
import warnings
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from gugus import Engine
from gugus.api import create_app
from gugus.api.cache import Memo
from gugus.api.uploads import Unsupported, label, sniff

with warnings.catch_warnings():  # Starlette would rather its test client ran on httpx2, not installed here
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
    from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "schema" / "story.schema.json").read_text(encoding="utf-8"))
TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
JSON = {"content-type": "application/json"}
XSS = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def engine(demo_db):
    with Engine(demo_db, dense=False) as e:
        yield e


@pytest.fixture(scope="module")
def client(demo_db):
    """Reads, on the demo store; writes are disabled on this one."""
    with TestClient(create_app(demo_db, token="")) as c:
        yield c


@pytest.fixture(scope="module")
def writer(demo_db, tmp_path_factory):
    """A client with the token, on a copy of the demo store."""
    db = tmp_path_factory.mktemp("api-writes") / "demo.db"
    shutil.copy(demo_db, db)
    with TestClient(create_app(str(db), token=TOKEN)) as c:
        yield c


def error(response, status: int, error: str | None = None) -> dict:
    """Check an error response's status and shape; its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error", "detail"} and body["detail"]
    assert "Traceback" not in response.text
    if error:
        assert body["error"] == error
    return body


def multi_outlet_story(client) -> dict:
    return client.get("/api/stories", params={"min_outlets": 3}).json()["stories"][0]


# -- store ----------------------------------------------------------------------------------------


def test_health(client, engine, demo_db):
    r = client.get("/api/health")
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    body = r.json()
    assert body["status"] == "ok"
    assert body["articles"] == 34 == engine.count()
    assert body["stories"] == len(engine.stories())
    assert body["store"] == "demo.db"  # the name only: the server's paths are nobody's business
    assert str(Path(demo_db).parent) not in r.text


def test_stats_and_rejects(client, engine):
    assert client.get("/api/stats").json() == engine.stats()
    assert client.get("/api/rejects").json() == []
    assert client.get("/api/rejects", params={"limit": 0}).status_code == 422


def test_every_response_says_it_is_json_and_not_to_sniff(client):
    for path in ("/api/health", "/api/stories", "/api/articles", "/api/nowhere"):
        r = client.get(path)
        assert r.headers["content-type"] == "application/json", path
        assert r.headers["x-content-type-options"] == "nosniff", path


# -- articles -------------------------------------------------------------------------------------


def test_articles_page_through_everything_in_order(client, engine):
    seen, offset = [], 0
    while offset is not None:
        page = client.get("/api/articles", params={"limit": 8, "offset": offset}).json()
        assert page["offset"] == offset and page["limit"] == 8 and len(page["articles"]) <= 8
        seen += [a["id"] for a in page["articles"]]
        offset = page["next_offset"]
    assert seen == [a.id for a in engine.articles()]
    assert len(seen) == 34


def test_articles_filters(client, engine):
    english = client.get("/api/articles", params={"lang": "en", "limit": 500}).json()["articles"]
    assert len(english) == 10 and {a["lang"] for a in english} == {"en"}
    outlet = client.get("/api/articles", params={"outlet": "KABAR NUSA"}).json()["articles"]
    assert {a["outlet"] for a in outlet} == {"Kabar Nusa"} and len(outlet) == 4
    since = client.get("/api/articles", params={"since": "2025-06-19", "limit": 500}).json()["articles"]
    assert since and all(a["published"] >= "2025-06-19" for a in since)
    assert [a["id"] for a in since] == [a.id for a in engine.articles(since="2025-06-19")]
    first = client.get("/api/articles", params={"limit": 1}).json()["articles"][0]
    assert first == engine.articles(limit=1)[0].to_dict()  # the record of `gugus articles --json`


@pytest.mark.parametrize(
    "params", [{"limit": 501}, {"limit": 0}, {"offset": -1}, {"since": "yesterday"}, {"limit": "many"}]
)
def test_articles_bad_parameters(client, params):
    error(client.get("/api/articles", params=params), 422, "invalid")


def test_article_by_id_and_prefix(client, engine):
    article = engine.articles(outlet="Kabar Sejagat")[0]
    full = client.get(f"/api/articles/{article.id}").json()
    assert full == article.to_dict() | {"revisions": [], "story_id": engine.story_of(article.id)}
    assert full["story_id"] is not None
    assert client.get(f"/api/articles/{article.id[:8]}").json()["id"] == article.id
    body = error(client.get("/api/articles/ffffffffffffffff"), 404, "not found")
    assert "ffffffffffffffff" in body["detail"]
    error(client.get("/api/articles/ab"), 404)  # too short to be a prefix


# -- stories --------------------------------------------------------------------------------------


def test_stories_ranked_and_paged_as_the_engine_ranks_them(client, engine):
    ranked = [s["id"] for s in engine.stories()]
    first = client.get("/api/stories", params={"limit": 5}).json()
    assert first["total"] == len(ranked) and first["next_offset"] == 5
    seen, offset = [], 0
    while offset is not None:
        page = client.get("/api/stories", params={"limit": 5, "offset": offset}).json()
        seen += [s["id"] for s in page["stories"]]
        offset = page["next_offset"]
    assert seen == ranked
    past = client.get("/api/stories", params={"offset": 1000}).json()
    assert past["stories"] == [] and past["next_offset"] is None


def test_stories_filters(client, engine):
    broad = client.get("/api/stories", params={"min_outlets": 3}).json()
    assert broad["total"] == len(engine.stories(min_outlets=3)) > 0
    assert all(s["n_outlets"] >= 3 for s in broad["stories"])
    english = client.get("/api/stories", params={"lang": "en"}).json()["stories"]
    assert english and all("en" in s["languages"] for s in english)
    nusa = client.get("/api/stories", params={"outlet": "kabar nusa"}).json()["stories"]
    assert nusa and all("Kabar Nusa" in s["outlets"] for s in nusa)
    late = client.get("/api/stories", params={"since": "2025-06-19"}).json()
    assert late["total"] == len(engine.stories(since="2025-06-19")) < broad["total"] + 100
    error(client.get("/api/stories", params={"since": "not a date"}), 422)
    error(client.get("/api/stories", params={"min_outlets": 0}), 422)


def test_story_list_is_what_gugus_stories_json_prints(client, demo_db):
    from gugus.cli import app

    cli = CliRunner().invoke(app, ["stories", "--json", "--db", demo_db])
    assert cli.exit_code == 0, cli.output
    assert client.get("/api/stories", params={"limit": 500}).json()["stories"] == json.loads(cli.stdout)


def test_concurrent_readers_get_their_own_answers(client, engine):
    """Twenty requests at once over the thread pool and the pooled engines, each for a different thing."""
    import asyncio

    import httpx

    app = client.app
    paths = [f"/api/stories/{s['id']}" for s in engine.stories()] + [
        f"/api/articles/{a.id}" for a in engine.articles(limit=10)
    ]

    async def fetch_all() -> list:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            return await asyncio.gather(*(http.get(p) for p in paths * 2))

    responses = asyncio.run(fetch_all())
    assert all(r.status_code == 200 for r in responses)
    for path, r in zip(paths * 2, responses, strict=True):
        assert r.json()["id"] == path.rsplit("/", 1)[-1]


def test_story_is_the_record_gugus_story_json_prints(client, demo_db):
    from gugus.cli import app

    story = multi_outlet_story(client)
    cli = CliRunner().invoke(app, ["story", story["id"], "--json", "--db", demo_db])
    assert cli.exit_code == 0, cli.output
    api = client.get(f"/api/stories/{story['id'][:8]}").json()
    assert api == json.loads(cli.stdout)
    assert len(api["articles"]) == story["size"] and api["merges"] == []
    error(client.get("/api/stories/ffffffffffffffff"), 404, "not found")


def test_comparison_is_the_cli_json_and_valid_against_the_schema(client, demo_db):
    from gugus.cli import app

    story = multi_outlet_story(client)
    r = client.get(f"/api/stories/{story['id']}/comparison")
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    api = r.json()
    jsonschema.validate(api, SCHEMA)
    members = client.get(f"/api/stories/{story['id']}").json()["articles"]
    assert {a["id"] for a in api["articles"]} == {a["id"] for a in members}
    cli = CliRunner().invoke(app, ["story", story["id"], "--format", "json", "--no-dense", "--db", demo_db])
    expected = json.loads(cli.stdout)
    api.pop("seconds"), expected.pop("seconds")  # how long it took: the only part that may differ
    assert api == expected
    again = client.get(f"/api/stories/{story['id']}/comparison", params={"dense": "false"})
    assert again.status_code == 200 and again.json()["dense"] is False
    error(client.get("/api/stories/ffffffffffffffff/comparison"), 404)
    error(client.get(f"/api/stories/{story['id']}/comparison", params={"dense": "perhaps"}), 422)


def test_compare_articles(client):
    story = client.get(f"/api/stories/{multi_outlet_story(client)['id']}").json()
    ids = [a["id"] for a in story["articles"][:2]]
    r = client.get("/api/compare", params=[("ids", ids[0]), ("ids", ids[1][:8])])
    assert r.status_code == 200
    report = r.json()
    jsonschema.validate(report, SCHEMA)
    assert report["story"]["id"] is None and {a["id"] for a in report["articles"]} == set(ids)
    error(client.get("/api/compare", params={"ids": ids[0]}), 422)
    error(client.get("/api/compare"), 422)
    body = error(client.get("/api/compare", params=[("ids", ids[0]), ("ids", "ffffffffffff")]), 404)
    assert "ffffffffffff" in body["detail"]


# -- writes: auth ----------------------------------------------------------------------------------

WRITES = [
    ("/api/ingest/text", {"json": {"text": "Judul\n\nIsi."}}),
    ("/api/ingest/url", {"json": {"url": "https://example.com/"}}),
    ("/api/ingest/files", {"files": [("files", ("a.txt", b"Judul\n\nIsi."))]}),
]


@pytest.mark.parametrize(("path", "body"), WRITES)
def test_writes_disabled_without_a_configured_token(client, path, body):
    detail = error(client.post(path, **body, headers=AUTH), 403, "writes disabled")["detail"]
    assert "GUGUS_TOKEN" in detail


@pytest.mark.parametrize(("path", "body"), WRITES)
@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}, {"Authorization": "Basic eDp5"}],
)
def test_writes_need_the_right_token(writer, path, body, headers):
    r = writer.post(path, **body, headers=headers)
    error(r, 401, "unauthorized")
    assert r.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(("path", "body"), WRITES)
def test_a_token_in_the_query_string_or_a_cookie_is_not_a_token(writer, path, body):
    """Only the Authorization header counts: a token in a URL ends up in logs and browser history."""
    for params in ({"token": TOKEN}, {"access_token": TOKEN}, {"GUGUS_TOKEN": TOKEN}):
        error(writer.post(path, **body, params=params), 401, "unauthorized")
    writer.cookies.set("token", TOKEN)
    try:
        error(writer.post(path, **body), 401, "unauthorized")
    finally:
        writer.cookies.clear()


def test_the_token_is_checked_before_the_body(writer):
    error(writer.post("/api/ingest/text", content=b"{not json", headers=JSON), 401)


def test_token_comes_from_the_environment_when_not_given(demo_db, monkeypatch):
    monkeypatch.setenv("GUGUS_TOKEN", "from-env")
    with TestClient(create_app(demo_db)) as c:
        error(c.post("/api/ingest/text", json={"text": "x"}, headers=AUTH), 401)
        r = c.post("/api/ingest/text", json={"url": "x"}, headers={"Authorization": "Bearer from-env"})
        error(r, 400)  # past the token, stopped by the missing text (nothing written)
    monkeypatch.delenv("GUGUS_TOKEN")
    with TestClient(create_app(demo_db)) as c:
        error(c.post("/api/ingest/text", json={"text": "x"}, headers=AUTH), 403)


# -- writes: bodies --------------------------------------------------------------------------------


def test_bad_bodies(writer):
    bad = writer.post("/api/ingest/text", content=b'{"text": ', headers=AUTH | JSON)
    assert "not valid JSON" in error(bad, 400, "bad JSON")["detail"]
    assert "text" in error(writer.post("/api/ingest/text", json={}, headers=AUTH), 400)["detail"]
    error(writer.post("/api/ingest/text", json=["a list"], headers=AUTH), 400)
    plain = AUTH | {"content-type": "text/plain"}
    error(writer.post("/api/ingest/text", content=b'{"text": "x"}', headers=plain), 400)
    error(writer.post("/api/ingest/url", json={}, headers=AUTH), 400)
    error(writer.post("/api/ingest/files", headers=AUTH), 400)
    error(writer.post("/api/ingest/text", json={"text": 5}, headers=AUTH), 422, "invalid")
    error(writer.post("/api/ingest/text", json={"text": ""}, headers=AUTH), 422)
    # URLs: the web only; a path or a file: URL must never reach the pipeline (it would read local files)
    for url in ("/etc/passwd", "file:///etc/passwd", "demo/*", "javascript:alert(1)"):
        error(writer.post("/api/ingest/url", json={"url": url}, headers=AUTH), 422)
    error(writer.post("/api/ingest/text", json={"text": "x", "url": "javascript:x"}, headers=AUTH), 422)


def test_ingest_text_with_markup_round_trips_as_data(writer):
    text = (
        f"{XSS}\n\nKabar Nusa\n\nJAKARTA - Sebuah judul berisi skrip <img src=x onerror=alert(2)> "
        "diunggah ke situs berita itu pada Rabu pagi dan tersebar di media sosial.\n\n"
        "Polisi menyelidiki siapa yang mengunggah skrip tersebut ke sistem redaksi, kata juru bicara "
        "kepolisian kepada wartawan.\n"
    )
    body = {"text": text, "url": "https://example.com/xss"}
    r = writer.post("/api/ingest/text", json=body, headers=AUTH)
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    report = r.json()
    assert report["added"] == 1 and report["rejected"] == 0 and report["clustered"]["clustered"] == 1
    article = writer.get(f"/api/articles/{report['article_ids'][0]}")
    assert article.headers["content-type"] == "application/json"
    assert article.json()["title"] == XSS  # data, not markup: stored and returned exactly
    assert "<img src=x onerror=alert(2)>" in article.json()["text"]
    # the new article is in a story at once: the cached story list noticed the store changed
    assert XSS in [s["headline"] for s in writer.get("/api/stories", params={"limit": 500}).json()["stories"]]
    again = writer.post("/api/ingest/text", json=body, headers=AUTH)
    assert again.json()["added"] == 0 and again.json()["duplicates"] == 1


def test_ingest_text_that_is_no_article_is_a_reject(writer):
    report = writer.post("/api/ingest/text", json={"text": "   \n  "}, headers=AUTH).json()
    assert report["added"] == 0 and report["rejected"] == 1
    assert report["rejects"][0]["source"] == "api:text" and report["rejects"][0]["reason"]


def story_of(client, article_id: str) -> str:
    for s in client.get("/api/stories", params={"limit": 500}).json()["stories"]:
        if article_id in {a["id"] for a in client.get(f"/api/stories/{s['id']}").json()["articles"]}:
            return s["id"]
    raise AssertionError(f"{article_id} is in no story")


def test_a_new_article_joins_its_story_and_the_comparison_follows(demo_db, tmp_path):
    shutil.copy(demo_db, tmp_path / "join.db")
    with TestClient(create_app(str(tmp_path / "join.db"), token=TOKEN)) as writer:
        joins(writer)


def joins(writer) -> None:
    # another outlet's copy of the latest story's article (a new process restores the latest few days)
    original = writer.get("/api/articles", params={"outlet": "RuangViral"}).json()["articles"][0]
    story = story_of(writer, original["id"])
    before = writer.get(f"/api/stories/{story}/comparison").json()
    text = original["text"].replace("RUANGVIRAL.COM", "SALINAN.ID")
    copy = "\n\n".join(["Sabtu, 16 Agustus 2025 11:00 WIB", original["title"], text])
    body = {"text": copy, "url": "https://salinan.example/1"}
    report = writer.post("/api/ingest/text", json=body, headers=AUTH)
    assert report.json()["added"] == 1
    after = writer.get(f"/api/stories/{story}/comparison").json()
    assert len(after["articles"]) == len(before["articles"]) + 1
    assert report.json()["article_ids"][0] in {a["id"] for a in after["articles"]}
    assert writer.get(f"/api/stories/{story}").json()["size"] == len(after["articles"])


def test_ingest_url_goes_through_the_ssrf_guard(writer):
    for url in (
        "http://127.0.0.1:9/",
        "http://2130706433/",
        "http://[::ffff:127.0.0.1]/",
        "http://10.0.0.1/",
    ):
        r = writer.post("/api/ingest/url", json={"url": url}, headers=AUTH)
        assert r.status_code == 200, r.text
        report = r.json()
        assert report["added"] == 0 and report["rejected"] == 1, url
        assert report["rejects"][0]["source"] == url and report["rejects"][0]["reason"] == "blocked-address"
    assert "http://10.0.0.1/" in [r["source"] for r in writer.get("/api/rejects").json()]


def test_upload_files_sniffed_not_trusted(writer, tmp_path):
    page = (ROOT / "demo" / "html" / "suarapriangan-banjir-garut.html").read_bytes()
    text = "Warga Garut mengunggah berkas tentang banjir bandang di Cisurupan. " * 5
    line = json.dumps({"id": "up:1", "lang": "id", "date": "2025-06-20", "outlet": "Unggah News",
                       "title": "Warga Unggah Berkas Banjir", "url": "https://unggah.example/1",
                       "text": text})  # fmt: skip
    files = [
        ("files", ("../../../../tmp/evil.txt", page)),  # an HTML page under a lying, climbing name
        ("files", ("articles.jsonl", line.encode() + b"\n")),
        ("files", ("photo.html", b"\x89PNG\r\n\x1a\n" + bytes(100))),
        ("files", ("empty.txt", b"")),
        ("files", ("C:\\Windows\\bad.zip", b"PK\x03\x04" + bytes(50))),
    ]
    r = writer.post("/api/ingest/files", files=files, headers=AUTH)
    assert r.status_code == 200, r.text
    report = r.json()
    # the page is the demo's, read as HTML whatever its name says: the store knows it already
    assert report["duplicates"] == 1 and report["added"] == 1 and report["rejected"] == 3
    rejects = {x["source"]: x["reason"] for x in report["rejects"]}
    assert rejects == {"upload:photo.html": "unsupported", "upload:empty.txt": "empty",
                       "upload:bad.zip": "unsupported"}  # fmt: skip
    added = writer.get("/api/articles", params={"outlet": "Unggah News"}).json()["articles"]
    assert [a["title"] for a in added] == ["Warga Unggah Berkas Banjir"]
    assert not Path("/tmp/evil.txt").exists()
    assert "upload:bad.zip" in [x["source"] for x in writer.get("/api/rejects").json()]


def test_oversized_uploads_and_bodies(demo_db, tmp_path):
    db = tmp_path / "limits.db"
    shutil.copy(demo_db, db)
    with TestClient(create_app(str(db), token=TOKEN, max_file=1000, max_total=4000)) as c:
        one = c.post("/api/ingest/files", files=[("files", ("big.txt", b"kata " * 300))], headers=AUTH)
        assert "big.txt" in error(one, 413, "too large")["detail"]
        many = [("files", (f"{i}.txt", b"kata " * 190)) for i in range(5)]  # each under 1000, 4750 in all
        error(c.post("/api/ingest/files", files=many, headers=AUTH), 413, "too large")
        error(c.post("/api/ingest/text", json={"text": "kata " * 300}, headers=AUTH), 413)
        # over the limit of the body itself, stopped before it is parsed
        error(c.post("/api/ingest/text", json={"text": "kata " * 1000}, headers=AUTH), 413)

        def chunks():  # no Content-Length: the guard counts the stream
            for _ in range(10):
                yield b"x" * 1000

        form = AUTH | {"content-type": "multipart/form-data; boundary=b"}
        streamed = c.post("/api/ingest/files", content=chunks(), headers=form)
        error(streamed, 413)
        assert c.get("/api/health").json()["articles"] == 34  # nothing was written


def test_server_errors_are_json_without_a_trace(demo_db, monkeypatch):
    def broken(self):
        raise RuntimeError("/secret/path/in/the/message")

    monkeypatch.setattr(Engine, "stats", broken)
    with TestClient(create_app(demo_db, token=""), raise_server_exceptions=False) as c:
        r = c.get("/api/stats")
        body = error(r, 500, "internal error")
        assert "secret" not in r.text and "RuntimeError" not in r.text and body["detail"]


# -- docs, serve, internals -----------------------------------------------------------------------


def test_openapi_documents_every_route(client):
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").json()
    routes = {(path, method) for path, ops in spec["paths"].items() for method in ops}
    for route in [
        ("/api/health", "get"), ("/api/stats", "get"), ("/api/rejects", "get"), ("/api/articles", "get"),
        ("/api/articles/{article_id}", "get"), ("/api/stories", "get"), ("/api/stories/{story_id}", "get"),
        ("/api/stories/{story_id}/comparison", "get"), ("/api/compare", "get"), ("/api/ingest/text", "post"),
        ("/api/ingest/url", "post"), ("/api/ingest/files", "post"), ("/api/search", "get"),
    ]:  # fmt: skip
        assert route in routes, route
        assert spec["paths"][route[0]][route[1]].get("description"), route
    for path in ("/api/ingest/text", "/api/ingest/url", "/api/ingest/files"):
        assert spec["paths"][path]["post"]["security"], path
    assert not any(p == "/" or not p.startswith("/api/") for p in spec["paths"])  # pages stay out of it


def test_search_is_what_engine_search_finds(client, engine):
    body = client.get("/api/search", params={"q": "gempa tanimbar"}).json()
    expected = engine.search("gempa tanimbar", limit=20)
    assert [r["id"] for r in body["results"]] == [r["id"] for r in expected]
    assert body["mode"] == "text" and body["kind"] == "articles" and len(body["results"]) >= 3
    assert all("«" in r["snippet"] for r in body["results"])
    stories = client.get("/api/search", params={"q": "gempa tanimbar", "kind": "stories"}).json()
    assert stories["results"][0]["headline"] == engine.story(stories["results"][0]["story_id"])["headline"]
    assert "Tanimbar" in stories["results"][0]["headline"]
    first = client.get("/api/search", params={"q": "gempa", "limit": 2}).json()
    second = client.get("/api/search", params={"q": "gempa", "limit": 2, "offset": 2}).json()
    assert first["next_offset"] == 2 and not {r["id"] for r in first["results"]} & {
        r["id"] for r in second["results"]
    }
    english = client.get("/api/search", params={"q": "earthquake", "lang": "en"}).json()["results"]
    assert english and all(engine.article(r["id"]).lang == "en" for r in english)


@pytest.mark.parametrize(
    "params",
    [{}, {"q": "x", "kind": "outlets"}, {"q": "x", "limit": 101}, {"q": "x", "since": "soon"},
     {"q": "x" * 1001}],
)  # fmt: skip
def test_search_bad_parameters(client, params):
    error(client.get("/api/search", params=params), 422, "invalid")


def test_search_takes_hostile_queries_as_words(client):
    for q in ('"', "AND (", "NEAR(gempa", "*", "-", XSS, "gempa OR 1=1; DROP TABLE articles"):
        body = client.get("/api/search", params={"q": q})
        assert body.status_code == 200, q
        assert body.json()["query"] == q and isinstance(body.json()["results"], list)


def test_gugus_serve_runs_uvicorn_with_the_app(demo_db, monkeypatch):
    import uvicorn

    from gugus.cli import app

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: seen.update(app=application, **kw))
    monkeypatch.setenv("MY_TOKEN", "t0k")
    result = CliRunner().invoke(
        app, ["serve", "--db", demo_db, "--port", "8123", "--token-env", "MY_TOKEN", "--no-dense"]
    )
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123
    service = seen["app"].state.gugus
    assert service.token == "t0k" and service.dense is False and service.db == demo_db
    service.close()


def test_memo_computes_a_missing_value_once_for_concurrent_callers():
    memo: Memo[int] = Memo(2)
    calls = []

    def slow() -> int:
        calls.append(1)
        time.sleep(0.05)
        return 42

    results = []
    threads = [threading.Thread(target=lambda: results.append(memo.get("k", slow))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [42] * 8 and len(calls) == 1
    memo.get("a", lambda: 1)
    memo.get("b", lambda: 2)
    assert len(memo) == 2 and memo.get("k", lambda: 0) == 0  # "k", the oldest, was evicted
    sized: Memo[bytes] = Memo(100, weight=len, budget=10)
    for key in "abc":
        sized.get(key, lambda: b"12345")
    assert sized.peek("a") is None and sized.peek("c") == b"12345" and sized.total == 10


def test_sniff_and_label():
    assert sniff(b"<!DOCTYPE html><html>") == ".html"
    assert sniff(b'\xef\xbb\xbf<?xml version="1.0"?><rss version="2.0">') == ".xml"
    assert sniff(b'{"id": 1, "text": "x"}\n') == ".jsonl"
    assert sniff(b"WARC/1.0\r\n") == ".warc"
    assert sniff(b"Judul berita\n\nIsi berita.") == ".txt"
    for data in (b"%PDF-1.7", b"\x1f\x8b\x08\x00garbage", b"[1, 2]", b"\x00\x01\x02"):
        with pytest.raises(Unsupported):
            sniff(data)
    assert label("../../etc/passwd", 0) == "upload:passwd"
    assert label("a\\b\\c.html", 1) == "upload:c.html"
    assert label(None, 2) == "upload:file-2"
