"""Dates as Indonesian and English news sites print them, pinned on the seeds and on indonews."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gugus.ingest.dates import find_date, parse_date
from gugus.lang import en
from gugus.lang import id as indonesian

from .conftest import INDONEWS, need
from .conftest import seed_text as seed

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2})?)?$")


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("Kamis, 19 Juni 2025 14:05 WIB", "2025-06-19T14:05:00+07:00"),
        ("19/6/2025", "2025-06-19"),
        ("19/06/2025 14:05", "2025-06-19T14:05:00"),
        ("Diperbarui 18 Jun 2025, 14:05 WIB", "2025-06-18T14:05:00+07:00"),
        ("Desember 22, 2024", "2024-12-22"),
        ("22 Desember 2024", "2024-12-22"),
        ("Senin, 16 Jun 2025 07:30 WIB", "2025-06-16T07:30:00+07:00"),
        ("2025-06-18T14:05", "2025-06-18T14:05:00"),
        ("June 18, 2025", "2025-06-18"),
        ("18 June 2025", "2025-06-18"),
        ("Jun 18, 2025 2:05 PM", "2025-06-18T14:05:00"),
        ("Jun 18, 2025 12:05 AM", "2025-06-18T00:05:00"),
        # the shapes the six indonews outlets print (liputan6, okezone, tempo, detik, kompas, republika)
        (",\xa0Jurnalis-Senin, 16 Juni 2025 |15:20 WIB", "2025-06-16T15:20:00+07:00"),
        ("18 Juni 2025 | 20.04 WIB", "2025-06-18T20:04:00+07:00"),
        ("Rabu, 18 Jun 2025 07:30 WIB", "2025-06-18T07:30:00+07:00"),
        ("Kompas.com- 18/06/2025, 21:35 WIB", "2025-06-18T21:35:00+07:00"),
        ("Kompas.com- Diperbarui 19/06/2025, 10:25 WIB", "2025-06-19T10:25:00+07:00"),
        ("Rabu   18 Jun 2025  22:02 WIB", "2025-06-18T22:02:00+07:00"),
        # zones and offsets
        ("Sabtu, 21 Juni 2025 pukul 08.30 WITA", "2025-06-21T08:30:00+08:00"),
        ("21 Juni 2025 19:00 WIT", "2025-06-21T19:00:00+09:00"),
        ("3 Sept. 2024 10:00 GMT+7", "2024-09-03T10:00:00+07:00"),
        ("2025-06-18T14:05:00Z", "2025-06-18T14:05:00+00:00"),
        ("2025-06-18 14:05:00+0700", "2025-06-18T14:05:00+07:00"),
        # numbers: day first as Indonesians write it, month first only where day first is impossible
        ("5/6/2025", "2025-06-05"),
        ("6/19/2025", "2025-06-19"),
        ("19.06.2025", "2025-06-19"),
        ("19-6-25", "2025-06-19"),
        ("Published: 4th July 2024", "2024-07-04"),
        ("Updated Oct. 2, 2024 at 9:15 a.m.", "2024-10-02T09:15:00"),
        # a time before its date, as AP prints it, with English zone names
        ("Updated 10:42 AM EDT, June 18, 2025", "2025-06-18T10:42:00-04:00"),
        ("Updated 4:18 PM GMT+8, June 19, 2025", "2025-06-19T16:18:00+08:00"),
        ("Published 9:05 PM PST, Dec. 3, 2024", "2024-12-03T21:05:00-08:00"),
        ("10:42 AM EDT, Wednesday, June 18, 2025", "2025-06-18T10:42:00-04:00"),
        ("14.05 WIB, Rabu 18 Juni 2025", "2025-06-18T14:05:00+07:00"),
        ("June 18, 2025 6:30 AM BST", "2025-06-18T06:30:00+01:00"),
        ("18 June 2025 08:00 SGT", "2025-06-18T08:00:00+08:00"),
        ("No. 3.12, 18 Juni 2025", "2025-06-18"),  # a dotted number before a date is no time
        ("Rp 12.500, 18 Juni 2025", "2025-06-18"),
    ],
)
def test_parse_date_reads_news_site_dates(written: str, iso: str) -> None:
    assert parse_date(written) == iso


@pytest.mark.parametrize(
    "written",
    [
        "31/2/2025",
        "2025-02-30",
        "30 Februari 2024",
        "31 April 2025",
        "",
        "pada tahun 2017",
        "29 Juli",
        "Juni 2025",
        "Rabu (18/6)",
        "1.234.567",
        "Senin",
        "13/13/2025",
    ],
)
def test_parse_date_gives_none_for_no_date_or_an_impossible_one(written: str) -> None:
    assert parse_date(written) is None


@pytest.mark.parametrize(("name", "month"), sorted({**indonesian.MONTHS, **en.MONTHS}.items()))
def test_every_month_name_and_abbreviation(name: str, month: int) -> None:
    assert parse_date(f"5 {name.title()} 2024") == f"2024-{month:02d}-05"
    assert parse_date(f"{name.upper()} 5, 2024") == f"2024-{month:02d}-05"


@pytest.mark.parametrize(
    ("zone", "offset"),
    [
        ("EDT", "-04:00"), ("EST", "-05:00"), ("PDT", "-07:00"), ("PST", "-08:00"), ("CDT", "-05:00"),
        ("UTC", "+00:00"), ("GMT", "+00:00"), ("BST", "+01:00"), ("CEST", "+02:00"), ("SGT", "+08:00"),
        ("MYT", "+08:00"), ("WIB", "+07:00"), ("WITA", "+08:00"), ("WIT", "+09:00"),
    ],
)  # fmt: skip
def test_zones(zone: str, offset: str) -> None:
    assert parse_date(f"June 18, 2025 10:42 AM {zone}") == f"2025-06-18T10:42:00{offset}"
    assert parse_date(f"10:42 AM {zone}, June 18, 2025") == f"2025-06-18T10:42:00{offset}"


def test_a_time_that_cannot_be_keeps_the_date() -> None:
    assert parse_date("19 Juni 2025 25:61 WIB") == "2025-06-19"


def test_find_date_seed_003_date_line_on_top() -> None:
    assert find_date(seed("003_f7bc1c657a1d3bcf.txt")) == ("2024-12-22", 0)


def test_find_date_seed_000_invents_no_date() -> None:
    # "29 Juli", "Pada tahun 2017", "15 Agustus" and "tahun 2022" are in body sentences, not a header.
    assert find_date(seed("000_f2213b32f19f593e.txt")) == (None, None)
    assert find_date(seed("000_f2213b32f19f593e.txt"), max_lines=50) == (None, None)


def test_find_date_skips_body_sentences_and_dated_headlines() -> None:
    text = (
        "Harga Kripto Hari Ini 13 Juni 2025: Bitcoin dan Ethereum Cs Merosot\n\n"
        "Mengutip data Coinmarketcap, Jumat (13/6/2025), Bitcoin melemah 4,15 persen dalam 24 jam.\n\n"
        "Pada 12 Juni 2025 harga Bitcoin sempat menyentuh Rp1,7 miliar per koin."
    )
    assert find_date(text) == (None, None)


def test_find_date_returns_the_index_of_the_line() -> None:
    text = (
        "Banjir Bandang Terjang Garut, 12 Orang Tewas\n"
        "\n"
        "Diperbarui 19 Jun 2025, 14:05 WIB\n"
        "\n"
        "Garut - Banjir bandang menerjang tiga kecamatan di Kabupaten Garut, Kamis (19/6/2025) dini hari."
    )
    iso, index = find_date(text)
    assert iso == "2025-06-19T14:05:00+07:00"
    assert text.splitlines()[index] == "Diperbarui 19 Jun 2025, 14:05 WIB"


def test_find_date_prefers_published_over_updated() -> None:
    text = "Diperbarui 20 Jun 2025, 08:00 WIB\nDipublikasikan 18 Jun 2025, 14:05 WIB\nIsi berita."
    assert find_date(text) == ("2025-06-18T14:05:00+07:00", 1)


def test_find_date_accepts_a_byline_with_a_date() -> None:
    assert find_date("Oleh Rina Wulandari | 19 Juni 2025\n\nIsi berita.") == ("2025-06-19", 0)
    assert find_date("By Jane Doe, June 18, 2025\n\nBody.") == ("2025-06-18", 0)


def test_find_date_looks_only_at_the_first_lines() -> None:
    text = "\n".join(["Paragraf pembuka berita yang cukup panjang untuk menjadi isi."] * 6 + ["22 Juni 2025"])
    assert find_date(text) == (None, None)
    assert find_date(text, max_lines=7) == ("2025-06-22", 6)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parse_date_never_raises(s: str) -> None:
    result = parse_date(s)
    assert result is None or ISO.match(result)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["19", "6", "2025", "/", "-", ".", ":", " ", "Juni", "Sept", "WIB", "PM", "+07", "T", "ſep", "31"]
        ),
        max_size=14,
    ).map("".join)
)
def test_parse_date_never_raises_on_date_like_soup(s: str) -> None:
    result = parse_date(s)
    assert result is None or ISO.match(result)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_find_date_never_raises(s: str) -> None:
    iso, index = find_date(s)
    assert (iso is None) == (index is None)


@pytest.mark.slow
def test_every_indonews_date_line_parses_to_its_date() -> None:
    """All 3,698 `date_raw` strings of six outlets read as the dataset's own `date` field."""
    need(INDONEWS)
    misses = []
    with INDONEWS.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["date_raw"] and row["date"]:
                got = parse_date(row["date_raw"])
                if (got or "")[:16] != row["date"][:16]:
                    misses.append((row["date_raw"], row["date"], got))
    assert misses == []
