"""Tokens, stop words and stems, pinned on words read off ../shared/data/indonews."""

from __future__ import annotations

import json
import time
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gugus.analyze.tokens import content_stems, content_tokens, stem, tokenize
from gugus.lang.stopwords import FUNCTION_WORDS, STOPWORDS, stopwords

from .conftest import INDONEWS, need

# -- tokenize ---------------------------------------------------------------------------------------


def test_tokenize_words_numbers_and_hyphens() -> None:
    text = (
        "Liputan6.com, Jakarta - Harga naik 3,5 persen ke Rp1.691.409.816,36; anak-anak (13/6) covid-19 ke-73"
    )
    assert tokenize(text) == [
        "liputan", "6", "com", "jakarta", "harga", "naik", "3,5", "persen", "ke", "rp", "1.691.409.816,36",
        "anak-anak", "13", "6", "covid-19", "ke-73",
    ]  # fmt: skip


def test_tokenize_splits_scraped_joins_at_punctuation() -> None:
    assert tokenize("di seluruh dunia:depresi.") == ["di", "seluruh", "dunia", "depresi"]
    assert tokenize("katanya.Kemudian dia") == ["katanya", "kemudian", "dia"]


def test_tokenize_apostrophes() -> None:
    assert tokenize("Jum'at, Trump's plan, Ukraine’s army, don't") == [
        "jum'at", "trump", "plan", "ukraine", "army", "don't",
    ]  # fmt: skip


def test_tokenize_empty_and_punctuation() -> None:
    assert tokenize("") == []
    assert tokenize(" -- ... !!! “ ” ") == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_tokens_are_lowercase_pieces_of_the_text(text: str) -> None:
    low = text.lower().replace("’", "'")
    for tok in tokenize(text):
        assert tok and tok == tok.lower()
        assert tok in low


# -- stop words -------------------------------------------------------------------------------------


def test_stopwords_cover_function_reporting_and_time_words() -> None:
    sw = STOPWORDS["id"]
    words = "yang dan di dengan kata ujar ujarnya ungkap menurut mengatakan menjelaskan dikutip hari senin"
    for w in (words + " pekan kemarin dua ribu com").split():
        assert w in sw, w
    for w in "presiden menteri jakarta korut rudal agustus persen rupiah gempa banjir".split():
        assert w not in sw, w
    en = STOPWORDS["en"]
    assert {"the", "said", "according", "monday", "yesterday"} <= en
    assert not {"president", "missile", "august", "earthquake"} & en
    assert {"kerana", "bahawa", "yang"} <= STOPWORDS["ms"]


def test_function_words_are_a_subset_of_stop_words() -> None:
    for lang, words in FUNCTION_WORDS.items():
        assert words <= STOPWORDS[lang]
    assert "senin" not in FUNCTION_WORDS["id"] and "namun" in FUNCTION_WORDS["id"]


def test_stopwords_fall_back_to_indonesian() -> None:
    assert stopwords(None) is STOPWORDS["id"]
    assert stopwords("xx") is STOPWORDS["id"]
    assert stopwords("en") is STOPWORDS["en"]


# -- content tokens ---------------------------------------------------------------------------------


def test_content_tokens_drop_stop_words_and_single_characters() -> None:
    text = '"Kami siap," kata Kim Jong Un kepada Denis Pushilin, Senin (15/8), di Pyongyang, Korea Utara.'
    assert content_tokens(text, "id") == [
        "siap", "kim", "jong", "un", "denis", "pushilin", "15", "pyongyang", "korea", "utara",
    ]  # fmt: skip


def test_content_tokens_keep_kerja_sama() -> None:
    assert content_tokens("Indonesia dan Rusia bekerja sama, kerja sama itu diteken.", "id") == [
        "indonesia", "rusia", "kerjasama", "kerjasama", "diteken",
    ]  # fmt: skip


def test_content_tokens_english() -> None:
    text = "North Korea said on Monday that it had tested a missile, according to KCNA."
    assert content_tokens(text, "en") == ["north", "korea", "tested", "missile", "kcna"]


def test_content_stems() -> None:
    text = "Pasukan Rusia menyerang kota itu; serangan itu diserang balik, kata pemerintahnya."
    assert content_stems(text, "id") == [
        "pasukan",
        "rusia",
        "serang",
        "kota",
        "serang",
        "serang",
        "balik",
        "pemerintah",
    ]


# -- stems: Indonesian ------------------------------------------------------------------------------

# Words from the 1,200 most frequent content words of indonews, with the stem read as right for matching
# news about the same event. The comment says what Sastrawi alone gives where it differs.
ID_STEMS = {
    # inflections and derivations merged, as Sastrawi does
    "menyerang": "serang", "diserang": "serang", "serangan": "serang", "penyerangan": "serang",
    "memberikan": "beri", "diberikan": "beri", "kesehatan": "sehat", "penerbangan": "terbang",
    "pertandingan": "tanding", "bermain": "main", "pemain": "main", "laporan": "lapor",
    "dilaporkan": "lapor", "kendaraan": "kendara", "pengendara": "kendara", "kepolisian": "polisi",
    "kejaksaan": "jaksa", "ujarnya": "ujar", "pihaknya": "pihak", "anak-anak": "anak",
    "anak-anaknya": "anak", "negara-negara": "negara", "bermain-main": "main", "pengujian": "uji",
    "mengunjungi": "kunjung", "kunjungan": "kunjung", "pengunjung": "kunjung",  # unjung
    "penyelidikan": "selidik", "menyelidiki": "selidik",  # lidi (a broomstick)
    "kerusakan": "rusak", "merusak": "rusak",  # rusa (a deer)
    "memasuki": "masuk",  # pasuk
    "senilai": "nilai",  # nila
    "beragam": "ragam",  # agam
    # lexicalised derivations kept apart from a root with another meaning
    "pemerintah": "pemerintah", "pemerintahan": "pemerintah", "pemerintahnya": "pemerintah",  # perintah
    "kebijakan": "kebijakan", "kebijakannya": "kebijakan",  # bijak
    "pelaku": "pelaku", "berlaku": "berlaku", "diberlakukan": "berlaku",  # laku
    "berikut": "berikut", "mengalami": "mengalami", "pengalaman": "mengalami",  # ikut, alami, alam
    "perjalanan": "perjalanan", "berjalan": "berjalan", "menjalankan": "berjalan",  # jalan
    "pengembangan": "berkembang", "perkembangan": "berkembang",  # kembang
    "peserta": "peserta", "pesertanya": "peserta",  # serta
    "pendapatan": "pendapatan", "ketentuan": "ketentuan", "kesempatan": "kesempatan",
    "pengadilan": "pengadilan", "pemilu": "pemilu", "pasukan": "pasukan",  # adil, milu, pasu
    "digelar": "menggelar", "anggaran": "anggaran", "alasan": "alasan", "penghargaan": "penghargaan",
    "meninggal": "meninggal", "kinerja": "kinerja", "undang-undang": "undang-undang",
    # names: Sastrawi reads them as affixed words
    "kejagung": "kejagung", "bali": "bali", "bekasi": "bekasi", "maluku": "maluku",  # jagung bal bekas malu
    "merapi": "merapi", "kediri": "kediri", "milan": "milan", "persia": "persia",  # rapi diri mil sia
    "prabowo": "prabowo", "delia": "delia", "ginanjar": "ginanjar",  # dia ganjar
    # refused stems of three letters or fewer
    "berbasis": "basis", "berupa": "berupa", "mengaku": "mengaku", "terasa": "terasa",  # bas upa aku asa
    # untouched: roots, numbers, loans
    "berita": "berita", "masalah": "masalah", "sekolah": "sekolah", "hanya": "hanya", "13.500": "13.500",
    "covid-19": "covid-19", "ke-73": "ke-73", "jum'at": "jum'at", "indonesia": "indonesia",
}  # fmt: skip


@pytest.mark.parametrize(("word", "expected"), sorted(ID_STEMS.items()))
def test_indonesian_stems(word: str, expected: str) -> None:
    assert stem(word, "id") == expected


def test_malay_and_unknown_language_use_the_indonesian_stemmer() -> None:
    assert stem("menyerang", "ms") == "serang"
    assert stem("menyerang", None) == "serang"
    assert stem("attacks", "de") == "attacks"


def test_stems_are_cached() -> None:
    stem("pemberitaan", "id")
    before = stem.cache_info().hits
    for _ in range(5):
        stem("pemberitaan", "id")
    assert stem.cache_info().hits == before + 5


# -- stems: English ---------------------------------------------------------------------------------

EN_STEMS = {
    "attacks": "attack", "attacked": "attack", "attacking": "attack", "countries": "country",
    "carried": "carry", "hoped": "hope", "hoping": "hope", "making": "make", "stopped": "stop",
    "running": "run", "stated": "state", "based": "base", "agreed": "agree", "killed": "kill",
    "visits": "visit", "boxes": "box", "watches": "watch", "died": "die", "missiles": "missile",
    "news": "news", "united": "united", "speed": "speed", "crisis": "crisis", "status": "status",
    "thing": "thing", "bus": "bus", "leaders": "leader", "leading": "lead",
}  # fmt: skip


@pytest.mark.parametrize(("word", "expected"), sorted(EN_STEMS.items()))
def test_english_stems(word: str, expected: str) -> None:
    assert stem(word, "en") == expected


# -- on the corpus ----------------------------------------------------------------------------------


@pytest.mark.slow
def test_frequent_indonews_words_keep_their_meaning() -> None:
    """No frequent content word of indonews stems to a root with another meaning that Sastrawi gives."""
    path = need(INDONEWS)
    counts: Counter[str] = Counter()
    with path.open(encoding="utf-8") as f:
        for line in f:
            counts.update(content_tokens(json.loads(line)["text"], "id"))
    top = [w for w, _ in counts.most_common(1500) if not w[0].isdigit()][:1200]
    wrong = {"perintah", "bijak", "alami", "alam", "kembang", "serta", "bal", "upa", "bas", "jagung",
             "rusa", "lidi", "nila", "agam", "tara", "anggar", "alas", "milu", "pasu", "malu", "bekas",
             "rapi", "unjung", "pasuk"}  # fmt: skip
    assert {w: stem(w, "id") for w in top if stem(w, "id") in wrong and stem(w, "id") != w} == {}


@pytest.mark.slow
def test_indonews_stemming_cost() -> None:
    """A warm cache makes content stems cheap: well under 1 ms of CPU per article."""
    path = need(INDONEWS)
    with path.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f][:500]
    for t in texts:
        content_stems(t, "id")
    t0 = time.process_time()
    for t in texts:
        content_stems(t, "id")
    per_article = (time.process_time() - t0) / len(texts)
    assert per_article < 0.001, f"{per_article * 1000:.3f} ms per article"


def test_shipped_stem_table_agrees_with_live_stemming():
    """The precomputed table must be rebuilt when the stemming rules change (scripts/build_stem_table.py):
    a stale entry would give an article different terms than the rules say."""
    import random

    from gugus.analyze.tokens import _common_id, _stem_id, _stem_table

    table = _stem_table()
    assert len(table) > 5000, "the shipped stem table is missing or truncated"
    rng = random.Random(7)
    listed = rng.sample(sorted(table), 400)
    unlisted = rng.sample(sorted(_common_id() - table.keys()), 400)
    stale = [w for w in listed if _stem_id(w) != table[w]] + [w for w in unlisted if _stem_id(w) != w]
    assert not stale, f"stale stem table entries (rebuild it): {stale[:10]}"
    assert table["pemerintahan"] == "pemerintah" and table["mengatakan"] == "kata"
