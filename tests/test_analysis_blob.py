"""Stored analyses: what an ingest worker encodes reads back whole, and the two partial readers (the
story clock for trending, the lead for semantic search) agree with a full decode, on blobs of today's
layout and on blobs written by json before (a space after each colon), which stores still hold."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

from gugus.analyze.article import analyze
from gugus.ingest.finish import finish
from gugus.model import Draft
from gugus.store import analysis_blob

FIXTURES = Path(__file__).parent / "fixtures" / "text"


def _analysis(name: str, published: str | None = "2025-06-16") -> dict:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    draft = Draft(text=text, source_id=name, kind="text", location=name, raw_sha256="", published=published)
    return analyze(finish(draft)).to_dict()


def _old_layout(data: dict) -> bytes:
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode(), 6)


@pytest.mark.parametrize("name", ["kompas_style.txt", "ap_style.txt"])
@pytest.mark.parametrize("layout", ["today", "json"])
def test_partial_readers_agree_with_the_whole(name, layout, monkeypatch):
    data = _analysis(name)
    blob = analysis_blob.encode(data) if layout == "today" else _old_layout(data)
    whole = analysis_blob.decode(blob)
    assert whole == json.loads(json.dumps(data))  # tuples come back as lists, as from json

    def whole_decode(_):
        raise AssertionError("decoded the whole analysis")

    monkeypatch.setattr(analysis_blob.orjson, "loads", whole_decode)  # the partial readers only
    assert analysis_blob.clock(blob) == (data["time"], data["dated"])
    assert data["lead"] and analysis_blob.lead(blob) == data["lead"]


def test_an_article_on_the_ingest_clock_and_a_lead_with_quotes_and_brackets():
    data = _analysis("tempo_style.txt", published=None)
    data["dated"] = False  # (this one's text dates it; one that does not stays on the ingest clock)
    data["lead"] = 'Kata "Prabowo": [Rp 2,6 T], \\ "lead": bukan'  # hostile text inside the string
    for blob in (analysis_blob.encode(data), _old_layout(data)):
        assert analysis_blob.clock(blob) == (data["time"], False)
        assert analysis_blob.lead(blob) == data["lead"]


def test_another_key_order_falls_back_to_a_full_decode():
    data = _analysis("antara_style.txt")
    reordered = {"lead": data["lead"], **{k: v for k, v in data.items() if k != "lead"}}
    blob = analysis_blob.encode(reordered)
    assert analysis_blob.clock(blob) == (data["time"], data["dated"])
    assert analysis_blob.lead(blob) == data["lead"]
