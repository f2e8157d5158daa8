"""Uploaded files onto disk for the ingest pipeline: sniffed, size-checked, under names we make.

The client's filename is never a path here: each upload is written as `upload-N.EXT` in a fresh
temporary folder, EXT chosen from the bytes (the pipeline picks its reader by extension first), and
the client's name is kept only as a label for the report."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from gugus.api.errors import too_large
from gugus.ingest.decode import looks_binary
from gugus.ingest.feed import looks_like_feed
from gugus.model import Reject

CHUNK = 2**20
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
)


class Unsupported(ValueError):
    pass


def sniff(head: bytes) -> str:
    """The extension under which the pipeline reads these bytes right, or Unsupported saying what they are."""
    if head.startswith(b"\x1f\x8b"):
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            inner = b""
        if inner.startswith(b"WARC/"):
            return ".warc.gz"
        raise Unsupported("a gzip archive that is not a WARC: unpack it first")
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise Unsupported(f"{what}, not an article, page, feed, JSON Lines or WARC")
    if head.startswith(b"WARC/"):
        return ".warc"
    if looks_binary(head):
        raise Unsupported("binary content (NUL or control bytes), not text")
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if looks_like_feed(text):
        return ".xml"
    if text.startswith((b"<!doctype html", b"<html", b"<head")) or b"<body" in text[:4096]:
        return ".html"
    if text.startswith(b"{"):
        return ".jsonl"
    if text.startswith(b"["):
        raise Unsupported("a JSON array: send JSON Lines, one article object a line")
    return ".txt"


def label(filename: str | None, index: int) -> str:
    """The client's name for an upload, for reports only: its last component, printable, bounded."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if c.isprintable())[:200]
    return f"upload:{name or f'file-{index}'}"


@dataclass
class Staged:
    paths: list[str] = field(default_factory=list)  # written files, in upload order
    labels: dict[str, str] = field(default_factory=dict)  # written path -> the client's label
    rejects: list[Reject] = field(default_factory=list)  # uploads refused by type

    def relabel(self, source: str) -> str:
        """A pipeline reject's source ("…/upload-0.jsonl#line=3") under the client's name."""
        for path, name in self.labels.items():
            if source == path or source.startswith(path + "#"):
                return name + source[len(path) :]
        return source


def stage(uploads: list[tuple[str | None, BinaryIO]], folder: Path, max_file: int) -> Staged:
    """Write each (filename, stream) whose type is supported into `folder`; 413 for one over `max_file`."""
    staged = Staged()
    for i, (filename, stream) in enumerate(uploads):
        name = label(filename, i)
        head = stream.read(8192)
        if not head:
            staged.rejects.append(Reject(name, "empty", "the upload is empty", "upload"))
            continue
        try:
            ext = sniff(head)
        except Unsupported as exc:
            staged.rejects.append(Reject(name, "unsupported", str(exc), "upload"))
            continue
        path = folder / f"upload-{i}{ext}"
        size = len(head)
        with path.open("xb") as out:
            out.write(head)
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > max_file:
                    raise too_large(max_file, f"{name!r}")
                out.write(chunk)
        if size > max_file:
            raise too_large(max_file, f"{name!r}")
        staged.paths.append(str(path))
        staged.labels[str(path)] = name
    return staged
