"""Fuzzing: every reader (plain text, HTML, RSS/Atom, WARC, JSON Lines) and the sentence, date, number
and name parsers take generated hostile input without an unexpected exception. A reader may refuse an
input, but with a reason of its own ("binary", "unsafe-xml", "no-article", "bad-json" …): the catch-all
"error" reject, which means a reader raised something nobody expected, must never appear.

GUGUS_FUZZ_EXAMPLES sets the examples per reader test (default 60; the parsers get four times as many:
6 reader tests and 4 parser tests, 1,320 inputs a run); `GUGUS_FUZZ_EXAMPLES=2000 pytest
tests/test_fuzz.py` runs a longer campaign."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gugus.analyze.entities import find_mentions
from gugus.analyze.numbers import find_numbers
from gugus.analyze.sentences import split_sentences
from gugus.analyze.temporal import find_times
from gugus.ingest.pipeline import IngestOptions, Ingestor
from gugus.model import Reject

EXAMPLES = int(os.environ.get("GUGUS_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PARSERS = settings(max_examples=4 * EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# text the web really sends: Indonesian words, markup, entities, numbers, dates, bidi and control marks
WORDS = ["Jakarta", "Senin", "(15/8)", "Rp", "2,6", "T", "13.500", "3,5", "persen", "Presiden", "Dr.", "H.",
         "Jl.", "\u202e", "\u200b", "\ufeff", "\x00", "\x1b", "&amp;", "&#x0;", "&nbsp;", "<", ">", "\"", "'",
         "“", "”", "—", "…", "2025", "19 Juni 2025", "pukul 07.00 WIB", "76 tahun lalu", "\n", "\n\n", "\t",
         "ANTARA", "Reuters", "كتب", "汉字", "🙂", "javascript:alert(1)", "<script>", "</p>"]  # fmt: skip
messy = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=80).map(" ".join)
PUBLISHED = ["2025-06-19", "2024-12-22T09:00:00+07:00", "1999-02-28", "garbage", "2025-13-45"]
TAGS = ["p", "div", "script", "iframe", "style", "a", "img", "article", "h1", "title", "meta", "svg", "br"]


@st.composite
def html_pages(draw) -> bytes:
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        tag = draw(st.sampled_from(TAGS))
        og = ' property="og:title" content="' + draw(messy)[:40] + '"'
        attrs = draw(
            st.sampled_from(["", ' onerror="alert(1)"', ' href="javascript:x"', ' src="data:,x"', og])
        )
        closed = draw(st.booleans())
        parts.append(f"<{tag}{attrs}>{draw(messy)}" + (f"</{tag}>" if closed else ""))
    body = "".join(parts)
    page = f"<!doctype html><html><head><title>{draw(messy)[:80]}</title></head><body>{body}</body></html>"
    return page.encode("utf-8", "surrogatepass") if draw(st.booleans()) else page.encode("utf-8", "replace")


@st.composite
def feeds(draw) -> bytes:
    items = "".join(
        f"<item><title>{draw(messy)[:60]}</title><link>{draw(st.sampled_from(['', 'javascript:x', 'http://']))}"
        f"</link><description><![CDATA[{draw(messy)}]]></description><pubDate>{draw(messy)[:30]}</pubDate></item>"
        for _ in range(draw(st.integers(0, 5)))
    )
    head = draw(st.sampled_from(['<?xml version="1.0"?>', "", '<?xml version="1.0" encoding="latin-1"?>']))
    doc = f'{head}<rss version="2.0"><channel><title>{draw(messy)[:40]}</title>{items}</channel></rss>'
    if draw(st.booleans()):  # cut anywhere: a truncated download
        doc = doc[: draw(st.integers(0, len(doc)))]
    return doc.encode("utf-8", "replace")


@st.composite
def warcs(draw) -> bytes:
    payload = draw(html_pages())
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + payload
    length = draw(st.one_of(st.just(len(http)), st.integers(0, len(http) + 500)))  # honest or lying
    record = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.com/a\r\n"
              b"WARC-Date: 2025-06-19T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
              b"Content-Type: application/http; msgtype=response\r\n"
              b"Content-Length: " + str(length).encode() + b"\r\n\r\n" + http + b"\r\n\r\n")  # fmt: skip
    if draw(st.booleans()):
        record = record[: draw(st.integers(0, len(record)))]
    return record


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), messy),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)


@st.composite
def jsonl_files(draw) -> bytes:
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["article", "object", "garbage"]))
        if kind == "article":
            obj = {"id": draw(st.text(max_size=10)), "title": draw(messy)[:80], "text": draw(messy),
                   "date": draw(st.one_of(st.none(), messy)), "url": draw(st.one_of(st.none(), messy)),
                   "lang": draw(st.sampled_from(["id", "en", None, 5]))}  # fmt: skip
            lines.append(json.dumps(obj, ensure_ascii=draw(st.booleans())).encode())
        elif kind == "object":
            lines.append(json.dumps(draw(json_values)).encode())
        else:
            lines.append(draw(st.binary(max_size=60)).replace(b"\n", b" "))
    return b"\n".join(lines) + b"\n"


def read(data: bytes, suffix: str) -> list:
    """What the ingest pipeline makes of one file: articles and rejects (no network, no store)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        options = IngestOptions(fetch_links=False)
        return list(Ingestor(options).run([str(path)]))


def check(items: list) -> None:
    assert items, "every input gives an article or a reject"
    for item in items:
        if isinstance(item, Reject):
            assert item.reason != "error", f"a reader raised: {item.detail}"
            assert item.reason and item.detail
        else:
            article = item[0]
            assert (article.text.strip() or article.partial) and article.title is not None
            assert not CONTROL.search(article.text + article.title), "control characters survived cleaning"


# -- the readers -------------------------------------------------------------------------------------


@FUZZ
@given(st.one_of(messy.map(lambda s: s.encode("utf-8", "replace")), st.binary(max_size=400)))
def test_plain_text_reader(data):
    check(read(data or b" ", ".txt"))


@FUZZ
@given(html_pages())
def test_html_reader(data):
    check(read(data, ".html"))


@FUZZ
@given(feeds())
def test_feed_reader(data):
    check(read(data or b"<rss/>", ".xml"))


@FUZZ
@given(warcs())
def test_warc_reader(data):
    check(read(data or b"WARC/1.0\r\n", ".warc"))


@FUZZ
@given(jsonl_files())
def test_jsonl_reader(data):
    check(read(data, ".jsonl"))


@FUZZ
@given(st.binary(min_size=1, max_size=600), st.sampled_from([".txt", ".html", ".xml", ".warc", ".jsonl", ""]))
def test_any_bytes_under_any_name(data, suffix):
    check(read(data, suffix))


# -- the parsers -----------------------------------------------------------------------------------


@PARSERS
@given(messy, st.sampled_from(["id", "en", None]))
def test_sentences_cover_the_text_in_order(text, lang):
    spans = split_sentences(text, lang)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


@PARSERS
@given(messy, st.one_of(st.none(), st.sampled_from(PUBLISHED)), st.sampled_from(["id", "en"]))
def test_dates_resolve_or_are_left_alone(text, published, lang):
    for t in find_times(text, published, lang):
        assert 0 <= t.start < t.end <= len(text) and text[t.start : t.end] == t.text
        assert t.value and t.grain


@PARSERS
@given(messy, st.sampled_from(["id", "en"]))
def test_numbers_point_into_the_text(text, lang):
    for q in find_numbers(text, lang):
        assert 0 <= q.start < q.end <= len(text)


@PARSERS
@given(messy, st.sampled_from(["id", "en"]))
def test_names_point_into_the_text(text, lang):
    for m in find_mentions(text, lang):
        assert 0 <= m.start < m.end <= len(text) and m.key
