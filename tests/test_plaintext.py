"""Header parsing of pasted articles: pinned on both seeds, on written leads and on indonews pastes."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gugus.ingest.credits import find_credits
from gugus.ingest.plaintext import PlainMeta, first_sentence, parse_plaintext

from .conftest import INDONEWS, need
from .conftest import seed_text as seed

BANNER = "Temukan semua artikel terbaru dan tonton acara TV, laporan, dan podcast terkait Indonesia di"


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
    need(INDONEWS)
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


TITLE = "Warga Antre Sejak Pagi, Beras Murah Bulog Ludes dalam Tiga Jam"
LEAD = "Jakarta - Puluhan warga sudah mengantre di halaman kantor kelurahan sejak pukul 07.00 WIB, Rabu."


@pytest.mark.parametrize(
    ("crumbs", "section"),
    [
        ("Ekonomi > Bisnis", "Ekonomi > Bisnis"),
        ("Home » Nasional", "Nasional"),
        ("Beranda / Peristiwa / Nasional", "Peristiwa > Nasional"),
        ("World | Asia Pacific", "World > Asia Pacific"),
        ("Home > Nasional > Viral", "Nasional > Viral"),
    ],
)
def test_a_breadcrumb_is_the_section_never_the_title(crumbs: str, section: str) -> None:
    meta = parse_plaintext(f"{crumbs}\n\n{TITLE}\n\n{LEAD}")
    assert (meta.title, meta.section, meta.outlet) == (TITLE, section, None)
    assert meta.body == LEAD


@pytest.mark.parametrize("site", ["Harian Cakrawala", "Straits Courier", "INFOTERKINI.NET", "Kabar Sejagat"])
def test_a_site_name_before_a_breadcrumb_is_the_outlet(site: str) -> None:
    meta = parse_plaintext(
        f"{site}\nEkonomi > Bisnis\n\n{TITLE}\nDiperbarui 18 Jun 2025, 14:05 WIB\n\n{LEAD}"
    )
    assert meta.title == TITLE
    assert meta.outlet == ("Infoterkini" if site.endswith(".NET") else site)
    assert (meta.section, meta.published) == ("Ekonomi > Bisnis", "2025-06-18T14:05:00+07:00")


def test_a_short_title_with_a_section_suffix_is_no_breadcrumb() -> None:
    meta = parse_plaintext(f"Harga BBM Naik | Ekonomi\n\n{LEAD}")
    assert (meta.title, meta.section) == ("Harga BBM Naik", "Ekonomi")


def test_a_title_suffix_section_wins_over_a_breadcrumb() -> None:
    meta = parse_plaintext(f"Home > Dunia\n\n{TITLE} | Lingkungan\n\n{LEAD}")
    assert (meta.title, meta.section) == (TITLE, "Lingkungan")


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Oleh Rina Andayani", "Rina Andayani"),
        ("Oleh: Rina Andayani", "Rina Andayani"),
        ("Penulis: Tim Redaksi | Editor: Andi Saputra", "Tim Redaksi"),
        ("Penulis Bagas Kurniawan | Editor Lusia Handayani", "Bagas Kurniawan"),
        ("Reporter: Annisa Febriani", "Annisa Febriani"),
        ("By MARGARET COLLINS", "Margaret Collins"),
        ("By MARICEL DELA CRUZ", "Maricel Dela Cruz"),
        ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("By JANE DOE, Associated Press", "Jane Doe"),
        ("By Jane Doe, Staff Writer", "Jane Doe"),
        ("Rizky Ananda - detikNews", "Rizky Ananda"),
        ("Retno Ayuningrum -detikFinance", "Retno Ayuningrum"),  # detik's own spacing
        ("prih febriani -detikHot", "Prih Febriani"),
        ("Oleh Lucas Aditya -Sepakbola", "Lucas Aditya"),
        ("Oleh Mei Amelia R", "Mei Amelia R"),  # a month's name inside a name is still a name
        ("Oleh Rina Wulandari | 19 Juni 2025", "Rina Wulandari"),  # a byline that is the date line too
        ("Written by Jane Doe", "Jane Doe"),
    ],
)
def test_author_from_a_header_byline(byline: str, author: str) -> None:
    meta = parse_plaintext(f"{TITLE}\n{byline}\n\n{LEAD}")
    assert (meta.title, meta.author, meta.body) == (TITLE, author, LEAD)


def test_author_from_a_credit_line_at_the_foot() -> None:
    meta = parse_plaintext(
        f"{TITLE}\n\n{LEAD}\n\nIsi berita kedua.\n\nPewarta: Nurul Hidayah\nEditor: Bambang Susilo"
    )
    assert meta.author == "Nurul Hidayah"
    assert "Pewarta" not in meta.body and "Editor" not in meta.body


@pytest.mark.parametrize(
    "body",
    [
        "Oleh karena itu, warga diminta tetap waspada terhadap banjir susulan.",
        "Oleh Kementerian Sosial, bantuan itu disalurkan lewat kantor pos.",
        "By the time rescuers arrived, the water had already reached the roofs of the houses.",
        "Penulis buku itu, Andi Saputra, mengatakan riwayat desa itu belum pernah dicatat.",
        "Editor: Bambang Susilo",  # an editor is not the author
    ],
)
def test_no_author_from_a_body_sentence(body: str) -> None:
    assert parse_plaintext(f"{TITLE}\n\n{LEAD}\n\n{body}").author is None
    assert parse_plaintext(f"{LEAD}\n\n{body}").author is None


def test_an_agency_line_under_a_byline_is_header() -> None:
    raw = (
        "Straits Courier\nWorld | Asia Pacific\n\nTyphoon Dalisay slams northern Philippines\n\n"
        "By MARICEL DELA CRUZ\nAssociated Press\nUpdated 4:18 PM GMT+8, June 19, 2025\n\n"
        "MANILA, Philippines (AP) — Typhoon Dalisay slammed into the northern Philippines on Thursday."
    )
    meta = parse_plaintext(raw)
    assert meta.body.startswith("MANILA, Philippines (AP) —")
    assert (meta.outlet, meta.author, meta.published) == (
        "Straits Courier",
        "Maricel Dela Cruz",
        "2025-06-19T16:18:00+08:00",
    )


def test_an_outlet_in_capitals_is_spelled_as_the_site_spells_it() -> None:
    raw = f"RUANGVIRAL.COM\n\n{TITLE}\n\n{LEAD}\n\nIkuti berita viral lainnya di RuangViral.com"
    assert parse_plaintext(raw).outlet == "RuangViral"
    assert parse_plaintext(f"KOMPAS.com\n\n{TITLE}\n\n{LEAD} Kompas.com mencatat.").outlet == "Kompas"


@pytest.mark.parametrize(
    "title",
    [
        "Wartawan Dianiaya Saat Meliput Demo di Makassar",
        "Reporter Senior Meninggal Dunia di Jakarta",
        "Penulis Muda Raih Penghargaan Sastra Asia Tenggara",
        "Oleh-oleh Khas Garut Diburu Pemudik",
    ],
)
def test_a_headline_that_opens_with_a_byline_word_is_the_title(title: str) -> None:
    meta = parse_plaintext(f"{title}\n\n{LEAD}")
    assert (meta.title, meta.author) == (title, None)
