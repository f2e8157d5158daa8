"""Story clustering end to end through the engine, on SQLite and on PostgreSQL (`db_url`): the seeds and
their English twin, incremental runs, recluster, assignments equal to eval, and articles that are hard
to place."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from gugus import Engine
from gugus.cli import app

from .conftest import FIXTURES, ROOT, SEEDS, need

STORIES = FIXTURES / "stories"
DEMO = [str(ROOT / "demo" / p) for p in ("articles.jsonl", "text", "html", "feeds")]


def _story_of(engine: Engine) -> dict[str, str]:
    return dict(engine.assignments())


@pytest.mark.parametrize("dense", [True, False], ids=["dense", "sparse"])
def test_the_seeds_and_their_english_twin_are_one_story_and_missile_tests_another(db_url, dense):
    seeds = need(SEEDS)
    with Engine(db_url, dense=dense) as engine:
        engine.ingest([str(seeds), str(STORIES / "en_donetsk_kim.txt"), str(STORIES / "id_rudal_korut.txt")])
        story = {k.rsplit("/", 1)[-1]: v for k, v in _story_of(engine).items()}
        seed_story = story["000_f2213b32f19f593e.txt"]
        # 003 is dated 2024-12-22 and 000 undated, but both report events of August 2022 ("77 tahun
        # yang lalu" from 1945): they are placed there, in the window of the English report of 2022-08-17
        assert story["003_f7bc1c657a1d3bcf.txt"] == seed_story
        assert story["en_donetsk_kim.txt"] == seed_story
        assert story["id_rudal_korut.txt"] != seed_story  # the same country, another event
        found = engine.story(seed_story)
        assert {a.outlet for a in found["articles"]} >= {"Semarak News", "Media Sumatera"}
        assert set(found["languages"]) == {"id", "en"}


@pytest.mark.parametrize("dense", [True, False], ids=["dense", "sparse"])
def test_indonesian_and_english_reports_of_one_event_share_a_story(db_url, dense):
    """Without embeddings too: an English report joins its Indonesian story on names and numbers."""
    from gugus.eval.labels import load_labels

    gold = load_labels(DEMO[0]) | load_labels(ROOT / "demo" / "labels.tsv")
    with Engine(db_url, dense=dense) as engine:
        engine.ingest(DEMO)
        stories = engine.stories()
        prefix = f"{ROOT}/"
        pred = {k.removeprefix(prefix): v for k, v in _story_of(engine).items()}
    mixed = [s for s in stories if set(s["languages"]) == {"id", "en"}]
    assert len(mixed) >= 6  # quake, tuna, flood, rice, volcano, data leak, typhoon: each reported in both
    from gugus.eval.metrics import score

    assert score(gold, pred)["bcubed_f1"] >= 0.95


def test_incremental_ingest_keeps_earlier_assignments_and_recluster_is_deterministic(db_url):
    with Engine(db_url, dense=False) as engine:
        engine.ingest([DEMO[0]])
        before = _story_of(engine)
        engine.ingest(DEMO[1:])
        after = _story_of(engine)
        assert {k: after[k] for k in before} == before  # today's stories untouched by tomorrow's articles
        assert len(after) == 34
        first = engine.recluster()
        once = _story_of(engine)
        engine.recluster()
        assert _story_of(engine) == once and first["clustered"] == 34


def test_assignments_equal_eval(db_url):
    db = db_url
    runner = CliRunner()
    runner.invoke(app, ["ingest", DEMO[0], "--db", db, "--no-dense", "-q"])
    lines = runner.invoke(app, ["assignments", "--db", db]).stdout.splitlines()
    mine = dict(line.split("\t") for line in lines)
    from gugus.eval.harness import evaluate
    from gugus.eval.labels import load_labels
    from gugus.eval.metrics import score

    result = evaluate(DEMO[0], dense=False)
    gold = load_labels(DEMO[0])
    assert set(mine) == set(gold)
    mine_scores = score(gold, mine)
    for key in ("bcubed_f1", "pairwise_f1", "pred_stories"):
        assert mine_scores[key] == result[key]
    assert result["bcubed_f1"] >= 0.9  # the demo's copies, rewrites and translations are found


def test_stories_cli(db_url):
    db = db_url
    runner = CliRunner()
    runner.invoke(app, ["ingest", *DEMO, "--db", db, "--no-dense", "-q"])
    rows = json.loads(runner.invoke(app, ["stories", "--db", db, "--json", "--min-outlets", "3"]).stdout)
    assert rows and all(r["n_outlets"] >= 3 for r in rows)
    garut = next(r for r in rows if "Garut" in r["headline"] or "Garut" in " ".join(r["entities"]))
    shown = json.loads(runner.invoke(app, ["story", garut["id"][:8], "--db", db, "--json"]).stdout)
    assert shown["id"] == garut["id"] and len(shown["articles"]) == garut["size"] >= 3
    assert "Garut" in runner.invoke(app, ["story", garut["id"], "--db", db]).stdout
    assert runner.invoke(app, ["story", "ffffffffff", "--db", db]).exit_code == 1


@pytest.mark.parametrize("dense", [False])
def test_hard_articles_are_placed_without_a_crash(tmp_path, db_url, dense):
    dutch = "Het kabinet heeft dinsdag besloten de belasting op brandstof te verlagen, meldt de minister."
    court = "Pengadilan Negeri Jakarta Pusat menetapkan jadwal sidang perdana kasus korupsi tol pekan depan."
    mud = "Warga Kampung Melayu membersihkan lumpur sisa banjir yang merendam rumah mereka sejak Senin malam."
    lines = [
        {"id": "h:1", "title": "Foto: Suasana Pagi", "text": "", "date": "2025-06-18", "outlet": "x.id"},
        {"id": "h:2", "title": "Banjir", "text": "Banjir.", "date": "2025-06-18", "outlet": "x.id"},
        {"id": "h:3", "title": "Samenvatting", "text": dutch, "date": "2025-06-18", "outlet": "nl.nl"},
        {"id": "h:4", "title": "Jadwal Sidang", "text": court, "date": "2031-01-01", "outlet": "x.id"},
        {"id": "h:5", "title": "Tanpa Tanggal", "text": mud, "date": "", "outlet": "x.id"},
    ]
    path = tmp_path / "hard.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines))
    with Engine(db_url, dense=dense) as engine:
        report = engine.ingest([str(path)])
        assert report.ok and report.added == 5
        story = _story_of(engine)
        assert len(story) == 5 and len(set(story.values())) == 5  # each its own story
        from gugus.analyze.article import VERSION

        notes = {
            a["article_id"]: a["notes"]
            for a in (engine.store.analyses([x.id for x in engine.articles()], VERSION).values())
        }
        flat = " ".join(n for ns in notes.values() for n in ns)
        assert "in the future" in flat and "no publication date" in flat and "no text" in flat
