"""Header parsing of pasted articles: pinned on both seeds, on written leads and on indonews pastes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gugus.ingest.credits import find_credits
from gugus.ingest.plaintext import PlainMeta, first_sentence, parse_plaintext

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SEEDS = DATA / "seeds"
INDONEWS = DATA / "indonews" / "articles.jsonl"
BANNER = "Temukan semua artikel terbaru dan tonton acara TV, laporan, dan podcast terkait Indonesia di"


def seed(name: str) -> str:
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"{path} is absent: the seed articles live in ../shared/data beside the repository")
    return path.read_text(encoding="utf-8")


def test_seed_003_content_site_copy() -> None:
    meta = parse_plaintext(seed("003_f7bc1c657a1d3bcf.txt"))
    assert meta.title == (
        "Pemimpin Donetsk yang memproklamirkan diri menjanjikan ‘kerja sama bilateral’ dengan Korea Utara"
    )
    assert meta.section == "Ukraina"
    assert meta.outlet == "Semarak News"
    assert meta.published == "2024-12-22"
    assert BANNER not in meta.body
    assert f"removed chrome line: {BANNER}" in meta.notes
    assert meta.body.startswith("Korea Utara dan wilayah Donetsk yang diduduki Rusia")
    assert meta.body.endswith("Reuters berkontribusi pada laporan ini.")
    for header in ("Desember 22, 2024", "Semarak News", "| Ukraina"):
        assert header not in meta.body
    assert find_credits(meta.body).wire == ["Reuters"]


def test_seed_000_ap_copy_title_from_first_sentence_after_dateline() -> None:
    """Decision: the title is the lead's first sentence without its dateline; the body keeps the dateline."""
    meta = parse_plaintext(seed("000_f2213b32f19f593e.txt"))
    assert meta.title.startswith("Kepala pasukan proksi Rusia di wilayah Donetsk, Ukraina Timur,")
    assert meta.title.endswith("…") and len(meta.title) <= 201
    assert meta.outlet == "Media Sumatera"
    assert meta.published is None  # "29 Juli", "2017", "15 Agustus" are no publication date
    assert meta.section is None
    assert "Media Sumatera" not in meta.title and "Online." not in meta.title
    assert "Media Sumatera" not in meta.body
    assert meta.body.startswith("SEOUL, Korea Selatan (AP) — Kepala pasukan proksi Rusia")
    assert "title from first sentence, after the dateline" in meta.notes
    credits = find_credits(meta.body)
    assert (credits.wire, credits.dateline) == (["AP"], "Seoul")


def test_title_date_and_lead_outlet() -> None:
    raw = (
        "Pemutihan Pajak Kendaraan Jawa Barat Berakhir 30 Juni 2025\n"
        "Diperbarui 18 Jun 2025, 14:05 WIB\n"
        "Liputan6.com, Jakarta - Program pemutihan pajak kendaraan bermotor di Jawa Barat berakhir "
        "30 Juni 2025. Warga yang belum ikut masih punya waktu hingga akhir bulan.\n"
        "Baca Juga\n"
        "Gubernur Dedi Mulyadi meminta warga memanfaatkan kesempatan itu, Rabu (18/6/2025).\n"
        "Advertisement"
    )
    meta = parse_plaintext(raw)
    assert meta == PlainMeta(
        title="Pemutihan Pajak Kendaraan Jawa Barat Berakhir 30 Juni 2025",
        section=None,
        outlet="Liputan6",
        published="2025-06-18T14:05:00+07:00",
        body=(
            "Liputan6.com, Jakarta - Program pemutihan pajak kendaraan bermotor di Jawa Barat berakhir "
            "30 Juni 2025. Warga yang belum ikut masih punya waktu hingga akhir bulan.\n\n"
            "Gubernur Dedi Mulyadi meminta warga memanfaatkan kesempatan itu, Rabu (18/6/2025)."
        ),
        notes=[
            "removed chrome line: Baca Juga",
            "removed chrome line: Advertisement",
            "title from header line",
            "published from header line: Diperbarui 18 Jun 2025, 14:05 WIB",
            "outlet from lead: Liputan6",
        ],
    )


@pytest.mark.parametrize(
    ("line", "title", "section", "outlet"),
    [
        (
            "Zarof Ricar Divonis 16 Tahun Penjara | Nasional",
            "Zarof Ricar Divonis 16 Tahun Penjara",
            "Nasional",
            None,
        ),
        (
            "Zarof Ricar Divonis 16 Tahun Penjara - Kompas.com",
            "Zarof Ricar Divonis 16 Tahun Penjara",
            None,
            "Kompas",
        ),
        (
            "Zarof Ricar Divonis 16 Tahun Penjara | Hukum | TEMPO.CO",
            "Zarof Ricar Divonis 16 Tahun Penjara",
            "Hukum",
            "Tempo",
        ),
        ("Prabowo - Putin Teken Empat Kerja Sama di St. Petersburg", None, None, None),
    ],
)
def test_title_suffixes(line: str, title: str | None, section: str | None, outlet: str | None) -> None:
    meta = parse_plaintext(f"{line}\n\nIsi berita yang cukup panjang, dengan satu kalimat saja di sini.")
    assert meta.title == (title or line)
    assert (meta.section, meta.outlet) == (section, outlet)


def test_short_title_straight_before_the_body_is_a_title_not_an_outlet() -> None:
    meta = parse_plaintext(
        "Waswas PP Tunas\n\nPresiden Prabowo Subianto meneken Peraturan Pemerintah Nomor 17."
    )
    assert (meta.title, meta.outlet) == ("Waswas PP Tunas", None)


def test_outlet_line_before_the_body_when_it_names_a_site() -> None:
    lead = "Garut - Banjir bandang menerjang tiga kecamatan di Kabupaten Garut, Jawa Barat, Kamis dini hari."
    meta = parse_plaintext(f"Kabar Nusa Online\n\n{lead}")
    assert meta.outlet == "Kabar Nusa Online"
    assert (
        meta.title
        == "Banjir bandang menerjang tiga kecamatan di Kabupaten Garut, Jawa Barat, Kamis dini hari"
    )
    assert meta.body == lead


def test_no_header_keeps_the_body_whole_and_invents_no_date() -> None:
    raw = (
        "Pada tahun 2017, Rusia mendukung sanksi Dewan Keamanan PBB terhadap Korea Utara. Sanksi itu "
        "mengharuskan negara anggota memulangkan pekerja Korea Utara.\n"
        "Duta besar kedua negara bertemu di Moskow pada 29 Juli untuk membahas kerja sama ekonomi."
    )
    meta = parse_plaintext(raw)
    assert meta.title == "Pada tahun 2017, Rusia mendukung sanksi Dewan Keamanan PBB terhadap Korea Utara"
    assert meta.published is None
    assert meta.body == raw.replace("\n", "\n\n")
    assert meta.notes == ["title from first sentence"]


def test_byline_header_line_is_consumed() -> None:
    meta = parse_plaintext(
        "Banjir Bandang Terjang Garut, 12 Orang Tewas\nOleh Rina Wulandari\n19 Juni 2025\n\n"
        "Isi berita di sini."
    )
    assert (meta.title, meta.published, meta.body) == (
        "Banjir Bandang Terjang Garut, 12 Orang Tewas",
        "2025-06-19",
        "Isi berita di sini.",
    )


@pytest.mark.parametrize(
    ("paragraph", "sentence"),
    [
        (
            "Dr. Paulus Sugianto menjelaskan gejalanya. Pasien harus segera ke rumah sakit.",
            "Dr. Paulus Sugianto menjelaskan gejalanya",
        ),
        (
            "Saham PT. Bank Central Asia Tbk. naik. Investor asing membeli.",
            "Saham PT. Bank Central Asia Tbk. naik",
        ),
        ("Tanpa titik di akhir", "Tanpa titik di akhir"),
        ("Apakah tidur enam jam cukup? Jawabannya tidak.", "Apakah tidur enam jam cukup?"),
        ('"Kami menolak," kata dia. Sidang ditunda.', '"Kami menolak," kata dia'),
    ],
)
def test_first_sentence(paragraph: str, sentence: str) -> None:
    assert first_sentence(paragraph) == sentence


def test_first_sentence_cut_on_a_word_boundary() -> None:
    long = "Kata " * 80 + "akhir."
    cut = first_sentence(long)
    assert cut.endswith("…") and len(cut) <= 201 and cut[:-1].split()[-1] == "Kata"


def test_empty_text() -> None:
    assert parse_plaintext("") == PlainMeta(title="", body="", notes=["empty text"])
    assert parse_plaintext("Advertisement\n\nBaca Juga").notes[-1] == "empty text"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_parse_plaintext_never_raises(raw: str) -> None:
    meta = parse_plaintext(raw)
    assert isinstance(meta.title, str) and isinstance(meta.body, str)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Desember 22, 2024",
                "Semarak News",
                "Judul Berita Yang Cukup Panjang Sekali | Ukraina",
                "Media Sumatera, Online. SEOUL, Korea Selatan (AP) — Isi.",
                "Isi berita pertama yang panjang sekali dan berakhir dengan titik.",
                "Baca Juga",
                "",
                "Oleh Rina",
            ]
        ),
        max_size=8,
    ).map("\n".join)
)
def test_parse_plaintext_never_raises_on_header_soup(raw: str) -> None:
    meta = parse_plaintext(raw)
    assert "Baca Juga" not in meta.body.split("\n\n")


@pytest.mark.slow
def test_indonews_pastes_title_and_date_recovered() -> None:
    """Each article pasted as "title / date line / text" gives back its title and date."""
    if not INDONEWS.exists():
        pytest.skip(f"{INDONEWS} is absent: the real data sets live in ../shared/data")
    norm = re.compile(r"\s+")
    n = titles = dates = 0
    with INDONEWS.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if not (row["title"] and row["date"] and row["date_raw"]):
                continue
            meta = parse_plaintext(f"{row['title']}\n{row['date_raw']}\n{row['text']}")
            n += 1
            titles += norm.sub(" ", meta.title).strip() == norm.sub(" ", row["title"]).strip()
            dates += (meta.published or "")[:16] == row["date"][:16]
    assert titles / n > 0.99
    assert dates / n > 0.99
