"""WARC crawls: every HTML response record is a page to extract."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from gugus.model import Reject

MAX_RECORD = 20 * 2**20


def iter_html_records(
    stream: BinaryIO, *, location: str
) -> Iterator[tuple[str, str, bytes, str | None] | Reject]:
    """(record location, target URL, body, declared charset) for each HTML response; a truncated or
    corrupt archive ends with a reject for what could not be read, after every record that could."""
    n = -1
    try:
        for record in ArchiveIterator(stream, check_digests=False):
            n += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            where = f"{location}#record={n}"
            status = record.http_headers.get_statuscode()
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            if status != "200" or ("html" not in ctype and ctype):
                continue
            body = record.content_stream().read(MAX_RECORD + 1)
            if len(body) > MAX_RECORD:
                yield Reject(where, "too-large", f"record body over {MAX_RECORD:,} bytes", "warc")
                continue
            missing = getattr(record.raw_stream, "limit", 0)
            if missing:  # the record says it is longer than what the file holds: a cut archive
                raise EOFError(f"record {n} ends {missing:,} bytes short of its declared length")
            charset = None
            if "charset=" in ctype:
                charset = ctype.split("charset=", 1)[1].split(";")[0].strip() or None
            url = record.rec_headers.get_header("WARC-Target-URI") or where
            yield where, url, body, charset
    except (ArchiveLoadFailed, EOFError, ValueError, OSError) as exc:
        yield Reject(
            f"{location}#record={n + 1}",
            "truncated-warc",
            f"the archive is truncated or corrupt after record {n}: {exc}",
            "warc",
        )
    except (AttributeError, TypeError, IndexError, KeyError, UnicodeError) as exc:
        # warcio trips over garbage headers in ways of its own (a zero-filled record: AttributeError)
        yield Reject(
            f"{location}#record={n + 1}",
            "corrupt-warc",
            f"record {n + 1} cannot be parsed as WARC ({type(exc).__name__}: {exc})",
            "warc",
        )
