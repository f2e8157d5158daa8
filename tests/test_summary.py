"""The extractive summary: three to five claims, confirmed ones first, attributed, in story order."""

from __future__ import annotations

import json

from gugus.compare.claims import build_claims
from gugus.compare.conflicts import find_conflicts
from gugus.compare.summary import summarize

from .test_claims import fixture_story, seeds  # noqa: F401  (seeds: a session fixture)


def check_shape(summary, items, claims) -> None:
    assert 3 <= len(summary.sentences) <= 5
    by_id = {c.id: c for c in claims}
    ids = {a.id for a, _ in items}
    order = [int(s.claim_id[1:]) for s in summary.sentences]
    assert order == sorted(order), "story order: the order of the claims"
    for s in summary.sentences:
        claim = by_id[s.claim_id]
        assert s.text == claim.text and s.kind == claim.kind
        assert set(s.article_ids) <= ids and s.outlets == claim.outlets


def test_seeds_summary_is_made_of_shared_claims(seeds):  # noqa: F811
    claims = build_claims(seeds)
    summary = summarize(seeds, claims)
    check_shape(summary, seeds, claims)
    assert {s.kind for s in summary.sentences} == {"shared"}
    assert all(len(s.outlets) == 2 for s in summary.sentences)
    assert "Ned Price" not in summary.text


def test_confirmed_claims_come_first_and_singles_fill_up_to_three():
    items = fixture_story("rudal")
    claims = build_claims(items)
    summary = summarize(items, claims)
    check_shape(summary, items, claims)
    assert [s.kind for s in summary.sentences].count("unique") == 0
    lone = summarize(items[:1])
    assert len(lone.sentences) == 3 and {s.kind for s in lone.sentences} == {"unique"}
    assert lone.sentences[0].text.startswith("Korea Utara menembakkan"), "the lead comes first"


def test_a_disputed_claim_counts_as_unconfirmed():
    items = fixture_story("rudal")
    claims = build_claims(items)
    conflicts = find_conflicts(items, claims)
    disputed = {c.claim_id for c in conflicts}
    assert disputed
    plain = summarize(items, claims, max_sentences=3)
    careful = summarize(items, claims, conflicts=conflicts, max_sentences=3)
    assert disputed & {s.claim_id for s in plain.sentences}
    assert not disputed & {s.claim_id for s in careful.sentences}


def test_summary_to_dict_is_json():
    items = fixture_story("gempa")
    d = json.loads(json.dumps(summarize(items).to_dict()))
    assert d["text"].startswith("Gempa bermagnitudo 5,6")
    assert {"text", "claim_id", "kind", "article_ids", "outlets"} <= set(d["sentences"][0])
    assert summarize([]).sentences == []
