"""Wire credits, datelines and outlets from leads and tails, with the false positives they must avoid."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gugus.ingest.credits import AGENCIES, Credits, find_credits, outlet_name

from .conftest import INDONEWS, need
from .conftest import seed_text as seed


def test_seed_000_ap_story_republished_with_site_prefix() -> None:
    c = find_credits(seed("000_f2213b32f19f593e.txt"))
    assert c.wire == ["AP"]
    assert c.dateline == "Seoul"
    assert c.outlet == "Media Sumatera"
    assert c.lead_chrome == "Media Sumatera, Online. "
    assert c.dateline_text == "SEOUL, Korea Selatan (AP) —"


def test_seed_003_reuters_tail_credit_and_no_kcna_credit() -> None:
    # "kantor berita resmi Korea Utara. KCN" and "Kantor Berita Pusat Korea" are sources quoted, not credits.
    c = find_credits(seed("003_f7bc1c657a1d3bcf.txt"))
    assert c.wire == ["Reuters"]
    assert c.dateline is None
    assert c.lead_chrome is None


LEADS = [
    (
        "Liputan6.com, Jakarta - Presiden Prabowo Subianto bertemu Presiden Rusia Vladimir Putin di "
        "St. Petersburg, Kamis (19/6/2025).",
        Credits(dateline="Jakarta", outlet="Liputan6", dateline_text="Liputan6.com, Jakarta -"),
    ),
    (  # liputan6 as scraped: the dash lost, the city glued to the first word
        "Liputan6.com, JakartaKementerian Kesehatan menyebut jumlah lansia mencapai 48,2 juta jiwa.",
        Credits(dateline="Jakarta", outlet="Liputan6", dateline_text="Liputan6.com, Jakarta"),
    ),
    (
        "JAKARTA, KOMPAS.com - Badan Penanggulangan Bencana Daerah (BPBD) Jakarta mencatat satu RT di "
        "Jakarta Barat terendam banjir hingga Rabu (18/6/2025) pukul 18.00 WIB.",
        Credits(dateline="Jakarta", outlet="Kompas", dateline_text="JAKARTA, KOMPAS.com -"),
    ),
    (
        "TEMPO.CO, Jakarta - Kejaksaan Agung menahan dua pejabat Bank Mandiri dalam kasus pembobolan bank.",
        Credits(dateline="Jakarta", outlet="Tempo", dateline_text="TEMPO.CO, Jakarta -"),
    ),
    (
        "TEMPO.CO,Depok- Pesawat yang ditumpangi jemaah haji Kloter 12 JKS mendarat darurat di Kualanamu.",
        Credits(dateline="Depok", outlet="Tempo", dateline_text="TEMPO.CO,Depok-"),
    ),
    (
        "REPUBLIKA.CO.ID, CIREBON -- Kepolisian memastikan penambangan di galian C Argasunya ditutup.",
        Credits(dateline="Cirebon", outlet="Republika", dateline_text="REPUBLIKA.CO.ID, CIREBON --"),
    ),
    (
        "Jakarta (ANTARA) - Bank Indonesia mempertahankan suku bunga acuan BI-Rate sebesar 5,50 persen.",
        Credits(wire=["Antara"], dateline="Jakarta", dateline_text="Jakarta (ANTARA) -"),
    ),
    (
        "Hanoi (ANTARA/Xinhua) - Vietnam mencatat pertumbuhan ekonomi 6,9 persen pada kuartal kedua.",
        Credits(wire=["Antara", "Xinhua"], dateline="Hanoi", dateline_text="Hanoi (ANTARA/Xinhua) -"),
    ),
    (
        "WASHINGTON (Reuters) - The Federal Reserve held interest rates steady on Wednesday.",
        Credits(wire=["Reuters"], dateline="Washington", dateline_text="WASHINGTON (Reuters) -"),
    ),
    (
        "NEW YORK (AP) — Stocks drifted lower on Wall Street as oil prices climbed again.",
        Credits(wire=["AP"], dateline="New York", dateline_text="NEW YORK (AP) —"),
    ),
    (  # okezone: the city alone, in capitals
        "JAKARTA– Kehilangan ponsel adalah kejadian yang membuat panik, apalagi jika ada data penting.",
        Credits(dateline="Jakarta", dateline_text="JAKARTA– "),
    ),
    (  # detik: the city in title case
        "Garut - Banjir bandang menerjang tiga kecamatan di Kabupaten Garut, Jawa Barat, Kamis dini hari.",
        Credits(dateline="Garut", dateline_text="Garut - "),
    ),
    (
        "Dilansir dari Antara, Rabu (18/6/2025), harga emas Antam naik Rp 9.000 menjadi Rp 1.937.000.",
        Credits(wire=["Antara"]),
    ),
    (  # an outlet known by no domain: the city and the outlet, both in capitals
        "GARUT, WARTAPAGI - Jumlah korban meninggal akibat banjir bandang di Cisurupan bertambah menjadi 17.",
        Credits(dateline="Garut", outlet="Wartapagi", dateline_text="GARUT, WARTAPAGI - "),
    ),
    (  # a province in that place is no outlet
        "AMBON, MALUKU - Gempa bumi berkekuatan magnitudo 5,9 mengguncang Kepulauan Tanimbar pagi ini.",
        Credits(dateline="Ambon", dateline_text="AMBON, MALUKU - "),
    ),
    (  # nor is a weekday
        "JAKARTA, SELASA - Harga beras medium di Pasar Induk Cipinang menembus Rp14.000 per kilogram.",
        Credits(dateline="Jakarta", dateline_text="JAKARTA, SELASA - "),
    ),
    (  # an agency in that place is a wire credit
        "PARIS, AFP - Presiden Prancis menyatakan dukungan penuh untuk perjanjian iklim itu hari ini.",
        Credits(wire=["AFP"], dateline="Paris", dateline_text="PARIS, AFP - "),
    ),
    (  # English copy: the city in capitals and its country
        "GARUT, Indonesia — A flash flood tore through villages in West Java province on Tuesday.",
        Credits(dateline="Garut", dateline_text="GARUT, Indonesia — "),
    ),
    (  # a US state abbreviated
        "KANSAS CITY, Mo. — City officials said on Monday that the new bridge would open in the spring.",
        Credits(dateline="Kansas City", dateline_text="KANSAS CITY, Mo. — "),
    ),
    (
        "TRENTON, N.J. -- The governor signed the budget late on Friday after weeks of talks with lawmakers.",
        Credits(dateline="Trenton", dateline_text="TRENTON, N.J. -- "),
    ),
    (  # only the first letter of each part is a capital: "Nuku'alofa", not "Nuku'Alofa"
        "NUKU'ALOFA, Tonga (AP) — Pacific island states agreed to cut the bigeye tuna catch by a fifth.",
        Credits(wire=["AP"], dateline="Nuku'alofa", dateline_text="NUKU'ALOFA, Tonga (AP) —"),
    ),
    (
        "NUKU'ALOFA, June 18 (Reuters) - Pacific island states agreed to cut the bigeye tuna catch.",
        Credits(wire=["Reuters"], dateline="Nuku'alofa", dateline_text="NUKU'ALOFA, June 18 (Reuters) -"),
    ),
    (
        "BANDAR LAMPUNG, KOMPAS.com - Harga cabai rawit di kota itu turun menjadi Rp40.000 per kilogram.",
        Credits(dateline="Bandar Lampung", outlet="Kompas", dateline_text="BANDAR LAMPUNG, KOMPAS.com -"),
    ),
]


@pytest.mark.parametrize(("lead", "expected"), LEADS, ids=[lead[:24] for lead, _ in LEADS])
def test_lead_forms(lead: str, expected: Credits) -> None:
    assert find_credits(lead) == expected


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        ("Harga cabai naik, kata Pramono di Balai Kota, Rabu (18/6), seperti dilansir Antara.", ["Antara"]),
        ("Menurut Gubernur, banjir sudah surut, dilansir Antara, Kamis (19/6/2025).", ["Antara"]),
        ("Trump menuntut Iran menyerah, melansir Reuters, Sabtu (14/6/2025).", ["Reuters"]),
        ("Putin bicara soal gencatan senjata, dikutip dari AFP, Jumat (20/6/2025).", ["AFP"]),
        ("Khamenei menulis di X, seperti dilansir Al Arabiya dan AFP, Rabu (18/6/2025).", ["AFP"]),
        ("Solusi dapat ditemukan, ujarnya, dilansir kantor berita AFP, Kamis.", ["AFP"]),
        ("Mengutip laporan Reuters, harga minyak mentah dunia sempat melonjak.", ["Reuters"]),
        ("Ekonomi Malaysia tumbuh, dikutip dari Bernama.", ["Bernama"]),
        ("Isi berita.\n\nSumber: Antara", ["Antara"]),
        ("Isi berita dolar AS.Ikuti Whatsapp Channel Republikasumber : ANTARA", ["Antara"]),  # glued scrape
        ("Isi berita.\n\nReuters berkontribusi pada laporan ini.", ["Reuters"]),
        ("Body.\n\nThe Associated Press contributed to this report.", ["AP"]),
        ("Body.\n\nAssociated Press writer Jim Gomez in Manila contributed.", ["AP"]),
        ("Body.\n\n(Reporting by Jane Doe in Jakarta; Editing by John Roe)", ["Reuters"]),
        ("Isi berita.\n\nrzn/yf (dpa, rtr)", ["DPA", "Reuters"]),
        ("Isi berita.\n\nCopyright © ANTARA 2025", ["Antara"]),
        (
            "Jakarta (ANTARA) - Isi berita.\n\nTrump berkata demikian, dilansir Reuters.\n\nSumber: Antara",
            ["Antara", "Reuters"],  # in order of appearance, each once
        ),
    ],
)
def test_wire_credit_phrases(text: str, wire: list[str]) -> None:
    assert find_credits(text).wire == wire


@pytest.mark.parametrize(
    "text",
    [
        # seed 000: a source quoted, not a credit (Tass is not even a listed agency)
        "Matsegora mengatakan kepada kantor berita Tass bahwa pekerja Korea Utara dapat membantu.",
        "Hal itu dilaporkan Kantor Berita Pusat Korea Utara (KCNA), Rabu.",
        "Sejumlah mal turut berpartisipasi. Antara lain Plaza Indonesia, FX Sudirman dan Gandaria City.",
        '"Kurang lebih hampir 100 pertanyaan. Antara 97 atau 98," kata Henri.',
        "Undang-Undang tentang Hubungan Keuangan Antara Pemerintah Pusat dan Pemerintah Daerah.",
        "Polisi Federal Australia atau AFP juga telah membantu kepolisian di Bali.",
        "Foto menunjukkan rudal Iran di Tel Aviv. (AP Photo/Leo Correa)",
        "Inflasi 3,6 persen yang diharapkan para ekonom yang disurvei oleh Reuters.",
        "Menurut tiga pejabat AS kepada Reuters, AS telah mengerahkan lebih banyak jet tempur.",
        "Polisi menangkap tersangka berinisial AP di rumahnya, Senin (16/6/2025).",
        "Foxconn tidak menanggapi permintaan komentar Reuters.",
        "Pemain Reuters-Schmidt mencetak gol kedua.",
    ],
)
def test_mentions_that_are_not_credits(text: str) -> None:
    assert find_credits(text).wire == []


@pytest.mark.parametrize(
    "lead",
    [
        "TNI-Polri Pukul Mundur KKB Jeki Murib yang Tembaki Bandara Aminggaru Ilaga",  # a headline
        "ALIH-alih menyeret para tersangka sertifikat pagar laut, polisi justru memeriksa saksi baru.",
        "INFO NASIONAL - PT Pertamina (Persero) berkolaborasi dengan Solidaritas Perempuan untuk Indonesia.",
        "Korea Utara dan wilayah Donetsk akan mengembangkan kerja sama bilateral, kata pemimpinnya.",
        "Presiden mengatakan di Washington (AP) — bahwa kesepakatan dagang hampir rampung, kata sumber itu.",
        "KPK, DPR - Rapat Kerja Bahas Revisi UU Tipikor",  # a headline, not a sentence
        "PSSI, Indonesia — Garuda Lolos ke Putaran Keempat",
    ],
)
def test_no_dateline_where_there_is_none(lead: str) -> None:
    c = find_credits(lead)
    assert c.dateline is None
    assert c.lead_chrome is None


def test_dateline_found_below_header_lines() -> None:
    text = (
        "Kompas.com- 18/06/2025, 21:35 WIB\nJAKARTA, KOMPAS.com - Banjir merendam satu RT di Jakarta Barat."
    )
    c = find_credits(text)
    assert (c.dateline, c.outlet) == ("Jakarta", "Kompas")


@pytest.mark.parametrize(
    ("domain", "name"),
    [
        ("KOMPAS.com", "Kompas"),
        ("Liputan6.com", "Liputan6"),
        ("TEMPO.CO", "Tempo"),
        ("detikNews.com", "detikNews"),
    ],
)
def test_outlet_name(domain: str, name: str) -> None:
    assert outlet_name(domain) == name


def test_agency_spellings_are_canonical() -> None:
    for canon, names in AGENCIES.items():
        for name in names:
            assert find_credits(f"Isi berita, dikutip dari {name}.").wire == [canon], name


FRAGMENTS = [
    "(AP) —", "(ANTARA) -", "Reuters", "dilansir", "dari", "Antara", "SEOUL, ", "Korea Selatan ",
    "KOMPAS.com", "Liputan6.com, ", "Jakarta", " - ", "\n", ". ", "Online. ", "(", ")", "sumber :", "©",
    "berkontribusi", "Reporting by ", "; Editing by ", "(dpa, rtr)", "JAKARTA– ", "x" * 50,
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_find_credits_never_raises(text: str) -> None:
    c = find_credits(text)
    assert all(w in AGENCIES for w in c.wire)
    assert len(set(c.wire)) == len(c.wire)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=20).map("".join))
def test_find_credits_never_raises_on_credit_like_soup(text: str) -> None:
    c = find_credits(text)
    assert c.lead_chrome is None or c.lead_chrome in text


def _indonews() -> list[dict]:
    need(INDONEWS)
    with INDONEWS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.mark.slow
def test_indonews_outlets_and_datelines() -> None:
    """The lead forms of the outlets that print one are read on nearly every article."""
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong_outlet = 0
    antara_lain = 0
    for row in _indonews():
        c = find_credits(row["text"])
        total[row["outlet"]] += 1
        found[row["outlet"]] += c.dateline is not None
        if c.outlet is not None:
            wrong_outlet += c.outlet.casefold() != row["outlet"].split(".")[0]
        antara_lain += (
            "Antara" in c.wire
            and "antara lain" in row["text"].casefold()
            and ("antara" not in row["text"].casefold().replace("antara lain", ""))
        )
    assert found["liputan6.com"] / total["liputan6.com"] > 0.98
    assert found["republika.co.id"] == total["republika.co.id"]
    assert found["kompas.com"] / total["kompas.com"] > 0.7
    assert found["okezone.com"] / total["okezone.com"] > 0.6
    assert found["detik.com"] <= 2  # detik's scrapes carry no dateline: none may be invented
    assert wrong_outlet == 0
    assert antara_lain == 0
