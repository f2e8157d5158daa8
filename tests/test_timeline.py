"""Timeline: the seeds' events in 2022 (not in the copy's 2024), merged across outlets, in order."""

from __future__ import annotations

import pytest

from gugus.compare.timeline import article_events, period_start, story_timeline

from .conftest import SEED_AP, SEED_COPY


@pytest.fixture(scope="module")
def seed_timeline(seeds):
    return story_timeline([seeds[SEED_AP], seeds[SEED_COPY]])


def _at(timeline, value: str):
    return [e for e in timeline if e.date == value]


def test_the_message_of_15_august_2022_from_both_outlets(seeds, seed_timeline):
    ap, copy = seeds[SEED_AP][0].id, seeds[SEED_COPY][0].id
    sent = _at(seed_timeline, "2022-08-15")
    assert len(sent) == 2  # Pushilin's message, and Putin's message carried on the same Monday
    message = next(e for e in sent if len(e.sources) == 2)
    assert message.grain == "day" and set(message.sources) == {ap, copy}
    assert {(m.article_id, m.expr) for m in message.mentions} == {
        (copy, "15 Agustus"), (ap, "15 Agustus"), (ap, "Senin")}  # fmt: skip
    assert message.text.startswith("Pesan Pushilin kepada Kim bertepatan dengan peringatan 15 Agustus")
    putin = next(e for e in sent if len(e.sources) == 1)
    assert putin.mentions[0].expr == "hari Senin" and "Kantor Berita Pusat Korea" in putin.text


def test_the_kcna_report_the_moscow_meeting_and_the_recognition(seeds, seed_timeline):
    ap, copy = seeds[SEED_AP][0].id, seeds[SEED_COPY][0].id
    (report,) = _at(seed_timeline, "2022-08-17")
    assert report.sources == [ap] and report.mentions[0].expr == "Rabu"
    assert report.text.endswith("kata Kantor Berita Pusat Korea Utara, Rabu.")
    (meeting,) = _at(seed_timeline, "2022-07-29")
    assert meeting.sources == [ap] and "di Moskow pada 29 Juli" in meeting.text
    july = _at(seed_timeline, "2022-07")
    recognition = [e for e in july if len(e.sources) == 2]
    assert len(recognition) == 1 and recognition[0].grain == "month"
    assert {m.expr for m in recognition[0].mentions} == {"bulan Juli", "bulan lalu"}
    assert all("mengakui" in m.text for m in recognition[0].mentions)
    assert set(recognition[0].sources) == {ap, copy}


def test_the_copy_is_read_in_2022_not_in_2024(seed_timeline):
    assert not [e for e in seed_timeline if e.date.startswith(("2023", "2024"))]
    assert not [e for e in seed_timeline if e.date.startswith("--")]
    assert "2022-08-16" in [e.date for e in seed_timeline]  # "hari Selasa": the Moscow security conference
    starts = [period_start(e.date) for e in seed_timeline]
    assert starts == sorted(starts)


def test_today_inside_a_quotation_is_no_event(seeds, seed_timeline):
    assert not [m for e in seed_timeline for m in e.mentions if m.expr == "hari ini"]
    (liberation,) = _at(seed_timeline, "1945")  # "77 tahun yang lalu" in both quotations: 1945
    assert len(liberation.sources) == 2


def test_without_the_correction_the_copy_lands_in_2024(seeds):
    article, analysis = seeds[SEED_COPY]
    dates = {e.date for e in article_events(article, analysis)}
    assert "2024-08-15" in dates and "2022-08-15" not in dates


def test_a_republication_alone_is_read_in_its_own_time(events):
    timeline = story_timeline([events["republished-id"]])
    assert [e.date for e in timeline if e.grain == "day"] == ["2022-08-15", "2022-08-17"]
    assert not [e for e in timeline if e.date.startswith("2025")]


def test_the_same_quake_from_two_outlets_two_years_apart(events):
    original, copy = events["quake-original"], events["quake-republished"]
    timeline = story_timeline([original, copy])
    quake = _at(timeline, "2022-11-21")
    assert len(quake) == 1 and quake[0].sources == [original[0].id, copy[0].id]
    assert quake[0].to_dict()["mentions"][1]["expr"] == "Senin siang, 21 November"


@pytest.mark.parametrize(
    ("value", "first"),
    [("2022-08-15", "2022-08-15"), ("2022-W33", "2022-08-15"), ("2022-07", "2022-07-01"),
     ("2025-Q3", "2025-07-01"), ("2025-H2", "2025-07-01"), ("2019", "2019-01-01")],
)  # fmt: skip
def test_period_start(value, first):
    assert period_start(value).isoformat() == first


def test_period_start_of_a_date_without_year():
    assert period_start("--08-15") is None
