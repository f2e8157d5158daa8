"""Watchlists over HTTP: list and read them openly; save and remove them with the token. The same
calls as `gugus alerts add/list/show/remove`. A webhook given here must be on a public address (the
SSRF guard checks it at every delivery); a private one can only be set from the command line."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response
from starlette.concurrency import run_in_threadpool

from gugus.api.auth import require_token
from gugus.api.errors import ApiError, not_found
from gugus.api.reads import Svc, respond
from gugus.api.records import Renderer
from gugus.api.schemas import AlertOut, ErrorOut, WatchIn, WatchOut

router = APIRouter(prefix="/api/watches", tags=["watches"])
_watches, _alerts = Renderer(list[WatchOut]), Renderer(list[AlertOut])
WatchId = Annotated[str, Path(max_length=64, description="a watch id")]
_WRITE = {
    401: {"model": ErrorOut, "description": "no token, or the wrong one"},
    403: {"model": ErrorOut, "description": "the server has no token: writes are disabled"},
}


@router.get("", response_model=list[WatchOut], summary="The saved watches")
async def list_watches(svc: Svc) -> Response:
    """Every watch with its rules and alert counts (never its secret), as `gugus alerts list --json`."""

    def compute() -> bytes:
        with svc.read() as engine:
            return _watches(engine.watch_summaries())

    return await respond(svc, ("watches",), compute)


@router.get("/{watch_id}/alerts", response_model=list[AlertOut], summary="A watch's alerts, newest first",
            responses={404: {"model": ErrorOut, "description": "no such watch"}})  # fmt: skip
async def watch_alerts(svc: Svc, watch_id: WatchId) -> Response:
    def compute() -> bytes:
        with svc.read() as engine:
            if engine.store.get_watch(watch_id) is None:
                raise not_found("watch", watch_id)
            return _alerts(engine.alerts(watch_id, limit=200))

    return await respond(svc, ("alerts", watch_id), compute)


@router.post("", response_model=WatchOut, status_code=201, dependencies=[Depends(require_token)],
             summary="Save a watch", responses=_WRITE)  # fmt: skip
async def add_watch(body: WatchIn, svc: Svc) -> WatchOut:
    """Stories already stored are matched at once (their alerts are listed, not sent); the answer
    carries the webhook's signing secret, the only time it is shown."""
    from gugus.alerts.rules import RuleError

    rules = body.model_dump(exclude={"name", "webhook", "secret"})

    def save() -> dict:
        with svc.write() as engine:
            try:
                watch = engine.add_watch(body.name, rules, webhook=body.webhook, secret=body.secret)
            except RuleError as exc:
                raise ApiError(422, "invalid", str(exc)) from None
            summary = next(w for w in engine.watch_summaries() if w["id"] == watch["id"])
            return summary | {"secret": watch["secret"]}

    return WatchOut(**await run_in_threadpool(save))


@router.delete("/{watch_id}", status_code=204, dependencies=[Depends(require_token)],
               summary="Remove a watch and its alerts", responses=_WRITE)  # fmt: skip
async def remove_watch(svc: Svc, watch_id: WatchId) -> Response:
    def remove() -> bool:
        with svc.write() as engine:
            return engine.remove_watch(watch_id)

    if not await run_in_threadpool(remove):
        raise not_found("watch", watch_id)
    return Response(status_code=204)
