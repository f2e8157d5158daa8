"""Language per article and per sentence: Indonesian, Malay and English told apart."""

from __future__ import annotations

import json
from collections import Counter

from gugus.lang.detect import detect, detect_languages

from .conftest import INDONEWS, need

MALAY = (
    "Kerajaan negeri akan memperuntukkan RM50 juta bagi membaiki rumah mangsa banjir kerana "
    "hujan lebat sejak minggu lalu, kata Menteri Besar selepas mesyuarat exco. Beliau berkata "
    "syarikat kontraktor tempatan akan dilantik dan kerja pembaikan dijangka bermula bulan depan. "
    "Kakitangan jabatan kebajikan juga telah dikerahkan ke pusat pemindahan sementara."
)
INDONESIAN = (
    "Pemerintah Provinsi Jawa Barat menyiapkan anggaran Rp 50 miliar untuk memperbaiki rumah "
    "korban banjir karena hujan deras sejak pekan lalu, kata gubernur setelah rapat dengan bupati. "
    "Perusahaan kontraktor lokal akan ditunjuk dan pekerjaan perbaikan diperkirakan dimulai bulan "
    "depan."
)
ENGLISH = (
    "The provincial government has set aside 50 billion rupiah to repair the homes of flood victims "
    "after a week of heavy rain, the governor said after meeting district heads on Tuesday."
)


def test_three_languages_apart():
    assert detect(INDONESIAN) == "id"
    assert detect(MALAY) == "ms"
    assert detect(ENGLISH) == "en"
    assert detect("1234 — 5678") is None


def test_a_quoted_english_sentence_inside_an_indonesian_article():
    text = (
        INDONESIAN + "\n“We are doing everything we can to help the victims and rebuild the bridges,” "
        "the governor told reporters in English. Warga diminta tetap waspada karena hujan masih akan turun."
    )
    lang, per_sentence = detect_languages(text)
    assert lang == "id"
    assert per_sentence.count("en") == 1 and per_sentence[0] == "id" and per_sentence[-1] == "id"


def test_a_line_without_function_words_takes_its_articles_language_unless_its_words_lean_english():
    text = (
        INDONESIAN + "\nJAKARTA, Senin (16/6/2025) - Gubernur Pramono Anung, Kepala BPBD DKI Jakarta.\n"
        "Congratulations everyone, hard work paid off!\nWarga diminta tetap waspada karena hujan."
    )
    lang, per_sentence = detect_languages(text)
    assert lang == "id"
    assert per_sentence[-3:] == ["id", "en", "id"]  # the dateline and names: no detector needed


def test_an_indonesian_quote_inside_an_english_article():
    text = (
        ENGLISH + " Kepala BPBD mengatakan bahwa pencarian akan dilanjutkan besok pagi. "
        "Rescuers are still searching for four people who were swept away by the river."
    )
    lang, per_sentence = detect_languages(text)
    assert lang == "en" and per_sentence == ["en", "id", "en"]


def test_indonesian_news_is_not_mistaken_for_malay():
    lines = need(INDONEWS).read_text(encoding="utf-8").splitlines()[:600]
    langs = Counter(detect(json.loads(line)["text"]) for line in lines)
    assert langs["ms"] == 0
    assert langs["id"] >= 0.98 * len(lines)
