"""The read routes: health, stats, articles, rejects, stories and comparisons, open to anyone.

Each route names its response by a key; a response already rendered for that key at the store's
current version is sent from the event loop at once, and otherwise it is computed on the thread pool
with a pooled Engine (service.py), validated against the model /docs shows, and cached as JSON."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from gugus.api.errors import ApiError, not_found
from gugus.api.records import Renderer, story_record
from gugus.api.schemas import (
    ArticleDetail,
    ArticlePage,
    ErrorOut,
    Health,
    SearchPage,
    StoryDetail,
    StoryPage,
    TrendingPage,
)
from gugus.api.service import Service
from gugus.model import Reject

router = APIRouter(
    prefix="/api", responses={422: {"model": ErrorOut, "description": "a parameter is invalid"}}
)
MAX_LIMIT = 500
MAX_COMPARE = 50

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"at most this many (≤ {MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, description="skip this many (paging)")]
Since = Annotated[str | None, Query(description="on or after this ISO 8601 date or datetime (YYYY-MM-DD)")]
Dense = Annotated[
    bool | None,
    Query(
        description="align sentences by meaning too (default: only for a story in several languages, "
        "when the server runs with dense embeddings)"
    ),
]
StoryId = Annotated[str, Path(description="a story id, or an unambiguous prefix (≥ 6)")]
_404 = {404: {"model": ErrorOut, "description": "no such id, or a prefix that is ambiguous"}}
_COMPARISON = {
    200: {
        "description": "The comparison, as `gugus story ID --format json`: summary, claims, entities, "
        "conflicts, provenance, duplicates, quotes, timeline and per-article flags, documented by the "
        "JSON Schema in the repository's schema/story.schema.json.",
        "content": {"application/json": {"schema": {"type": "object"}}},
    },
    **_404,
}
_health, _stats = Renderer(Health), Renderer(dict[str, Any])
_rejects, _articles, _article = Renderer(list[Reject]), Renderer(ArticlePage), Renderer(ArticleDetail)
_stories, _story, _search = Renderer(StoryPage), Renderer(StoryDetail), Renderer(SearchPage)
_trending = Renderer(TrendingPage)


async def service(request: Request) -> Service:  # async: a sync dependency would cost a thread hop
    return request.app.state.gugus


Svc = Annotated[Service, Depends(service)]


async def respond(svc: Service, key: tuple, compute: Callable[[], bytes]) -> Response:
    """The cached JSON for `key`, or `compute()` run on the thread pool and cached."""
    body = svc.peek(key)
    if body is None:
        body = await run_in_threadpool(svc.render, key, compute)
    return Response(body, media_type="application/json")


def _iso(value: str | None, name: str) -> str | None:
    from gugus.analyze.article import hours

    if value is not None:
        try:
            hours(value)
        except ValueError:
            raise ApiError(422, "invalid", f"query.{name}: not an ISO 8601 date: {value!r}") from None
    return value


def _next(offset: int, limit: int, more: bool) -> int | None:
    return offset + limit if more else None


# -- the store ----------------------------------------------------------------------------------


@router.get("/health", response_model=Health, tags=["store"], summary="Is the server up, and what it holds")
async def health(svc: Svc) -> Response:
    """For monitors: the counts of articles and stories, and the store's file name (never its path)."""

    def compute() -> bytes:
        import os

        from gugus import __version__

        with svc.read() as engine:
            articles = engine.count()
        store = os.path.basename(svc.db.removeprefix("sqlite:///"))
        stories = len(svc.stories())
        return _health(
            {"status": "ok", "store": store, "articles": articles, "stories": stories, "version": __version__}
        )

    return await respond(svc, ("health",), compute)


@router.get("/stats", response_model=dict[str, Any], tags=["store"], summary="What the store holds, counted")
async def stats(svc: Svc) -> Response:
    """As `gugus stats --json`: articles by language, outlet, wire credit and source kind; the date range;
    partial, undated and revised articles; rejected inputs."""

    def compute() -> bytes:
        with svc.read() as engine:
            return _stats(engine.stats())

    return await respond(svc, ("stats",), compute)


@router.get(
    "/rejects", response_model=list[Reject], tags=["store"], summary="Inputs that could not be ingested"
)
async def rejects(svc: Svc, limit: Limit = 100) -> Response:
    """As `gugus rejects --json`, the latest first: each input with its reason and a sentence saying why."""

    def compute() -> bytes:
        with svc.read() as engine:
            return _rejects(engine.rejects(limit=limit))

    return await respond(svc, ("rejects", limit), compute)


# -- articles -----------------------------------------------------------------------------------


@router.get("/articles", response_model=ArticlePage, tags=["articles"], summary="Articles, newest first")
async def articles(
    svc: Svc,
    outlet: Annotated[str | None, Query(description="only this outlet (any case)")] = None,
    lang: Annotated[str | None, Query(description="only this language: id, en, ms")] = None,
    since: Since = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    """Each article as `gugus articles --json` prints it, with its cleaned text and metadata."""

    def compute() -> bytes:
        with svc.read() as engine:
            found = engine.articles(
                outlet=outlet, lang=lang, since=_iso(since, "since"), limit=limit + 1, offset=offset
            )
        more = _next(offset, limit, len(found) > limit)
        return _articles({"offset": offset, "limit": limit, "next_offset": more, "articles": found[:limit]})

    return await respond(svc, ("articles", outlet, lang, since, limit, offset), compute)


@router.get("/articles/{article_id}", response_model=ArticleDetail, responses=_404, tags=["articles"],
            summary="One article")  # fmt: skip
async def article(
    svc: Svc, article_id: Annotated[str, Path(description="an article id, or an unambiguous prefix (≥ 6)")]
) -> Response:
    """As `gugus article ID --json`: every field, the story it is in (`story_id`, null while it is not
    clustered) and the revisions its text went through."""

    def compute() -> bytes:
        with svc.read() as engine:
            found = engine.article(article_id)
            if found is None:
                raise not_found("article", article_id)
            revisions = engine.store.revisions(found.id)
            story_id = engine.store.story_of(found.id)
        kept = [{k: r[k] for k in ("revision", "replaced_at")} for r in revisions]
        return _article(found.to_dict() | {"story_id": story_id, "revisions": kept})

    return await respond(svc, ("article", article_id), compute)


# -- stories ------------------------------------------------------------------------------------


@router.get("/stories", response_model=StoryPage, tags=["stories"], summary="Stories, ranked")
async def stories(
    svc: Svc,
    since: Annotated[str | None, Query(description="last seen on or after this ISO 8601 date")] = None,
    min_outlets: Annotated[int, Query(ge=1, description="reported by at least this many outlets")] = 1,
    lang: Annotated[str | None, Query(description="with at least one article in this language")] = None,
    outlet: Annotated[str | None, Query(description="with at least one article from this outlet")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    """Ranked as `gugus stories`: the newest day first, then more outlets, then more articles. Each
    story's record as `gugus stories --json` gives it."""

    def compute() -> bytes:
        found = svc.stories(since=_iso(since, "since"), min_outlets=min_outlets)
        if lang:
            found = [s for s in found if lang in s["languages"]]
        if outlet:
            want = outlet.casefold()
            found = [s for s in found if any(o.casefold() == want for o in s["outlets"])]
        more = _next(offset, limit, offset + limit < len(found))
        return _stories({"offset": offset, "limit": limit, "next_offset": more, "total": len(found),
                         "stories": found[offset : offset + limit]})  # fmt: skip

    return await respond(svc, ("stories", since, min_outlets, lang, outlet, limit, offset), compute)


@router.get("/trending", response_model=TrendingPage, tags=["stories"], summary="Stories gaining momentum")
async def trending(
    svc: Svc,
    hours: Annotated[float, Query(gt=0, le=24, description="the window, in hours (≤ 24)")] = 2.0,
    at: Annotated[
        str | None, Query(description="as of this ISO 8601 time (UTC if no zone); default: the latest one")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=100, description="at most this many (≤ 100)")] = 20,
) -> Response:
    """As `gugus trending --json` (Engine.trending): new articles and new outlets in the window, weighed
    by breadth, against the story's own earlier pace and the day's median story; best first."""

    def compute() -> bytes:
        with svc.read() as engine:
            return _trending(engine.trending(hours=hours, at=_iso(at, "at"), limit=limit))

    return await respond(svc, ("trending", hours, at, limit), compute)


@router.get("/stories/{story_id}", response_model=StoryDetail, responses=_404, tags=["stories"],
            summary="One story's record")  # fmt: skip
async def story(svc: Svc, story_id: StoryId) -> Response:
    """As `gugus story ID --json`: the record, its articles (oldest first), the merges that formed it."""

    def compute() -> bytes:
        with svc.read() as engine:
            found = engine.story(story_id)
        if found is None:
            raise not_found("story", story_id)
        return _story(story_record(found))

    return await respond(svc, ("story", story_id), compute)


@router.get("/stories/{story_id}/comparison", responses=_COMPARISON, tags=["stories"],
            summary="How each outlet covered a story")  # fmt: skip
async def comparison(svc: Svc, story_id: StoryId, dense: Dense = None) -> Response:
    """The whole comparison (Engine.compare_story): the same JSON as `gugus story ID --format json`.
    The first request for a story computes it (0.1-2 s; more with `dense` the first time)."""

    def compute() -> bytes:
        with svc.read() as engine:
            found = engine.story(story_id)
            if found is None:
                raise not_found("story", story_id)
            return svc.comparison(engine, found, dense)

    return await respond(svc, ("comparison", story_id, dense), compute)


@router.get("/compare", responses=_COMPARISON, tags=["stories"], summary="Compare any articles")
async def compare(
    svc: Svc,
    ids: Annotated[
        list[str], Query(description=f"two to {MAX_COMPARE} article ids or prefixes: ids=a&ids=b")
    ],
    dense: Dense = None,
) -> Response:
    """The same comparison for articles chosen by hand, whether or not they share a story
    (Engine.compare_articles, `gugus compare A B --format json`)."""
    if not 2 <= len(ids) <= MAX_COMPARE:
        raise ApiError(422, "invalid", f"query.ids: give two to {MAX_COMPARE} article ids, not {len(ids)}")

    def compute() -> bytes:
        with svc.read() as engine:
            found = []
            for aid in ids:
                article = engine.article(aid)
                if article is None:
                    raise not_found("article", aid)
                found.append(article)
            return svc.compare_articles(engine, found, dense)

    return await respond(svc, ("compare", tuple(ids), dense), compute)


# -- search -------------------------------------------------------------------------------------


@router.get("/search", response_model=SearchPage, tags=["search"], summary="Search articles or stories")
async def search(
    svc: Svc,
    q: Annotated[str, Query(max_length=1000, description='words, "a phrase", prefix*, -excluded')],
    kind: Annotated[str, Query(pattern="^(articles|stories)$", description="what to find")] = "articles",
    semantic: Annotated[bool, Query(description="by meaning, over the stored lead embeddings")] = False,
    lang: Annotated[str | None, Query(description="only this language: id, en, ms")] = None,
    since: Since = None,
    limit: Annotated[int, Query(ge=1, le=100, description="at most this many (≤ 100)")] = 20,
    offset: Offset = 0,
) -> Response:
    """As `gugus search QUERY --json` (Engine.search): full text over titles and texts with Indonesian
    stems and near spellings of names, or by meaning with `semantic`; stories ranked from their articles."""

    def compute() -> bytes:
        with svc.read() as engine:
            found = engine.search(q, kind=kind, limit=limit + 1, offset=offset, semantic=semantic,
                                  lang=lang, since=_iso(since, "since"))  # fmt: skip
        mode = found[0]["mode"] if found else ("semantic" if semantic else "text")
        note = next((f["note"] for f in found if f.get("note")), None)
        for f in found:
            f.pop("mode", None)
            f.pop("note", None)
        more = _next(offset, limit, len(found) > limit)
        return _search({"offset": offset, "limit": limit, "next_offset": more, "query": q, "kind": kind,
                        "mode": mode, "note": note, "results": found[:limit]})  # fmt: skip

    return await respond(svc, ("search", q, kind, semantic, lang, since, limit, offset), compute)
