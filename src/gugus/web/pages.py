"""The web UI's pages: server-rendered HTML over the same Service (and so the same Engine calls) as
the JSON API. Every page names its JSON twin under /api/. Rendered pages are cached like the API's
JSON, by the store's version, so a page is computed once per change of the store, not per reader.

Forms work without JavaScript; gugus.js only adds conveniences (linking a fact across the columns)."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from gugus.api.auth import check_token
from gugus.api.errors import ApiError, not_found
from gugus.api.reads import Svc
from gugus.api.service import Service
from gugus.api.writes import add_files, add_text, add_url
from gugus.records import story_record
from gugus.web import coverage, graph, i18n
from gugus.web.render import HEADERS, render, web_url

router = APIRouter(include_in_schema=False)
PER_PAGE = 30
RISING_HOURS = 2.0  # the window of the front page's "rising" list (gugus.trending)
LANG_NAMES = {"id": "Indonesia", "en": "English", "ms": "Melayu"}


def ui_lang(request: Request) -> str:
    return i18n.pick(
        request.query_params.get("ui"),
        request.cookies.get(i18n.COOKIE),
        request.headers.get("accept-language"),
    )


def context(request: Request, ui: str, **extra: object) -> dict:
    """What every template gets: the words in the UI language and where the switch leads."""
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    other = "id" if ui == "en" else "en"
    return {"ui": ui, "t": i18n.words(ui), "other_ui": other, "here": here, "lang_names": LANG_NAMES,
            **extra}  # fmt: skip


def html(body: bytes, status: int = 200) -> Response:
    return Response(body, status_code=status, media_type="text/html; charset=utf-8", headers=HEADERS)


async def page(request: Request, svc: Service, key: tuple, compute: Callable[[str], bytes]) -> Response:
    """The page for `key` in the reader's UI language, cached at the store's version."""
    ui = ui_lang(request)
    full = ("page", ui, *key)
    body = svc.peek(full)
    if body is None:
        body = await run_in_threadpool(svc.render, full, lambda: compute(ui))
    return html(body)


# -- front page ---------------------------------------------------------------------------------


@router.get("/")
async def front(
    request: Request,
    svc: Svc,
    since: Annotated[str | None, Query(max_length=32)] = None,
    until: Annotated[str | None, Query(max_length=32)] = None,
    lang: Annotated[str | None, Query(max_length=8)] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    min_outlets: Annotated[int, Query(ge=1, le=1000)] = 1,
    topic: Annotated[str | None, Query(max_length=40)] = None,
    page_no: Annotated[int, Query(alias="page", ge=1, le=100000)] = 1,
) -> Response:
    """Stories ranked by recency and breadth, with filters and badges; twin: /api/stories."""
    since, until = _date(since), _date(until)
    lang, outlet = lang or None, (outlet or "").strip() or None

    def compute(ui: str) -> bytes:
        found = svc.stories(since=since, min_outlets=min_outlets)
        if until:
            found = [s for s in found if s["first_seen"][:10] <= until]
        if lang:
            found = [s for s in found if lang in s["languages"]]
        if outlet:
            want = outlet.casefold()
            found = [s for s in found if any(o.casefold() == want for o in s["outlets"])]
        if topic:
            found = [s for s in found if topic in (s.get("topics") or [])]
        pages = max(1, math.ceil(len(found) / PER_PAGE))
        shown = found[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]
        badges = svc.badges(shown)
        rising: list[dict] = []
        with svc.read() as engine:
            stats = engine.stats()
            if page_no == 1 and not any((since, until, lang, outlet, topic)):
                headlines = {r["id"]: r["headline"] for r in found}
                rising = [dict(t, headline=headlines.get(t["id"], t["id"]))
                          for t in engine.trending(hours=RISING_HOURS, limit=5)["stories"]]  # fmt: skip
        filters = {"since": since, "until": until, "lang": lang, "outlet": outlet,
                   "min_outlets": min_outlets if min_outlets > 1 else None, "topic": topic}  # fmt: skip
        twin = {k: v for k, v in filters.items() if k not in ("until", "topic")}
        return render("front.html.j2", **context(
            request, ui, stories=shown, badges=badges, total=len(found), page_no=page_no, pages=pages,
            filters=filters, twin=twin, outlets=sorted(stats.get("by_outlet", {})), rising=rising,
            languages=sorted(stats.get("by_lang", {})),
        ))  # fmt: skip

    key = ("front", since, until, lang, outlet, min_outlets, topic, page_no, PER_PAGE, svc.badge_generation)
    return await page(request, svc, key, compute)


def _date(value: str | None) -> str | None:
    """A YYYY-MM-DD filter, or None (an empty field); anything else is a 422."""
    if not value:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise ApiError(422, "invalid", f"not a date (YYYY-MM-DD): {value!r}") from None


# -- a story ------------------------------------------------------------------------------------


@router.get("/stories/{story_id}")
async def story(request: Request, svc: Svc, story_id: str) -> Response:
    """The summary, the outlets side by side, conflicts, provenance, timeline, entities and quotes;
    twin: /api/stories/{id}/comparison."""

    def compute(ui: str) -> bytes:
        with svc.read() as engine:
            found = engine.story(story_id)
            if found is None:
                raise not_found("story", story_id)
            report = json.loads(svc.comparison(engine, found, None))
        record = story_record(found)
        outlets = {a["id"]: a["outlet"] or a["source_id"] for a in report["articles"]}
        titles = {a["id"]: a["title"] for a in report["articles"]}
        return render("story.html.j2", **context(
            request, ui, story=record, r=report, columns=coverage.columns(report, found["articles"]),
            glance=coverage.glance(report),
            graph=graph.layout(report), outlets=outlets, titles=titles,
        ))  # fmt: skip

    return await page(request, svc, ("story", story_id), compute)


# -- an article ---------------------------------------------------------------------------------


@router.get("/articles/{article_id}")
async def article(request: Request, svc: Svc, article_id: str) -> Response:
    """The cleaned text with its metadata, its story and its copies; twin: /api/articles/{id}."""

    def compute(ui: str) -> bytes:
        with svc.read() as engine:
            found = engine.article(article_id)
            if found is None:
                raise not_found("article", article_id)
            story_id = engine.store.story_of(found.id)
            story, copies = None, []
            if story_id:
                full = engine.story(story_id)
                if full is not None:
                    report = json.loads(svc.comparison(engine, full, None))
                    copies = coverage.copies_of(report, found.id)
                    story = story_record(full)
        paragraphs = [p for p in found.text.split("\n") if p.strip()]
        return render("article.html.j2", **context(
            request, ui, a=found, paragraphs=paragraphs, story=story, copies=copies,
            original=web_url(found.url),
        ))  # fmt: skip

    return await page(request, svc, ("article", article_id), compute)


# -- search -------------------------------------------------------------------------------------


@router.get("/search")
async def search(
    request: Request,
    svc: Svc,
    q: Annotated[str, Query(max_length=1000)] = "",
    kind: Annotated[str, Query(pattern="^(articles|stories)$")] = "articles",
    semantic: bool = False,
    lang: Annotated[str | None, Query(max_length=8)] = None,
    page_no: Annotated[int, Query(alias="page", ge=1, le=1000)] = 1,
) -> Response:
    """Full text or by meaning over articles or stories; twin: /api/search."""
    lang = lang or None

    def compute(ui: str) -> bytes:
        results: list[dict] = []
        if q.strip():
            with svc.read() as engine:
                results = engine.search(q, kind=kind, limit=PER_PAGE + 1, offset=(page_no - 1) * PER_PAGE,
                                        semantic=semantic, lang=lang)  # fmt: skip
        note = next((r.get("note") for r in results if r.get("note")), None)
        return render("search.html.j2", **context(
            request, ui, q=q, kind=kind, semantic=semantic, lang=lang, results=results[:PER_PAGE],
            more=len(results) > PER_PAGE, page_no=page_no, note=note,
        ))  # fmt: skip

    return await page(request, svc, ("search", q, kind, semantic, lang, page_no), compute)


# -- ingest -------------------------------------------------------------------------------------


@router.get("/ingest")
async def ingest_form(request: Request, svc: Svc) -> Response:
    ui = ui_lang(request)
    return html(render("ingest.html.j2", **context(request, ui, writable=bool(svc.token), report=None)))


Token = Annotated[str, Form(max_length=4096)]


@router.post("/ingest/text")
def ingest_text(
    request: Request,
    svc: Svc,
    token: Token = "",
    text: Annotated[str, Form()] = "",
    url: Annotated[str, Form(max_length=4096)] = "",
) -> Response:
    authorize(svc, token)
    if not text.strip():
        raise ApiError(400, "bad request", "paste the article's text")
    if url and web_url(url) is None:
        raise ApiError(422, "invalid", "the URL must start with http:// or https://")
    return _ingested(request, svc, add_text(svc, text, name="web:text", url=url or None))


@router.post("/ingest/url")
def ingest_url(
    request: Request, svc: Svc, token: Token = "", url: Annotated[str, Form(max_length=4096)] = ""
) -> Response:
    authorize(svc, token)
    if web_url(url.strip()) is None:
        raise ApiError(422, "invalid", "give an http:// or https:// URL of a page or a feed")
    return _ingested(request, svc, add_url(svc, url.strip()))


@router.post("/ingest/files")
def ingest_files(
    request: Request, svc: Svc, files: Annotated[list[UploadFile], File()], token: Token = ""
) -> Response:
    authorize(svc, token)
    return _ingested(request, svc, add_files(svc, [(f.filename, f.file) for f in files]))


def authorize(svc: Service, token: str) -> None:
    """The API's check (constant time) on the form's token: a forged cross-site form lacks it."""
    check_token(svc.token, f"Bearer {token}" if token else None)


def _ingested(request: Request, svc: Service, report: dict) -> Response:
    """The ingest page again with what happened, each new article linked with its story."""
    ui = ui_lang(request)
    with svc.read() as engine:
        rows = []
        for aid in dict.fromkeys(report["article_ids"]):
            a = engine.article(aid)
            if a is not None:
                rows.append({"id": a.id, "title": a.title, "outlet": a.outlet,
                             "story_id": engine.store.story_of(a.id)})  # fmt: skip
    body = render("ingest.html.j2", **context(request, ui, writable=True, report=report, added=rows))
    return html(body)


# -- the language switch ------------------------------------------------------------------------


@router.get("/ui/{lang}")
async def switch(lang: str, next: Annotated[str, Query(max_length=2048)] = "/") -> Response:
    """Remember the UI language and go back; only to a path on this site (no open redirect)."""
    if lang not in i18n.LANGS:
        raise not_found("language", lang)
    target = next if next.startswith("/") and not next.startswith(("//", "/\\")) else "/"
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(i18n.COOKIE, lang, max_age=365 * 86400, samesite="lax", httponly=True)
    return response


def error_page(request: Request, status: int, error: str, detail: str) -> Response:
    """An error as a page, for the HTML routes (the API answers JSON)."""
    ui = ui_lang(request)
    body = render("error.html.j2", **context(request, ui, status=status, error=error, detail=detail))
    return html(body, status)
