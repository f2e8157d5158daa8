"""The write routes: ingest pasted text, a URL or uploaded files, then cluster what was added.

Every route needs the token (auth.py) and runs under the service's write lock with a fresh Engine.
Each returns the IngestReport as JSON: a reject is a normal outcome, reported with a 200, as
`gugus ingest` reports it and goes on."""

from __future__ import annotations

import tempfile
from dataclasses import asdict, replace
from pathlib import Path as FsPath
from typing import Annotated, BinaryIO

from fastapi import APIRouter, Depends, File, UploadFile

from gugus.api.auth import require_token
from gugus.api.errors import too_large
from gugus.api.reads import Svc
from gugus.api.schemas import ErrorOut, IngestOut, TextIn, UrlIn
from gugus.api.service import Service
from gugus.api.uploads import stage
from gugus.model import IngestReport

router = APIRouter(
    prefix="/api/ingest",
    tags=["ingest"],
    dependencies=[Depends(require_token)],
    responses={
        400: {"model": ErrorOut, "description": "the body is not JSON, or lacks a field"},
        401: {"model": ErrorOut, "description": "no token, or the wrong one"},
        403: {"model": ErrorOut, "description": "the server has no token: writes are disabled"},
        413: {"model": ErrorOut, "description": "a file or the request is over its size limit"},
    },
)


def _out(report: IngestReport, clustered: dict) -> dict:
    return asdict(report) | {
        "clustered": {k: clustered.get(k, 0) for k in ("clustered", "new_stories", "merges")}
    }


# -- what the routes (and the web UI's forms) do -----------------------------------------------


def add_text(svc: Service, text: str, *, name: str, url: str | None) -> dict:
    """Ingest pasted text and cluster it; the IngestReport with the clustering as a dict."""
    if len(text.encode("utf-8")) > svc.max_file:
        raise too_large(svc.max_file, "the text")
    with svc.write() as engine:
        report = engine.ingest_text(text, name=name, url=url)
        return _out(report, engine.cluster())


def add_url(svc: Service, url: str) -> dict:
    """Fetch a page or a feed under the SSRF guard, ingest and cluster it."""
    with svc.write() as engine:
        report = engine.ingest([url], cluster=False)
        return _out(report, engine.cluster())


def add_files(svc: Service, files: list[tuple[str | None, BinaryIO]]) -> dict:
    """Stage uploads under names of ours (type from the bytes), ingest and cluster them."""
    with tempfile.TemporaryDirectory(prefix="gugus-upload-") as tmp:
        staged = stage(files, FsPath(tmp), svc.max_file)
        with svc.write() as engine:
            report = engine.ingest(staged.paths, cluster=False) if staged.paths else IngestReport()
            with engine.store.transaction():
                for reject in staged.rejects:
                    engine.store.add_reject(reject)
            clustered = engine.cluster()
    report.rejects = [replace(r, source=staged.relabel(r.source)) for r in report.rejects] + staged.rejects
    report.rejected += len(staged.rejects)
    return _out(report, clustered)


# -- routes -------------------------------------------------------------------------------------


@router.post("/text", response_model=IngestOut, summary="Ingest a pasted article")
def ingest_text(body: TextIn, svc: Svc) -> dict:
    """The text as a person copies it from a page: a title line, a date line, the outlet, the body;
    cleaned and read as `gugus ingest` reads a .txt file, then put into its story."""
    return add_text(svc, body.text, name=body.name, url=body.url)


@router.post("/url", response_model=IngestOut, summary="Fetch and ingest a page or a feed")
def ingest_url(body: UrlIn, svc: Svc) -> dict:
    """Fetched under the SSRF guard of `gugus ingest URL`: http and https only, no loopback, private or
    reserved address in any spelling, every redirect checked, one time and size budget. A refused or
    failed fetch is a reject in the report."""
    return add_url(svc, body.url)


@router.post("/files", response_model=IngestOut, summary="Upload and ingest files")
def ingest_files(
    files: Annotated[
        list[UploadFile],
        File(
            description="text, HTML pages, RSS or Atom feeds, JSON Lines or WARC (.warc, .warc.gz); the "
            "type is read from the bytes, never from the name"
        ),
    ],
    svc: Svc,
) -> dict:
    """Each file is sniffed and written under a name of ours to a temporary folder, then read by the
    same pipeline as `gugus ingest`. A file over the per-file limit refuses the request (413); a file
    of an unsupported type is a reject, and the others are ingested."""
    return add_files(svc, [(f.filename, f.file) for f in files])
