"""Repair of words that scraping ran together where a link was (`gugus.ingest.repair`).

The joins below are real: they were read off ../shared/data/indonews (liputan6, detik, okezone, tempo,
kompas, republika; June 2025). So are most of the names and long words that must stay whole.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gugus.ingest.repair import find_joins, repair_joins, split_token

from .conftest import INDONEWS, need


def _nospace(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ---------------------------------------------------------------- the joins of the brief


@pytest.mark.parametrize(
    ("joined", "repaired", "splits"),
    [
        (
            "keberadaan sosok pemimpin tertinggi IranAyatollah Khameneidipertanyakan",
            "keberadaan sosok pemimpin tertinggi Iran Ayatollah Khamenei dipertanyakan",
            2,
        ),
        (
            "Depresi adalah kondisikesehatan mentalyang dapat",
            "Depresi adalah kondisi kesehatan mental yang dapat",
            2,
        ),
        ("adalahgejala depresiyang", "adalah gejala depresi yang", 2),
        ("Dihimpun dariHuffington Post, ini dia.", "Dihimpun dari Huffington Post, ini dia.", 1),
        ("Liputan6.com, JakartaKita semua mengalami", "Liputan6.com, Jakarta Kita semua mengalami", 1),
    ],
)
def test_the_joins_of_the_brief(joined, repaired, splits):
    assert repair_joins(joined) == (repaired, splits)


@pytest.mark.parametrize(
    ("token", "parts"),
    [
        ("mentalyang", ["mental", "yang"]),
        ("kondisikesehatan", ["kondisi", "kesehatan"]),
        ("Khameneidipertanyakan", ["Khamenei", "dipertanyakan"]),
        ("IranAyatollah", ["Iran", "Ayatollah"]),
        # more real ones, one per rule
        ("Riyantoyang", ["Riyanto", "yang"]),  # an unknown name before a strong function word
        ("Twiliomembeberkan", ["Twilio", "membeberkan"]),  # a name before an affixed verb
        ("umumkankehamilanpertama", ["umumkan", "kehamilan", "pertama"]),  # three content words
        ("trentravelinguntuk", ["tren", "traveling", "untuk"]),  # an English word inside
        ("dilansirdetikSumut", ["dilansir", "detikSumut"]),  # detik's section names stay whole
        ("diMotoGPItalia", ["di", "MotoGP", "Italia"]),
        ("SARManggarai", ["SAR", "Manggarai"]),  # acronym, then a word
        ("BCAtahun", ["BCA", "tahun"]),  # the capital belongs to the acronym here...
        ("XPower", ["XPower"]),  # ... and to the word here: X|Power, nothing to split
        ("AImenuntut", ["AI", "menuntut"]),
        ("diIAEAyang", ["di", "IAEA", "yang"]),
        ("GERDanxietyadalah", ["GERD", "anxiety", "adalah"]),
        ("JORGEMartindirumorkan", ["JORGE", "Martin", "dirumorkan"]),
        ("danBUMDestelah", ["dan", "BUMDes", "telah"]),
        ("DiChelsea", ["Di", "Chelsea"]),  # the preposition, not DiCaprio's Di
        ("GhazalidanAlyssa", ["Ghazali", "dan", "Alyssa"]),
        ("PBSIbuka", ["PBSI", "buka"]),  # not PBS|Ibuka
        ("PTChery", ["PT", "Chery"]),  # not PTC|hery
        ("WIBJumat", ["WIB", "Jumat"]),
        ("kepadadetiksumut", ["kepada", "detiksumut"]),
        ("Pantenmerupakan", ["Panten", "merupakan"]),  # not Pantenmerup|akan
        ("Ayumengatakan", ["Ayu", "mengatakan"]),
        ("talkmelaporkan", ["talk", "melaporkan"]),
        ("uangsafe", ["uang", "safe"]),  # an English word beside an Indonesian one
    ],
)
def test_split_token(token, parts):
    assert split_token(token) == parts


# ---------------------------------------------------------------- what must stay whole

NAMES = [
    "iPhone", "McDonald", "KompasTV", "BlackRock", "YouTube", "TikTok", "WhatsApp", "PlayStation",
    "LinkedIn", "JavaScript", "OpenAI", "PetroChina", "DeepSeek", "iPad", "eFishery", "GoPay", "GoTo",
    "BukaLapak", "McLaren", "MacBook", "DiCaprio", "LeBron", "MotoGP", "ChatGPT", "HarmonyOS",
    "detikNews", "detikJatim", "kumparanBisnis", "iShowSpeed", "mRNA", "kWh", "MoU", "DDoS", "PhD",
    "BRImo", "KTPnya", "PDFnya", "ATMs", "LaLiga", "ShopeeFood", "VinFast", "TransJakarta",
    # Indonesian names and places that look like two words or a word and a function word
    "Wulandari", "Purwandari", "Nuraini", "Sulastini", "Kartini", "Suradi", "Widyakrisnadi",
    "Sastranegara", "Adhinegara", "Putratama", "Indomobil", "Kalibaru", "Hastuti", "Sianipar",
    "Ramadan", "Masyaallah", "Iduladha", "Anjas", "Massaid", "Haryanti", "Herditya", "Salsabila",
    "Hardini", "Sanghyang", "Hamdan", "Zaidan", "Kepmendagri", "TikToker", "YouTubers", "EDUvolution",
]  # fmt: skip

LONG_WORDS = [
    "memperjuangkan", "keberlanjutan", "dipertanyakan", "ketidakadilan", "kacamata", "matahari",
    "olahraga", "sepakbola", "bumiputera", "dipamerkannya", "kewilayahan", "disesuaikannya",
    "mengindahkannya", "pascakolonial", "antarnegara", "nonaktifkan", "disalahartikan",
    "dibebastugaskan", "digarisbawahi", "perikemanusiaan", "menyentak", "penunggak", "taksiran",
    "herpetik", "inheren", "ortopedi", "sempadan", "berembus", "pangling", "meregang",
    "meredistribusi", "eksisting", "diskresi", "evaluasinya", "kebermanfaatan", "akuntabel",
    "marinasi", "sedimentasi", "nestapa", "menunggak", "retroaktif", "debarkasi",
]  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
def test_names_stay_whole(name):
    assert split_token(name) == [name]
    assert repair_joins(f"Kata {name} tetap utuh.") == (f"Kata {name} tetap utuh.", 0)


@pytest.mark.parametrize("word", LONG_WORDS)
def test_long_indonesian_words_stay_whole(word):
    assert split_token(word) == [word]
    if word != "sempadan":  # "Sempadan" might be "Sempa dan" (Biani dan, Masiku dan): a known limit
        assert split_token(word.capitalize()) == [word.capitalize()]


@pytest.mark.parametrize(
    "text",
    [
        "anak-anak bermain, tiba-tiba hujan, Diam-Diam pergi",  # reduplication
        "Kirim ke redaksi@mentalyang.com atau @mentalyang",  # e-mail, handle
        "Tagar #dariHuffington ramai",  # hashtag
        "Buka https://www.liputan6.com/news/read/JakartaKita dan www.kondisikesehatan.id",  # URLs
        "Versi mentalyang2 dan Liputan6JakartaKita",  # digits
        "Jalankan `mentalyang = dariHuffington()` di terminal",  # inline code
        "```\nkondisikesehatan = JakartaKita\n```",  # a code block
        "KONDISIKESEHATAN MENTALYANG",  # all capitals (headlines, acronyms)
        "",
    ],
)
def test_never_split(text):
    assert repair_joins(text) == (text, 0)


def test_a_capitalised_token_repeated_in_an_article_is_a_name():
    """A join happens once, at one link; a name is written the same way again."""
    assert repair_joins("KopiKenangan buka gerai.") == ("Kopi Kenangan buka gerai.", 1)
    twice = "KopiKenangan buka gerai. Menurut KopiKenangan, gerai baru laris."
    assert repair_joins(twice) == (twice, 0)
    temple = "Pura Lempuyang ramai. Lempuyang di Karangasem."
    assert repair_joins(temple) == (temple, 0)
    # ... unless its first part also stands alone: "Ghazali" here
    text = "Al Ghazalidan Alyssa. Al Ghazali bahagia. Ghazalidan keluarga hadir."
    assert repair_joins(text)[0].count("Ghazali dan") == 2


def test_the_article_settles_where_a_name_ends():
    """Daguisebelum is Dagui|sebelum or Daguise|belum; an article that names Alyssa Daguise settles it."""
    assert repair_joins("Alyssa Daguisebelum menikah.") == ("Alyssa Dagui sebelum menikah.", 1)
    text = "Alyssa Daguise tersenyum. Alyssa Daguisebelum menikah."
    assert repair_joins(text) == ("Alyssa Daguise tersenyum. Alyssa Daguise belum menikah.", 1)


def test_other_languages():
    assert repair_joins("the presidentsaid on Monday", lang="en") == ("the president said on Monday", 1)
    assert repair_joins("reported byReuters", lang="en") == ("reported by Reuters", 1)
    # unknown language: case joins only
    assert repair_joins("dariHuffington mentalyang", lang=None) == ("dari Huffington mentalyang", 1)
    assert repair_joins("dariHuffington mentalyang", lang="xx") == ("dari Huffington mentalyang", 1)


def test_find_joins_points_at_the_tokens():
    text = "Depresi adalah kondisikesehatan mentalyang dapat"
    joins = find_joins(text)
    assert [(text[s:e], parts) for s, e, parts in joins] == [
        ("kondisikesehatan", ("kondisi", "kesehatan")),
        ("mentalyang", ("mental", "yang")),
    ]


# ---------------------------------------------------------------- properties

_WORDS = [
    "yang", "dan", "di", "dari", "kondisi", "kesehatan", "mental", "Jakarta", "Kita", "Iran",
    "Ayatollah", "iPhone", "KompasTV", "dipertanyakan", "adalah", "BCA", "tahun", "anak-anak", "2025",
    "https://x.id/a", "#tagar", "`kode`", "ÉCOLE", "Mbappé", "İstanbul", "ß", "ﬁ", "O'Neill", "—",
]  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200))
def test_repair_only_inserts_spaces_in_any_text(text):
    repaired, splits = repair_joins(text)
    assert _nospace(repaired) == _nospace(text)
    assert len(repaired) == len(text) + splits


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(["", "", " ", "\n", ", "])), max_size=30),
    st.sampled_from(["id", "en", None]),
)
def test_repair_only_inserts_spaces_in_joined_words(pieces, lang):
    text = "".join(w + sep for w, sep in pieces)
    repaired, splits = repair_joins(text, lang)
    assert _nospace(repaired) == _nospace(text)
    assert len(repaired) == len(text) + splits
    for start, end, parts in find_joins(text, lang):
        assert "".join(parts) == text[start:end] and all(parts)


# ---------------------------------------------------------------- the real corpus


def _articles() -> list[dict]:
    need(INDONEWS)
    with INDONEWS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_real_article_with_the_joins_of_the_brief():
    articles = {a["id"]: a for a in _articles()}
    text, splits = repair_joins(articles["indonews:0"]["text"])
    assert text.startswith("Liputan6.com, Jakarta Kita semua mengalami")
    for fixed in (
        "kondisi kesehatan mental yang",
        "adalah gejala depresi yang",
        "Dihimpun dari Huffington Post",
    ):
        assert fixed in text
    assert splits >= 5
    text, _ = repair_joins(articles["indonews:5"]["text"])
    assert "tertinggi Iran Ayatollah Khamenei dipertanyakan" in text


@pytest.mark.slow
def test_whole_corpus():
    """Every article: no character lost, and a join rate in the range read by hand (13/1,000 words)."""
    words = splits = 0
    for article in _articles():
        text = article["text"]
        repaired, n = repair_joins(text)
        assert _nospace(repaired) == _nospace(text)
        words += len(re.findall(r"\w+", text))
        splits += n
    assert 8 <= 1000 * splits / words <= 20
