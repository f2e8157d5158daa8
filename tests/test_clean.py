"""Chrome lines out, paragraphs kept: pinned on the seed, on real outlet chrome and on indonews."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gugus.ingest.clean import clean_text, is_chrome

from .conftest import INDONEWS, need
from .conftest import seed_text as seed

BANNER = "Temukan semua artikel terbaru dan tonton acara TV, laporan, dan podcast terkait Indonesia di"


def test_seed_003_banner_removed_and_nothing_else() -> None:
    raw = seed("003_f7bc1c657a1d3bcf.txt")
    text, removed = clean_text(raw)
    assert removed == [BANNER]
    assert BANNER not in text
    assert text.startswith("Desember 22, 2024\n\nSemarak News\n\nPemimpin Donetsk")
    assert text.endswith("Reuters berkontribusi pada laporan ini.")
    assert len(text.split("\n\n")) == len([line for line in raw.splitlines() if line.strip()]) - 1


def test_seed_000_single_newlines_become_paragraph_breaks() -> None:
    raw = seed("000_f2213b32f19f593e.txt")
    text, removed = clean_text(raw)
    assert removed == []
    assert text.split("\n\n") == [line.strip() for line in raw.splitlines() if line.strip()]


LIPUTAN6 = """Liputan6.com, Jakarta - PT PLN (Persero) mencatatkan pendapatan Rp 545,4 triliun sepanjang 2024.
Baca Juga
Direktur Utama PLN Darmawan Prasodjo mengatakan kinerja itu ditopang penjualan listrik yang naik.
Advertisement
"Ini hasil kerja keras seluruh insan PLN," kata Darmawan di Jakarta, Rabu (18/6/2025)."""

DETIK = """Tambang ilegal ditemukan di Pulau Citlim, Kabupaten Karimun, Kepulauan Riau.
SCROLL TO CONTINUE WITH CONTENT
Aktivitas itu dianggap ilegal lantaran tidak mengantongi izin pemanfaatan pulau kecil.
Simak juga Video: Bentuk Negara Kepulauan Bikin Aturan Tambang RI Jadi Krusial, Kok?
[Gambas:Video 20detik]
Artikel ini telah naik di detikSumut.
Tonton juga "Menhan Israel Siapkan Rencana Warga Palestina yang Tinggalkan Gaza" di sini:"""

KOMPAS = """JAKARTA, KOMPAS.com - Eks pejabat Mahkamah Agung Zarof Ricar divonis 16 tahun penjara.
Baca juga:Litbang Kompas: KPK Paling Diandalkan Publik Tuntaskan Kasus Korupsi
Hakim juga menghukum Zarof membayar denda Rp 1 miliar.
A post shared by KOMPAS Lifestyle (@kompas.lifestyle)
(Reporter: Shinta Dwi Ayu | Editor: Faieq Hidayat)"""


@pytest.mark.parametrize(
    ("raw", "kept", "chrome"),
    [
        (LIPUTAN6, 3, ["Baca Juga", "Advertisement"]),
        (
            DETIK,
            2,
            [
                "SCROLL TO CONTINUE WITH CONTENT",
                "Simak juga Video: Bentuk Negara Kepulauan Bikin Aturan Tambang RI Jadi Krusial, Kok?",
                "[Gambas:Video 20detik]",
                "Artikel ini telah naik di detikSumut.",
                'Tonton juga "Menhan Israel Siapkan Rencana Warga Palestina yang Tinggalkan Gaza" di sini:',
            ],
        ),
        (
            KOMPAS,
            2,
            [
                "Baca juga:Litbang Kompas: KPK Paling Diandalkan Publik Tuntaskan Kasus Korupsi",
                "A post shared by KOMPAS Lifestyle (@kompas.lifestyle)",
                "(Reporter: Shinta Dwi Ayu | Editor: Faieq Hidayat)",
            ],
        ),
    ],
    ids=["liputan6", "detik", "kompas"],
)
def test_outlet_chrome(raw: str, kept: int, chrome: list[str]) -> None:
    text, removed = clean_text(raw)
    assert removed == chrome
    assert len(text.split("\n\n")) == kept
    assert not any(line in text for line in chrome)


@pytest.mark.parametrize(
    "line",
    [
        "ADVERTISEMENT",
        "Scroll untuk melanjutkan",
        "Baca juga: Gempa M 5,1 Guncang Sukabumi, Warga Berhamburan",
        "Lihat Juga :",
        "Pilihan Editor: Mereka Menolak Penulisan Ulang Sejarah Indonesia",
        "Simak berita lainnya di Google News",
        "Ikuti berita terkini dari Kabar Nusa di Google News",
        "Dapatkan update berita pilihan dan breaking news setiap hari",
        "Artikel ini telah tayang di Kompas.com dengan judul …",
        "Halaman selanjutnya",
        "Copyright © 2025 Kabar Nusa. All rights reserved.",
        "Bagikan",
        "Share",
        "Baca selengkapnyadi sini.",
        "Simak berita selengkapnya di halaman selanjutnya.",
        "Saksikan Live DetikPagi:",
        "Halo, pembaca nawalaCek Fakta Tempo!",
        "Penulis: Arby Salim",
        "--------",
        "***",
        "[Gambas:Instagram]",
        # the demo pastes' share bars, feed promos and tag lists
        "Simak berita terbaru Harian Cakrawala di Google News.",
        "Simak berita dan artikel pilihan lainnya di Google News InfoTerkini.",
        "Ikuti berita viral terbaru lainnya hanya di RuangViral.com",
        "Bagikan: Facebook Twitter WhatsApp Telegram Salin Link",
        "Bagikan ini:",
        "Facebook",
        "X",
        "WhatsApp",
        "Salin Link",
        "Terkait",
        "Tag: gempa, Tanimbar, BMKG, Maluku",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share price of BBCA rose 2 percent on Wednesday after the dividend announcement.",
        "Advertisement spending by state companies rose 5 percent this year, the ministry said.",
        "Baca juga berbagai ulasan lain tentang kesehatan mental yang kami rangkum sebelumnya.",
        "Simak informasi selengkapnya di bawah ini.",  # a transition in the article itself
        "Sumber: Antara",  # a credit, read by find_credits
        "Bagikan bantuan kepada warga terdampak banjir dilakukan sejak Senin pagi.",
        "Baca juga:" + " sangat panjang" * 30,  # past the length of any chrome line
        "Ikuti berita ini terus, kata dia, karena keadaan di lapangan cepat berubah.",
        "Cek berita hoaks sebelum menyebarkannya, kata Menteri di Jakarta, Rabu.",
        "Terkait hal itu, polisi masih memeriksa tujuh saksi.",
        "Tagihan listrik warga naik dua kali lipat sejak Mei.",
    ],
)
def test_article_lines_that_look_like_chrome(line: str) -> None:
    assert not is_chrome(line)


def test_glued_republika_channel_promo_is_cut_and_the_credit_kept() -> None:
    raw = (
        "REPUBLIKA.CO.ID, LEBAK -- Pekerja berjalan di Stasiun Rangkasbitung."
        "Ikuti Whatsapp Channel Republika\n"
        "Proyek ditargetkan rampung akhir 2025.Ikuti Whatsapp Channel Republikasumber : Antara"
    )
    text, removed = clean_text(raw)
    assert removed == ["Ikuti Whatsapp Channel Republika"] * 2
    assert text.split("\n\n") == [
        "REPUBLIKA.CO.ID, LEBAK -- Pekerja berjalan di Stasiun Rangkasbitung.",
        "Proyek ditargetkan rampung akhir 2025.",
        "sumber : Antara",
    ]


def test_editor_sign_off_at_the_end_is_cut_but_a_wire_code_is_kept() -> None:
    assert clean_text("Isi berita pertama.\n(kha)") == ("Isi berita pertama.", ["(kha)"])
    assert clean_text("Isi berita.\n(Arief Setyadi )") == ("Isi berita.", ["(Arief Setyadi )"])
    assert clean_text("Isi berita.\n(AP)") == ("Isi berita.\n\n(AP)", [])
    assert clean_text("(kha) di awal bukan tanda tangan.\nIsi.")[1] == []


def test_whitespace_normalised_paragraphs_kept() -> None:
    raw = "  Paragraf  satu.\u00a0 \r\n\r\n\r\n\tParagraf dua\u200b.   \nParagraf tiga.\n\n\n"
    assert clean_text(raw) == ("Paragraf satu.\n\nParagraf dua.\n\nParagraf tiga.", [])


def test_empty_and_all_chrome() -> None:
    assert clean_text("") == ("", [])
    assert clean_text("SCROLL TO CONTINUE WITH CONTENT\n\nAdvertisement") == (
        "",
        ["SCROLL TO CONTINUE WITH CONTENT", "Advertisement"],
    )


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_clean_text_never_raises_and_is_idempotent(raw: str) -> None:
    text, _ = clean_text(raw)
    assert "\n\n\n" not in text
    assert text == text.strip()
    assert clean_text(text) == (text, [])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Baca Juga", "Advertisement", "(kha)", "Isi berita.", "Sumber: Antara", "  ", "\u00a0"]
        ),
        max_size=12,
    ).map("\n".join)
)
def test_clean_text_idempotent_on_chrome_soup(raw: str) -> None:
    text, _ = clean_text(raw)
    assert clean_text(text) == (text, [])


@pytest.mark.slow
def test_indonews_chrome_counts() -> None:
    """The recurring chrome of the six outlets is gone from every article, and no prose went with it."""
    need(INDONEWS)
    articles: Counter[str] = Counter()
    leftover = 0
    with INDONEWS.open(encoding="utf-8") as f:
        for line in f:
            text, removed = clean_text(json.loads(line)["text"])
            for key in {r.split(":")[0] for r in removed}:
                articles[key] += 1
            assert all(len(r) <= 250 for r in removed)
            leftover += any(
                p in ("Baca Juga", "Advertisement", "[Gambas:Video 20detik]") for p in text.split("\n\n")
            )
    assert articles["Advertisement"] == 1650  # liputan6
    assert articles["Baca Juga"] >= 1435  # liputan6
    assert articles["SCROLL TO CONTINUE WITH CONTENT"] == 1179  # detik
    assert articles["[Gambas"] >= 390  # detik embeds
    assert articles["Baca juga"] >= 150  # kompas
    assert articles["Ikuti Whatsapp Channel Republika"] == 33  # republika, mostly glued to a paragraph
    assert leftover == 0
