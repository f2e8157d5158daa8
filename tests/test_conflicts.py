"""Conflicts: a true number, place, name and date conflict each found; complementary facts never flagged.

The stories are project-written (tests/fixtures/compare_claims) or built here from a sentence or two;
the seeds give the Tass / Izvestia interview.
"""

from __future__ import annotations

import json

import pytest

from gugus.analyze.article import analyze
from gugus.compare.claims import build_claims
from gugus.compare.conflicts import compatible_numbers, find_conflicts
from gugus.model import Article, Quantity

from .test_claims import fixture_story, seeds  # noqa: F401  (seeds: a session fixture)


def q(text: str, value: float, unit: str = "rudal", qualifier: str | None = None) -> Quantity:
    return Quantity(text, value, unit, 0, len(text), qualifier)


def story(*texts: str, outlets: tuple[str, ...] = ("Kabar Nusantara", "Warta Harian", "Sinar Pagi")) -> list:
    """One article per text, each from its own outlet, an hour apart."""
    items = []
    for k, text in enumerate(texts):
        a = Article(
            id=f"a{k}", source_id=f"a{k}", title="Berita", text=text, outlet=outlets[k],
            published=f"2025-06-18T0{k + 8}:00", lang="id",
        )  # fmt: skip
        items.append((a, analyze(a)))
    return items


def values(conflict) -> dict[str, list[str]]:
    return {v["value"]: [s["article_id"] for s in v["sources"]] for v in conflict.values}


# -- figures that can both be right --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        (
            q("lebih dari 30 rudal", 30, qualifier="lebih dari"),
            q("lebih dari 20 rudal", 20, qualifier="lebih dari"),
            False,
        ),
        (q("30 rudal", 30), q("31 rudal", 31), False),
        (q("4,8", 4.8, "magnitude"), q("4,9", 4.9, "magnitude"), False),
        (q("13.500 rumah", 13500, "rumah"), q("13,5 ribu rumah", 13500, "rumah"), True),
        (q("13.520 rumah", 13520, "rumah"), q("13,5 ribu rumah", 13500, "rumah"), True),  # rounding
        (q("1,3 juta KPM", 1.3e6, "KPM"), q("1.323.459 KPM", 1323459, "KPM"), True),  # cut short, not rounded
        (q("sekitar 30 rudal", 30, qualifier="sekitar"), q("32 rudal", 32), True),
        (q("sekitar 30 rudal", 30, qualifier="sekitar"), q("60 rudal", 60), False),
        (q("lebih dari 20 rudal", 20, qualifier="lebih dari"), q("30 rudal", 30), True),
        (q("kurang dari 20 rudal", 20, qualifier="kurang dari"), q("30 rudal", 30), False),
        (q("puluhan rudal", 10, qualifier="puluhan"), q("30 rudal", 30), True),
        (q("30 rudal", 30), q("20 km", 20, "km"), True),  # different units: two facts
        (q("Rp 499 juta", 499e6, "IDR"), q("Rp 499 jutaan", 499, "IDR"), True),  # a multiplier misread
    ],
)
def test_compatible_numbers(a, b, ok):
    assert compatible_numbers(a, b) is ok
    assert compatible_numbers(b, a) is ok


# -- true conflicts ---------------------------------------------------------------------------------


def test_a_number_conflict_with_its_sources():
    conflicts = find_conflicts(fixture_story("rudal"))
    assert [(c.field, c.unit) for c in conflicts] == [("number", "rudal")]
    assert values(conflicts[0]) == {
        "lebih dari 30 rudal": ["rudal-1", "rudal-3"],
        "lebih dari 20 rudal": ["rudal-2"],
    }
    assert "lebih dari 30 rudal" in conflicts[0].claim
    assert conflicts[0].note == "", "an hour and a half apart: no update"


def test_a_place_and_a_name_conflict():
    found = {c.field: values(c) for c in find_conflicts(fixture_story("kapal"))}
    assert found == {
        "place": {"Selat Bali": ["kapal-1"], "Selat Lombok": ["kapal-2"]},
        "name": {"Nanang Sigit": ["kapal-1"], "Budi Santoso": ["kapal-2"]},
    }


def test_seeds_interview_given_to_tass_or_to_izvestia(seeds):  # noqa: F811
    conflicts = find_conflicts(seeds)
    names = [c for c in conflicts if c.field == "name"]
    assert [sorted(values(c)) for c in names] == [["Izvestia", "Tass"]]
    assert "Matsegora" in names[0].claim
    assert not [c for c in conflicts if c.field == "number"], "the 30 missile tests are AP's alone"


def test_a_date_conflict():
    items = story(
        "Presiden meresmikan Bendungan Sadawarna di Subang pada 15 Agustus 2024 bersama menteri.",
        "Presiden meresmikan Bendungan Sadawarna di Subang pada 16 Agustus 2024 bersama menteri.",
    )
    conflicts = find_conflicts(items)
    assert [(c.field, sorted(values(c))) for c in conflicts] == [("date", ["2024-08-15", "2024-08-16"])]


def test_the_later_of_two_figures_hours_apart_is_noted_as_a_possible_update():
    items = story(
        "Sebanyak 12 orang meninggal dunia akibat banjir bandang yang melanda Kabupaten Bogor, kata BPBD.",
        "Sebanyak 15 orang meninggal dunia akibat banjir bandang yang melanda Kabupaten Bogor, kata BPBD.",
    )
    items[1][0].published = "2025-06-18T20:00"
    items[1] = (items[1][0], analyze(items[1][0]))
    (conflict,) = find_conflicts(items)
    assert "may be an update" in conflict.note
    assert json.loads(json.dumps(conflict.to_dict()))["field"] == "number"


# -- complementary facts ------------------------------------------------------------------------------


def test_complementary_facts_are_no_conflict():
    items = fixture_story("gempa")
    claims = build_claims(items)
    assert [c for c in claims if "rumah rusak" in c.text and c.kind == "shared"], "the figures are aligned"
    assert find_conflicts(items, claims) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a figure only one outlet gives
        (
            "Banjir merendam 300 rumah warga di Kecamatan Baleendah, Kabupaten Bandung, Selasa malam.",
            "Banjir merendam 300 rumah warga dan 20 sekolah di Kecamatan Baleendah, Kabupaten Bandung.",
        ),
        # different units
        (
            "Banjir setinggi 150 sentimeter merendam rumah warga di Kecamatan Baleendah, Kabupaten Bandung.",
            "Banjir merendam 150 rumah warga di Kecamatan Baleendah, Kabupaten Bandung, Selasa malam.",
        ),
        # a hedge
        (
            "Sekitar 300 warga mengungsi ke masjid dan sekolah di Kecamatan Baleendah, Kabupaten Bandung.",
            "Sebanyak 312 warga mengungsi ke masjid dan sekolah di Kecamatan Baleendah, Kabupaten Bandung.",
        ),
        # a date given more or less precisely
        (
            "Presiden meresmikan Bendungan Sadawarna di Subang pada Agustus 2024 bersama menteri.",
            "Presiden meresmikan Bendungan Sadawarna di Subang pada 16 Agustus 2024 bersama menteri.",
        ),
        # a week's figure and a day's
        (
            "Total frekuensi perdagangan saham di Bursa Efek Indonesia mencapai 14,44 juta kali transaksi.",
            "Frekuensi perdagangan saham di Bursa Efek Indonesia hari ini mencapai 1.181.149 kali transaksi.",
        ),
        # a year and a period containing it
        (
            "Kejagung menyita uang dalam kasus korupsi ekspor sawit tahun 2022 dari Wilmar Group.",
            "Kejagung menyita uang dalam kasus korupsi ekspor sawit periode 2021-2022 dari Wilmar Group.",
        ),
        # the start of a period and a day in it
        (
            "Harga emas Antam sudah turun tiga hari berturut-turut sejak Selasa 17 Juni 2025, kata petugas.",
            "Harga emas Antam turun tiga hari berturut-turut hingga Kamis 19 Juni 2025, kata petugas.",
        ),
        # a place and the region around it, named together elsewhere
        (
            "Banjir merendam ratusan rumah warga di Baleendah, Kabupaten Bandung, Jawa Barat, Selasa malam.",
            "Banjir merendam ratusan rumah warga di Jawa Barat, Selasa malam. Baleendah paling parah.",
        ),
    ],
)
def test_no_false_alarm(a, b):
    assert find_conflicts(story(a, b)) == []


def test_two_people_in_one_template_are_no_conflict():
    """ "Hakim menghukum Zarof …" / "Hakim menghukum Lisa …": the same sentence about two defendants."""
    items = story(
        "Hakim juga menghukum Zarof Ricar membayar denda Rp 1 miliar subsider enam bulan kurungan.",
        "Hakim juga menghukum Lisa Rachmat membayar denda Rp 750 juta subsider enam bulan kurungan. "
        "Sebelumnya Zarof Ricar divonis 16 tahun penjara.",
    )
    assert find_conflicts(items) == []


def test_one_outlet_never_conflicts_with_itself():
    a = "Sebanyak 12 orang meninggal dunia akibat banjir bandang yang melanda Kabupaten Bogor, kata BPBD."
    b = a.replace("12", "15")
    assert find_conflicts(story(a, b, outlets=("Kabar Nusantara", "Kabar Nusantara"))) == []
    assert len(find_conflicts(story(a, b))) == 1
