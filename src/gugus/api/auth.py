"""Writes need `Authorization: Bearer <token>`, checked before a byte of the body is read.

The check runs in an ASGI middleware rather than a FastAPI dependency because FastAPI reads and parses
the body (a 100 MiB upload, say) before it solves dependencies; the middleware also counts the body as
it streams in and stops it at the route's limit. The dependency below repeats the check, cheaply, so
that /docs shows the lock and a route moved out of the guarded prefix is still not left open.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import Annotated

from fastapi import Request, Security
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gugus.api.errors import ApiError, error_response, too_large

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_CHALLENGE = {"WWW-Authenticate": "Bearer"}


def check_token(configured: str | None, authorization: str | None) -> None:
    """Raise the right ApiError unless `authorization` carries the configured token (constant time)."""
    if not configured:
        raise ApiError(
            403,
            "writes disabled",
            "this server has no write token, so ingest is refused: start it with GUGUS_TOKEN set",
        )
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "unauthorized", "send the token as 'Authorization: Bearer <token>'", _CHALLENGE)
    if not hmac.compare_digest(given.strip().encode(), configured.encode()):
        raise ApiError(401, "unauthorized", "the token is wrong", _CHALLENGE)


class WriteGuard:
    """Pure ASGI: token and body size for every write under `prefix`, before the app sees the request."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        token: str | None,
        prefix: str,
        limit: Callable[[str], int],
        authorize: bool = True,
        html: Callable[[Request, int, str, str], Response] | None = None,
    ) -> None:
        self.app = app
        self.token = token
        self.authorize = authorize  # False: only the size limit (a form that carries its own token)
        self.html = html  # errors as a page, for the web forms
        self.prefix = prefix
        self.limit = limit  # path -> largest body accepted, in bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] in SAFE_METHODS
            or not scope["path"].startswith(self.prefix)
        ):
            await self.app(scope, receive, send)
            return
        limit = self.limit(scope["path"])
        headers = Headers(scope=scope)
        try:
            if self.authorize:
                check_token(self.token, headers.get("authorization"))
            length = headers.get("content-length")
            if length and length.isdigit() and int(length) > limit:
                raise too_large(limit)
        except ApiError as exc:
            if self.html is not None:
                response = self.html(Request(scope), exc.status_code, exc.error, exc.detail)
            else:
                response = error_response(exc.status_code, exc.error, exc.detail, exc.headers)
            await response(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:  # a chunked body without Content-Length, or one that lied
                    raise too_large(limit)
            return message

        await self.app(scope, counted, send)


_bearer = HTTPBearer(auto_error=False, description="The server's write token (GUGUS_TOKEN).")


def require_token(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)]
) -> None:
    """Dependency of every write route: the same check as the guard."""
    given = f"{credentials.scheme} {credentials.credentials}" if credentials else None
    check_token(request.app.state.gugus.token, given)
