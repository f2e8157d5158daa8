"""Following the news: the watches pages (list, add, remove, a watch's alerts) and the Atom feeds
out (stories, and each watch's alerts). Thin layers over Engine.add_watch / alerts and the Service."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from gugus.alerts.rules import RuleError
from gugus.api.errors import ApiError, not_found
from gugus.api.reads import Svc
from gugus.web import atom
from gugus.web.pages import authorize, context, html, page, ui_lang
from gugus.web.render import render

router = APIRouter(include_in_schema=False)
FEED_STORIES = 30
ATOM = "application/atom+xml; charset=utf-8"


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


async def _feed(request: Request, svc, key: tuple, compute) -> Response:
    """A feed cached like a page; the base URL (from the Host header) is part of the key, so one
    client's Host cannot end up in the links another is sent."""
    from starlette.concurrency import run_in_threadpool

    full = ("feed", _base(request), *key)
    body = svc.peek(full)
    if body is None:
        body = await run_in_threadpool(svc.render, full, compute)
    return Response(body, media_type=ATOM, headers={"X-Content-Type-Options": "nosniff"})


# -- feeds ----------------------------------------------------------------------------------------


@router.get("/feeds/stories.atom")
async def stories_feed(
    request: Request,
    svc: Svc,
    min_outlets: Annotated[int, Query(ge=1, le=1000)] = 1,
    lang: Annotated[str | None, Query(max_length=8)] = None,
    topic: Annotated[str | None, Query(max_length=40)] = None,
) -> Response:
    """The latest stories, ranked as the front page ranks them, each with its summary."""
    base = _base(request)

    def compute() -> bytes:
        found = svc.stories(min_outlets=min_outlets)
        if lang:
            found = [s for s in found if lang in s["languages"]]
        if topic:
            found = [s for s in found if topic in s.get("topics", [])]
        entries = []
        with svc.read() as engine:
            for record in found[:FEED_STORIES]:
                story = engine.story(record["id"])
                if story is None:
                    continue
                report = json.loads(svc.comparison(engine, story, None))
                entries.append(atom.story_entry(base, record, report["summary"]["text"]))
        title = "gugus: stories" + (f" ({topic})" if topic else "")
        query = str(request.url.query)
        return atom.feed(title=title, self_url=f"{base}/feeds/stories.atom" + (f"?{query}" if query else ""),
                         page_url=f"{base}/", entries=entries)  # fmt: skip

    return await _feed(request, svc, ("stories", min_outlets, lang, topic), compute)


@router.get("/feeds/watches/{watch_id}.atom")
async def watch_feed(request: Request, svc: Svc, watch_id: str) -> Response:
    """A watch's alerts, newest first: what its webhook was (or would have been) sent."""
    base = _base(request)

    def compute() -> bytes:
        with svc.read() as engine:
            watch = engine.store.get_watch(watch_id)
            if watch is None:
                raise not_found("watch", watch_id)
            alerts = engine.alerts(watch_id, limit=50)
        return atom.feed(title=f"gugus: {watch['name']}", self_url=f"{base}/feeds/watches/{watch_id}.atom",
                         page_url=f"{base}/watches/{watch_id}",
                         entries=[atom.alert_entry(base, a) for a in alerts])  # fmt: skip

    return await _feed(request, svc, ("watch", watch_id), compute)


# -- watches pages ----------------------------------------------------------------------------------


@router.get("/watches")
async def watches_page(request: Request, svc: Svc) -> Response:
    """The saved watches with their counts and feeds, and the form to add one; twin: /api/watches."""

    def compute(ui: str) -> bytes:
        from gugus.alerts.rules import rules_of

        with svc.read() as engine:
            rows = [w | {"describe": rules_of(w).describe()} for w in engine.watch_summaries()]
        return render("watches.html.j2", **context(request, ui, watches=rows, writable=bool(svc.token),
                                                   saved=None))  # fmt: skip

    return await page(request, svc, ("watches",), compute)


@router.get("/watches/{watch_id}")
async def watch_page(request: Request, svc: Svc, watch_id: str) -> Response:
    """A watch's alerts: the story, why it matched, and whether its webhook has it."""

    def compute(ui: str) -> bytes:
        from gugus.alerts.rules import rules_of

        with svc.read() as engine:
            watch = engine.store.get_watch(watch_id)
            if watch is None:
                raise not_found("watch", watch_id)
            alerts = engine.alerts(watch_id, limit=200)
        describe = rules_of(watch).describe()
        return render("watch.html.j2", **context(request, ui, watch=watch, describe=describe, alerts=alerts))

    return await page(request, svc, ("watch", watch_id), compute)


def _list(value: str) -> list[str]:
    return [v.strip() for v in value.replace("\n", ",").split(",") if v.strip()]


@router.post("/watches/add")
def add_watch(
    request: Request,
    svc: Svc,
    token: Annotated[str, Form(max_length=4096)] = "",
    name: Annotated[str, Form(max_length=200)] = "",
    entities: Annotated[str, Form(max_length=4000)] = "",
    keywords: Annotated[str, Form(max_length=4000)] = "",
    outlets: Annotated[str, Form(max_length=4000)] = "",
    topics: Annotated[str, Form(max_length=4000)] = "",
    min_outlets: Annotated[int, Form(ge=1, le=1000)] = 1,
    conflict: Annotated[bool, Form()] = False,
    copy_of: Annotated[str, Form(max_length=200)] = "",
    webhook: Annotated[str, Form(max_length=4096)] = "",
) -> Response:
    authorize(svc, token)
    rules = {"entities": _list(entities), "keywords": _list(keywords), "outlets": _list(outlets),
             "topics": _list(topics), "min_outlets": min_outlets, "conflict": conflict,
             "copy_of": copy_of.strip() or None}  # fmt: skip
    with svc.write() as engine:
        try:
            watch = engine.add_watch(name, rules, webhook=webhook.strip() or None)
        except RuleError as exc:
            raise ApiError(422, "invalid", str(exc)) from None
    ui = ui_lang(request)
    body = render("watches.html.j2", **context(request, ui, watches=None, writable=True, saved=watch))
    return html(body, 201)


@router.post("/watches/{watch_id}/remove")
def remove_watch(svc: Svc, watch_id: str, token: Annotated[str, Form(max_length=4096)] = "") -> Response:
    authorize(svc, token)
    with svc.write() as engine:
        if not engine.remove_watch(watch_id):
            raise not_found("watch", watch_id)
    return RedirectResponse("/watches", status_code=303)
