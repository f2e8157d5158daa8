"""Staleness: the seed republished in 2024 is flagged with its evidence; current news mentioning history
is not; and over real current news (indonews) nearly nothing is."""

from __future__ import annotations

import json

import pytest

from gugus import Engine
from gugus.analyze.anchor import text_anchor
from gugus.analyze.article import analyze
from gugus.compare.staleness import anchors, corrected_times, flag_stale, stale_flags

from .conftest import INDONEWS, SEED_AP, SEED_COPY, need


def _values(times, *texts: str) -> list[str]:
    return [next(t.value for t in times if t.text == x) for x in texts]


# -- the seeds ------------------------------------------------------------------------------------------


def test_the_seed_copy_is_stale_with_its_evidence(seeds):
    flags = stale_flags([seeds[SEED_AP], seeds[SEED_COPY]])
    assert len(flags) == 1
    flag = flags[0]
    copy, _ = seeds[SEED_COPY]
    assert (flag.kind, flag.article_id) == ("stale", copy.id)
    assert (flag.event_date, flag.published, flag.gap_days) == ("2022-08-15", "2024-12-22", 860)
    assert flag.evidence[0] == '"77 tahun yang lalu" counted from 1945 (Korea\'s liberation) is 2022'
    ap, _ = seeds[SEED_AP]
    assert any(e.startswith(f"story article {ap.id[:8]} (Media Sumatera, undated)") and '"15 Agustus"' in e
               for e in flag.evidence)  # fmt: skip
    assert '"15 Agustus" is 2022-08-15, not 2024-08-15 as read from the publication date' in flag.evidence
    assert '"hari Senin" is 2022-08-15, not 2024-12-16 as read from the publication date' in flag.evidence
    assert flag.reason.startswith("published 2024-12-22 but reports events of 2022-08-15 as news")
    assert json.loads(json.dumps(flag.to_dict()))["gap_days"] == 860


def test_the_seed_copy_is_stale_on_its_own_text_too(seeds):
    flag = flag_stale(*seeds[SEED_COPY])
    assert flag is not None and flag.event_date == "2022-08-15"
    anchor = text_anchor(*seeds[SEED_COPY])
    assert (anchor.year, anchor.reference, anchor.strong) == (2022, "2022-08-16", True)


def test_corrected_times_read_the_seeds_in_2022(seeds):
    times = corrected_times([seeds[SEED_AP], seeds[SEED_COPY]])
    copy, copy_analysis = seeds[SEED_COPY]
    as_analysed = _values(copy_analysis.times, "15 Agustus", "hari Senin")
    assert as_analysed == ["2024-08-15", "2024-12-16"]
    assert _values(times[copy.id], "15 Agustus", "hari Senin", "hari Selasa", "bulan Juli", "Bulan lalu",
                   "Awal pekan ini", "77 tahun yang lalu") == [
        "2022-08-15", "2022-08-15", "2022-08-16", "2022-07", "2022-07", "2022-W33", "1945"]  # fmt: skip
    ap, _ = seeds[SEED_AP]  # undated: its relative dates could not be read at all before
    assert _values(times[ap.id], "Senin", "Rabu", "29 Juli", "15 Agustus", "Februari lalu") == [
        "2022-08-15", "2022-08-17", "2022-07-29", "2022-08-15", "2022-02"]  # fmt: skip
    found = anchors([seeds[SEED_AP], seeds[SEED_COPY]])
    assert (found[ap.id].source, found[ap.id].reference) == ("story", "2022-08-17")


def test_the_undated_seed_is_not_flagged(seeds):
    assert flag_stale(*seeds[SEED_AP], siblings=[seeds[SEED_COPY]]) is None


# -- project-written articles ----------------------------------------------------------------------------


def test_a_republished_ceremony_is_stale(events):
    flag = flag_stale(*events["republished-id"])
    assert flag is not None
    assert (flag.event_date, flag.published, flag.gap_days) == ("2022-08-17", "2025-06-18", 1036)
    assert flag.evidence[:2] == [
        '"HUT ke-77" counted from 1945 is 2022',
        'the text dates its news "Rabu (17/8/2022)"',
    ]
    times = corrected_times([events["republished-id"]])[events["republished-id"][0].id]
    assert _values(times, "Senin lalu", "tahun ini") == ["2022-08-15", "2022"]


def test_current_news_that_mentions_history_is_not_stale(events):
    item = events["history-current"]  # "HUT ke-80 RI", "17 Agustus 1945, atau 80 tahun yang lalu", 1998
    assert flag_stale(*item) is None
    assert text_anchor(*item).year == 2025  # the counts agree with the publication date
    assert corrected_times([item])[item[0].id] is item[1].times


def test_a_count_of_years_one_off_is_rounding_not_staleness(events):
    item = events["rounding-current"]  # 2025: "sejak 2015 atau sepuluh tahun lalu"
    assert flag_stale(*item) is None
    assert corrected_times([item])[item[0].id] is item[1].times


def test_a_republication_found_through_its_story(events):
    original, copy = events["quake-original"], events["quake-republished"]
    assert flag_stale(*copy) is None  # its text alone says nothing
    flags = stale_flags([original, copy])
    assert [(f.article_id, f.event_date, f.gap_days) for f in flags] == [(copy[0].id, "2022-11-21", 735)]
    assert flags[0].evidence[0].startswith(f"story article {original[0].id[:8]} (tempo.co, 2022-11-22")
    assert '"Senin siang, 21 November"' in flags[0].evidence[0]


def test_articles_of_the_same_time_outvote_an_old_one(events):
    """A story whose recent articles share events with one old article: the old one is not a reason to
    flag the recent ones (most of the story reporting these events is as recent as they are)."""
    original, copy = events["quake-original"], events["quake-republished"]
    a2 = copy[0].__class__(**{**copy[0].__dict__, "id": "x2"})
    a3 = copy[0].__class__(**{**copy[0].__dict__, "id": "x3"})
    flags = stale_flags([original, copy, (a2, copy[1]), (a3, copy[1])])
    assert flags == []


# -- false alarms over real current news ----------------------------------------------------------------


@pytest.mark.slow
def test_nearly_no_false_alarms_on_current_news(tmp_path):
    lines = need(INDONEWS).read_text(encoding="utf-8").splitlines()[:1500]
    path = tmp_path / "first1500.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with Engine(str(tmp_path / "g.db"), dense=False) as engine:
        engine.ingest([str(path)], cluster=False)
        items = [(a, analyze(a)) for a in engine.articles()]
    flags = [f for item in items if (f := flag_stale(*item)) is not None]
    assert len(items) == 1500 and flags == []  # measured: 0 of 1,500 (June 2025 news)


# -- counted forward, and a weekday that does not fit -------------------------------------------------


def _article(text: str, published: str = "2025-08-16T09:15:00+07:00"):
    from gugus.model import Article

    a = Article(id="t", source_id="t", title=text.split("\n")[0], text=text, outlet="RuangViral",
                published=published, lang="id")  # fmt: skip
    return a, analyze(a)


def test_the_demo_republication_is_anchored_in_2021_by_its_own_text():
    """demo/text/ruangviral-bendera-ciremai.txt, dated 2025: "76 tahun setelah Proklamasi … 1945", "76
    tahun Indonesia merdeka", and "Selasa (17/8)" (17 August was a Tuesday in 2021, a Sunday in 2025)."""
    from .conftest import ROOT

    with Engine(":memory:", dense=False) as engine:
        engine.ingest([str(ROOT / "demo" / "text" / "ruangviral-bendera-ciremai.txt")], cluster=False)
        article = engine.articles()[0]
    analysis = analyze(article)
    anchor = text_anchor(article, analysis)
    assert (anchor.year, anchor.event_date, anchor.strong) == (2021, "2021-08-17", True)
    assert anchor.evidence == [
        '"76 tahun setelah … 1945" is 2021',
        '"76 tahun" of Indonesia\'s independence is 2021',
        '"Selasa (17/8)": that weekday falls on that day in 2021, not in 2025',
    ]
    assert any("placed on the story clock" in n for n in analysis.notes)
    assert flag_stale(article, analysis).event_date == "2021-08-17"


def test_counts_forward_only_in_the_lede_and_only_from_a_dated_base():
    event = "tepat 17 tahun setelah tsunami Aceh pada 26 Desember 2004"
    lede = f"Warga Banda Aceh menggelar doa bersama di masjid raya, {event}."
    anchor = text_anchor(*_article(lede))
    assert anchor.year == 2021 and anchor.evidence == ['"17 tahun setelah … 2004" is 2021']
    filler = "Ratusan orang hadir. Cuaca cerah. Panitia membagikan makanan. "
    background = f"Warga menggelar doa bersama di masjid raya. {filler}Masjid itu dibangun {event}."
    assert text_anchor(*_article(background)) is None  # background further down, not the article's event
    no_base = "Pasangan itu menggelar pesta, Sabtu (16/8), tepat 12 tahun setelah menikah."
    assert text_anchor(*_article(no_base)) is None


def test_a_weekday_that_does_not_fit_is_never_evidence_alone():
    typo = "Ratusan warga menggelar upacara pengibaran bendera, Selasa (17/8), di lapangan desa."
    assert text_anchor(*_article(typo)) is None  # 17 August 2025 is a Sunday: a slip, or a republication?
