"""Entities across a story: spellings merged by their keys, each spelling with the outlets using it, and a
spelling one outlet alone makes flagged. The seeds give Pushilin / Pushlin and KCNA / KCN."""

from __future__ import annotations

import json

from gugus.analyze.article import analyze
from gugus.compare.aliases import build_aliases, story_mentions
from gugus.model import Article

from .test_claims import fixture_story, seeds  # noqa: F401  (seeds: a session fixture)


def entity(entities, spelling: str):
    found = [e for e in entities if any(v.name == spelling for v in e.variants)]
    assert len(found) == 1, f"{spelling!r} in {len(found)} entities"
    return found[0]


def spellings(e) -> dict[str, tuple[list[str], str | None]]:
    return {v.name: (v.outlets, v.flag) for v in e.variants}


def test_seeds_pushilin_and_pushlin_are_one_person(seeds):  # noqa: F811
    pushilin = entity(build_aliases(seeds), "Denis Pushilin")
    assert pushilin.kind == "person"
    got = spellings(pushilin)
    assert got["Denis Pushilin"][0] == ["Media Sumatera"]
    assert got["Dennis Pushlin"][0] == ["Semarak News"]
    assert got["Pushlin"][0] == ["Semarak News"] and got["Pushilin"][0] == ["Media Sumatera"]
    assert pushilin.outlets == ["Media Sumatera", "Semarak News"]
    # one outlet each and no gazetteer entry: which spelling is wrong is not decided, both are shown
    assert {flag for _, flag in got.values()} == {"variant"}


def test_seeds_kcn_is_kcna_misspelt(seeds):  # noqa: F811
    kcna = entity(build_aliases(seeds), "KCNA")
    got = spellings(kcna)
    assert got["KCN"] == (["Semarak News"], "misspelling")  # KCNA is the name the gazetteer knows
    assert got["KCNA"] == (["Media Sumatera"], None)
    assert "Kantor Berita Pusat Korea" in got


def test_seeds_entities_most_reported_first_and_json(seeds):  # noqa: F811
    entities = build_aliases(seeds)
    assert [len(e.outlets) for e in entities] == sorted((len(e.outlets) for e in entities), reverse=True)
    assert entity(entities, "Ned Price").outlets == ["Media Sumatera"]
    d = json.loads(json.dumps([e.to_dict() for e in entities]))
    assert {"name", "kind", "outlets", "variants"} <= set(d[0])
    assert {"name", "outlets", "article_ids", "flag"} <= set(d[0]["variants"][0])


def test_a_spelling_only_one_outlet_makes_is_a_likely_misspelling():
    texts = {
        "Kabar Nusantara": "Wali Kota Surabaya Eri Cahyadi meresmikan taman baru di kawasan Kenjeran, Senin.",
        "Warta Harian": "Eri Cahyadi, Wali Kota Surabaya, meresmikan taman baru di Kenjeran pada Senin pagi.",
        "Sinar Pagi": "Wali Kota Surabaya Eri Cahyady meresmikan taman baru di kawasan Kenjeran, Senin.",
    }
    items = []
    for k, (outlet, text) in enumerate(texts.items()):
        a = Article(id=f"a{k}", source_id=f"a{k}", title="Taman", text=text, outlet=outlet, lang="id")
        items.append((a, analyze(a)))
    got = spellings(entity(build_aliases(items), "Eri Cahyadi"))
    assert got["Eri Cahyadi"] == (["Kabar Nusantara", "Warta Harian"], None)
    assert got["Eri Cahyady"] == (["Sinar Pagi"], "misspelling")


def test_different_people_stay_apart_and_keys_are_story_wide():
    items = fixture_story("kapal")
    entities = build_aliases(items)
    assert entity(entities, "Nanang Sigit").key != entity(entities, "Budi Santoso").key
    keys = {m.key for ms in story_mentions(items) for m in ms}
    assert {e.key for e in entities} == keys
