"""The FastAPI application: `create_app(db)` wires the routes, the write guard and the error handlers."""

from __future__ import annotations

import os
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gugus.api import errors, reads, watches, writes
from gugus.api.auth import WriteGuard
from gugus.api.service import Service
from gugus.ingest.pipeline import MAX_DOCUMENT, IngestOptions
from gugus.web import follow, pages
from gugus.web.render import HERE as WEB

STATIC = WEB / "static"

MAX_TOTAL = 100 * 2**20  # one upload request

DESCRIPTION = """\
gugus groups news articles from many outlets into stories and compares how each outlet covered them.
This is the JSON API over the same calls as the `gugus` command line; the web UI at `/` is built on it,
and every page names its JSON twin here.

Reads are open. Writes (`/api/ingest/…`) need `Authorization: Bearer <token>`, the token the server
was started with (`GUGUS_TOKEN`); a server started without one refuses writes (403).

Every error is `{"error": …, "detail": …}`: 400 a body that is not JSON or lacks a field, 401 no or a
wrong token, 403 writes disabled, 404 no such id, 413 over a size limit, 422 an invalid parameter.
"""

TAGS = [
    {"name": "stories", "description": "Articles grouped into stories, and how each outlet covered one."},
    {"name": "articles", "description": "Cleaned articles with their metadata."},
    {"name": "ingest", "description": "Add articles: pasted text, a URL or a feed, uploaded files (token)."},
    {"name": "search", "description": "Full text (Indonesian-aware) or by meaning, articles or stories."},
    {
        "name": "watches",
        "description": "Saved watches and their alerts; writes need the token.",
    },
    {"name": "store", "description": "Health, counts and rejected inputs."},
]


def create_app(
    db: str,
    *,
    token: str | None = None,
    dense: bool = False,
    max_file: int = MAX_DOCUMENT,
    max_total: int = MAX_TOTAL,
    options: IngestOptions | None = None,
) -> FastAPI:
    """The API over the store `db`. `token` enables writes (None: read GUGUS_TOKEN; empty: disabled);
    `dense` clusters ingested articles and aligns multilingual comparisons with the embedding model;
    `max_file` bounds one upload or pasted text, `max_total` one upload request (bytes)."""
    if token is None:
        token = os.environ.get("GUGUS_TOKEN", "")
    service = Service(db, token=token, dense=dense, max_file=max_file, max_total=max_total, options=options)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        threading.Thread(target=service.warm, name="gugus-warm", daemon=True).start()
        threading.Thread(target=service.deliver_alerts, name="gugus-alerts", daemon=True).start()
        yield
        service.close()

    from gugus import __version__

    app = FastAPI(
        title="gugus", version=__version__, description=DESCRIPTION, openapi_tags=TAGS, lifespan=lifespan
    )
    app.state.gugus = service
    errors.install(app, html=pages.error_page)
    app.include_router(reads.router)
    app.include_router(writes.router)
    app.include_router(watches.router)
    app.include_router(pages.router)
    app.include_router(follow.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(WriteGuard, token=service.token, prefix="/api/ingest/", limit=service.body_limit)
    app.add_middleware(WriteGuard, token=service.token, prefix="/api/watches", limit=lambda _: 2**16)
    # the web forms carry the token in the form, checked by the page once the (bounded) body is read
    app.add_middleware(
        WriteGuard,
        token=None,
        prefix="/ingest/",
        limit=service.body_limit,
        authorize=False,
        html=pages.error_page,
    )
    app.add_middleware(NoSniff)
    return app


class NoSniff:
    """`X-Content-Type-Options: nosniff` on every response: JSON holding `<script>` stays JSON."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_header(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", []).append((b"x-content-type-options", b"nosniff"))
            await send(message)

        await self.app(scope, receive, send_with_header if scope["type"] == "http" else send)
