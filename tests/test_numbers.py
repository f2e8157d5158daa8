"""Numbers with units and qualifiers: real indonews sentences, the conventions, what is no quantity."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gugus.analyze.numbers import find_numbers, words_value

from .conftest import INDONEWS, SEEDS, need


def nums(text: str, lang: str | None = "id") -> list[tuple]:
    """(text, value, unit) per quantity, with the qualifier appended when there is one; values are
    rounded to nine significant digits, so that 11,8 × 10¹² compares equal to 11.8e12."""
    out = []
    for q in find_numbers(text, lang):
        assert text[q.start : q.end] == q.text
        value = float(f"{q.value:.9g}")
        out.append((q.text, value, q.unit, q.qualifier) if q.qualifier else (q.text, value, q.unit))
    return out


# Short excerpts of real articles of ../shared/data/indonews (id in the comment); values checked by reading.
REAL = [
    # indonews:1529
    (
        "Gempa yang terjadi memiliki kekuatan magnitudo 4,9 dengan kedalaman 13 kilometer.",
        [("magnitudo 4,9", 4.9, "magnitude"), ("13 kilometer", 13.0, "km")],
    ),
    # indonews:235
    (
        "Lihat juga Video Kepanikan Jemaat Gereja di Lima Saat Gempa M 6,1 Guncang Peru",
        [("M 6,1", 6.1, "magnitude")],
    ),
    # indonews:1773
    ("Hasil analisis BMKG menunjukkan gempa berkekuatan M4,9.", [("M4,9", 4.9, "magnitude")]),
    # indonews:137
    (
        "serangan Israel telah menewaskan sedikitnya 224 orang, termasuk komandan militer",
        [("sedikitnya 224 orang", 224.0, "orang", "sedikitnya")],
    ),
    # indonews:331
    (
        "Badan pertahanan sipil Gaza melaporkan sedikitnya 30 orang tewas akibat tembakan",
        [("sedikitnya 30 orang", 30.0, "orang", "sedikitnya")],
    ),
    # indonews:210
    (
        "dengan total peluncuran lebih dari 150 rudal balistik.",
        [("lebih dari 150 rudal", 150.0, "rudal", "lebih dari")],
    ),
    # indonews:2898: "1.000" is one thousand in Indonesian
    (
        "Iran meluncurkan lebih dari 450 rudal dan 1.000 drone ke berbagai kota di Israel.",
        [("lebih dari 450 rudal", 450.0, "rudal", "lebih dari"), ("1.000 drone", 1000.0, "drone")],
    ),
    # indonews:42: "8.5" written the English way is still a decimal; "nol ke" is no quantity
    (
        "daya gabungan 204 PS dan torsi 310 NM. Sementara untuk akselerasi dari nol ke 100 km/jam hanya "
        "memerlukan waktu 8.5 detik.",
        [
            ("204 PS", 204.0, "PS"),
            ("310 NM", 310.0, "Nm"),
            ("100 km/jam", 100.0, "km/h"),
            ("8.5 detik", 8.5, "detik"),
        ],
    ),
    # indonews:64
    (
        "Kecepatannya bisa mencapai 70 km/jam dengan jarak tempuh hingga 200 km berdasarkan standar CLTC.",
        [("70 km/jam", 70.0, "km/h"), ("200 km", 200.0, "km")],
    ),
    # indonews:616
    ("Respons Wilmar Group Kejagung Sita Rp 11,8 T: Itu Dana Jaminan", [("Rp 11,8 T", 11.8e12, "IDR")]),
    # indonews:129
    (
        "Pulau Rangyai yang terletak di Thailand ditawarkan sebesar US$ 160 juta.",
        [("US$ 160 juta", 160e6, "USD")],
    ),
    # indonews:173
    (
        "dalam 5 tahun ke depan pihaknya membidik investasi setidaknya US$ 4,4 miliar.",
        [("5 tahun", 5.0, "tahun"), ("setidaknya US$ 4,4 miliar", 4.4e9, "USD", "setidaknya")],
    ),
    # indonews:1996
    (
        "Diketahui, ratusan warga penerima sertifikat tanah dalam program PTSL tersebut",
        [("ratusan warga", 100.0, "orang", "ratusan")],
    ),
    # indonews:155: an article number and a regulation's number/year
    ("Kebijakan ini diklaim sejalan dengan ketentuan Pasal 21 huruf c POJK 29/2023.", []),
    # indonews:532
    (
        "menerima puluhan ribu peziarah hindu setiap tahun selama musim panas",
        [("puluhan ribu peziarah", 1e4, "peziarah", "puluhan")],
    ),
    # indonews:107
    ("Pasukan Ronggolawe naik kuda sebanyak 50 orang,", [("50 orang", 50.0, "orang")]),
    # indonews:72: words glued by scraping ("atauBI-Ratesebesar") do not hide the rate
    (
        "mempertahankan suku bunga atauBI-Ratesebesar 5,5 persen untuk bulan Juni 2025.",
        [("5,5 persen", 5.5, "percent")],
    ),
    # indonews:28: a time of day and a date, no quantity
    ("insiden ini terjadi pada sekitar pukul 13.20 WIB, Senin (2/6) kemarin.", []),
    # indonews:23
    ("Dalam kasus ini, Kejagung telah menetapkan tiga orang tersangka.", [("tiga orang", 3.0, "orang")]),
    # indonews:543
    (
        "ANAP masih perlu membeli setidaknya 261,63 BTC atau setara dengan USD 28,1 juta (Rp456,9 miliar)",
        [
            ("setidaknya 261,63", 261.63, None, "setidaknya"),
            ("USD 28,1 juta", 28.1e6, "USD"),
            ("Rp456,9 miliar", 456.9e9, "IDR"),
        ],
    ),
    # indonews:1045
    ("IHSG turun 0,68% ke posisi 7.117,59.", [("0,68%", 0.68, "percent"), ("7.117,59", 7117.59, None)]),
]


@pytest.mark.parametrize(("text", "expected"), REAL)
def test_real_indonews_sentences(text, expected):
    assert nums(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harga cabai naik menjadi Rp 13.500 per kilogram.", [("Rp 13.500", 13500.0, "IDR")]),
        ("Pertumbuhan ekonomi 3,5 persen", [("3,5 persen", 3.5, "percent")]),
        ("anggaran Rp 2,6 T", [("Rp 2,6 T", 2.6e12, "IDR")]),
        ("dana Rp2,6 triliun", [("Rp2,6 triliun", 2.6e12, "IDR")]),
        ("voucher Rp 500 ribu", [("Rp 500 ribu", 5e5, "IDR")]),
        ("kerugian Rp1,2 miliar", [("Rp1,2 miliar", 1.2e9, "IDR")]),
        ("Rp 500.000,- per orang", [("Rp 500.000", 5e5, "IDR")]),
        ("nilai US$ 4,5 juta", [("US$ 4,5 juta", 4.5e6, "USD")]),
        ("senilai 4,5 juta dolar AS", [("4,5 juta dolar AS", 4.5e6, "USD")]),
        ("12 orang tewas", [("12 orang", 12.0, "orang")]),
        ("12 warga dan 3 jiwa", [("12 warga", 12.0, "orang"), ("3 jiwa", 3.0, "orang")]),
        ("lebih dari 30 rudal", [("lebih dari 30 rudal", 30.0, "rudal", "lebih dari")]),
        ("sedikitnya 12 orang tewas", [("sedikitnya 12 orang", 12.0, "orang", "sedikitnya")]),
        ("sedikitnya dua orang tewas", [("sedikitnya dua orang", 2.0, "orang", "sedikitnya")]),
        ("ratusan rumah rusak", [("ratusan rumah", 100.0, "rumah", "ratusan")]),
        ("ribuan warga mengungsi", [("ribuan warga", 1000.0, "orang", "ribuan")]),
        ("dua negara", [("dua negara", 2.0, "negara")]),
        ("sepuluh pemain", [("sepuluh pemain", 10.0, "pemain")]),
        ("dua puluh lima jiwa", [("dua puluh lima jiwa", 25.0, "orang")]),
        ("30-an orang", [("30-an orang", 30.0, "orang", "sekitar")]),
        ("dalam waktu 24 bulan.", [("24 bulan", 24.0, "bulan")]),
        ("gempa 5,1 magnitudo", [("5,1 magnitudo", 5.1, "magnitude")]),
        ("gempa M 5,1 mengguncang", [("M 5,1", 5.1, "magnitude")]),
        ("gempa magnitudo 5,9", [("magnitudo 5,9", 5.9, "magnitude")]),
        ("setinggi 80 meter", [("80 meter", 80.0, "m")]),
        ("melaju 30 km/jam", [("30 km/jam", 30.0, "km/h")]),
        ("turun 50 persen", [("50 persen", 50.0, "percent")]),
        ("naik 20%", [("20%", 20.0, "percent")]),
        ("naik 0,25 persen poin", [("0,25 persen poin", 0.25, "percentage point")]),
        ("suhu 38,5 derajat Celsius", [("38,5 derajat Celsius", 38.5, "°C")]),
        ("sekitar 1,5 juta ton beras", [("sekitar 1,5 juta ton", 1.5e6, "ton", "sekitar")]),
        ("Sebanyak 1.234.567 orang", [("1.234.567 orang", 1234567.0, "orang")]),
        ("berusia 45 tahun", [("45 tahun", 45.0, "tahun")]),
        ("jarak 30km", [("30km", 30.0, "km")]),
    ],
)
def test_indonesian(text, expected):
    assert nums(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "pada tahun 2022",  # years belong to the time expressions
        "15 Agustus 2022",
        "Rabu (18/6/2025)",
        "pukul 14.05 WIB",
        "pukul 14:05",
        "pada 14:05",
        "Pasal 27 ayat (3) UU ITE",
        "UU Nomor 11 Tahun 2008",
        "No. 5",
        "hubungi 0812-3456-7890",
        "kode 1234567890",
        "77 tahun yang lalu",  # a time expression, not a duration
        "tiga hari lalu",
        "salah satu negara",
        "satu-satunya",
        "kedua negara",
        "seorang warga",
        "pada 1990-an",
        "skor 2-1",
        "COVID-19",
        "jaringan 5G",
        "di Liga 1 musim ini",
        "Presiden ke 6 Republik Indonesia",
        "Trojak, Myungguan (Sangwoo 80')",  # a match minute
        "dua di antaranya",  # a number word needs a noun
        "ratusan",
    ],
)
def test_not_quantities(text):
    assert nums(text) == []


def test_list_numbers_are_no_quantities():
    assert nums("Berikut caranya:\n1. Buka aplikasi\n2. Pilih menu") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 people died", [("12 people", 12.0, "people")]),
        ("more than 30 missiles", [("more than 30 missiles", 30.0, "missiles", "more than")]),
        ("at least 12 people were killed", [("at least 12 people", 12.0, "people", "at least")]),
        ("a $4.5 million grant", [("$4.5 million", 4.5e6, "USD")]),
        ("The company raised $4.5m in funding.", [("$4.5m", 4.5e6, "USD")]),
        ("a $1.2bn deal", [("$1.2bn", 1.2e9, "USD")]),
        ("2.3 million users", [("2.3 million users", 2.3e6, "users")]),
        ("13,500 troops", [("13,500 troops", 13500.0, "troops")]),
        ("nearly 2,000 homes", [("nearly 2,000 homes", 2000.0, "homes", "nearly")]),
        ("a 5.9-magnitude quake", [("5.9-magnitude", 5.9, "magnitude")]),
        ("hundreds of people", [("hundreds of people", 100.0, "people", "hundreds")]),
        (
            "tens of thousands of people",
            [("tens of thousands of people", 1e4, "people", "tens of thousands")],
        ),
        ("three people", [("three people", 3.0, "people")]),
        ("twenty-five missiles", [("twenty-five missiles", 25.0, "missiles")]),
        ("4.5 million US dollars", [("4.5 million US dollars", 4.5e6, "USD")]),
        ("rose 0.25 percentage points", [("0.25 percentage points", 0.25, "percentage point")]),
        ("one of the", []),
        ("at 10:30 a.m.", []),
        ("in 2022", []),
    ],
)
def test_english(text, expected):
    assert nums(text, "en") == expected


def test_separators_follow_the_language():
    assert nums("13.500 orang", "id") == [("13.500 orang", 13500.0, "orang")]
    assert nums("13.500 people", "en") == [("13.500 people", 13.5, "people")]
    assert nums("13,500 people", "en") == [("13,500 people", 13500.0, "people")]
    assert nums("3,5 persen", None) == [("3,5 persen", 3.5, "percent")]  # no language: Indonesian


def test_words_value():
    assert words_value("tujuh puluh tujuh") == 77
    assert words_value("dua ratus lima puluh") == 250
    assert words_value("seribu dua ratus") == 1200
    assert words_value("dua belas") == 12
    assert words_value("twenty-five") == 25
    assert words_value("banyak") is None


def test_seed_quantities():
    """The AP seed's figures: the 24-month deadline, the 30 missiles the copy leaves out, and the first
    ICBM test "in nearly five years"; its years (2014, 2017, 2022) are time expressions, not figures."""
    text = (need(SEEDS) / "000_f2213b32f19f593e.txt").read_text(encoding="utf-8")
    assert nums(text) == [
        ("24 bulan", 24.0, "bulan"),
        ("lebih dari 30 rudal", 30.0, "rudal", "lebih dari"),
        ("hampir lima tahun", 5.0, "tahun", "hampir"),
    ]
    copy = (need(SEEDS) / "003_f7bc1c657a1d3bcf.txt").read_text(encoding="utf-8")
    assert nums(copy) == [("dua hari", 2.0, "hari"), ("dua entitas", 2.0, "entitas")]  # "77 tahun" is a time


# -- properties ---------------------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "Rp", "US$", "$", "juta", "T", "M", "5,1", "13.500", "persen", "%", "orang", "lebih dari", "ratusan",
        "ribu", "-an", "km/jam", "dolar", "AS", "of", "hundreds", "'", "°", "pukul", "WIB", "Pasal", "0812",
        "1.000.000,5", "ke", "salah", "satu", "dua", "puluh", "2022", "/", "-", ".", ",", "\n", " ", "İ", "٣",
        "magnitudo", "4.5m", "bn", "9" * 40,
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    text=st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=30).map(" ".join)),
    lang=st.sampled_from(["id", "en", None, "xx"]),
)
def test_never_raises_and_offsets_hold(text, lang):
    last_end = 0
    for q in find_numbers(text, lang):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.start >= last_end
        last_end = q.end


@pytest.mark.slow
def test_whole_indonews_corpus():
    """Every article of indonews: no error, offsets hold, and no year is taken for a quantity."""
    path = need(INDONEWS)
    with path.open(encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            for q in find_numbers(text):
                assert text[q.start : q.end] == q.text
                assert not (q.unit is None and q.text.isdigit() and 1900 <= int(q.text) <= 2100)
