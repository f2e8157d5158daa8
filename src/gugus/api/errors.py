"""Every error as JSON `{"error": ..., "detail": ...}` with its status; never a stack trace to a client."""

from __future__ import annotations

import logging
from collections.abc import Callable
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

log = logging.getLogger("gugus.api")


class ApiError(HTTPException):
    """An HTTP error with a short machine-friendly `error` beside the sentence for a person."""

    def __init__(self, status: int, error: str, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(status_code=status, detail=detail, headers=headers)
        self.error = error


def not_found(what: str, key: str) -> ApiError:
    return ApiError(404, "not found", f"no {what} {key!r}")


def too_large(limit: int, what: str = "the request body") -> ApiError:
    return ApiError(413, "too large", f"{what} is over the limit of {_size(limit)}")


def error_response(
    status: int, error: str, detail: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse({"error": error, "detail": detail}, status_code=status, headers=headers)


def _size(n: int) -> str:
    return f"{n / 2**20:g} MiB" if n >= 2**20 else f"{n:,} bytes"


HtmlError = Callable[[Request, int, str, str], Response]


def _for_people(request: Request) -> bool:
    """A page (not the API, not the docs) asked for: the error is a page too."""
    path = request.url.path
    return not path.startswith(("/api/", "/docs", "/redoc", "/openapi")) and path != "/api"


def _respond(
    request: Request, status: int, error: str, detail: str, headers: dict[str, str] | None = None
) -> Response:
    html: HtmlError | None = getattr(request.app.state, "html_error", None)
    if html is None or not _for_people(request):
        return error_response(status, error, detail, headers)
    response = html(request, status, error, detail)
    response.headers.update(headers or {})
    return response


async def _http_error(request: Request, exc: HTTPException) -> Response:
    error = getattr(exc, "error", None) or HTTPStatus(exc.status_code).phrase.lower()
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    return _respond(request, exc.status_code, error, detail, getattr(exc, "headers", None))


async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
    """400 for a body that is not JSON, not an object or lacks a field; 422 for a value out of range."""
    errors = exc.errors()
    for e in errors:
        if e["type"] == "json_invalid":
            why = f"{e.get('ctx', {}).get('error', 'JSON decode error')} at character {e['loc'][-1]}"
            return _respond(request, 400, "bad JSON", f"the body is not valid JSON: {why}")
    detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in errors)
    if any(
        tuple(e["loc"]) == ("body",) or (e["loc"][0] == "body" and e["type"] == "missing") for e in errors
    ):
        return _respond(
            request, 400, "bad request", f"{detail} (send a JSON object, Content-Type: application/json)"
        )
    return _respond(request, 422, "invalid", detail)


async def _server_error(request: Request, exc: Exception) -> Response:
    log.exception("%s %s failed", request.method, request.url.path)
    return _respond(request, 500, "internal error", "the server failed on this request; its log says why")


def install(app: FastAPI, html: HtmlError | None = None) -> None:
    """JSON errors for the API; with `html`, pages answer their errors as pages."""
    app.state.html_error = html
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _server_error)
