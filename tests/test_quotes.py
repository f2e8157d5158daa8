"""Quotes with their speakers: the seeds, project-written articles in each speaker pattern, grouping."""

from __future__ import annotations

import pytest

from gugus.analyze.article import analyze
from gugus.compare.quotes import Quote, find_quotes, group_quotes, quoted_spans, story_quotes
from gugus.model import Article

from .conftest import SEED_AP, SEED_COPY


def _by_text(quotes: list[Quote], start: str, direct: bool = True) -> Quote:
    found = [q for q in quotes if q.direct == direct and q.text.startswith(start)]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def _one(text: str, lang: str) -> list[Quote]:
    article = Article(id="t", source_id="t", title="", text=text, lang=lang, published="2025-06-18")
    return find_quotes(article, analyze(article))


# -- the seeds ------------------------------------------------------------------------------------------


def test_seed_ap_speakers(seeds):
    quotes = find_quotes(*seeds[SEED_AP])
    kerja = _by_text(quotes, "kerja sama bilateral yang sama-sama menguntungkan sesuai")
    assert (kerja.speaker, kerja.via) == ("Denis Pushilin", "Kantor Berita Pusat Korea Utara")
    potensi = _by_text(quotes, "potensi besar")  # "Menurut kementerian, Sin kemudian mengatakan …"
    assert (potensi.speaker, potensi.speaker_key) == ("Sin", "sin-hong-chol")
    assert potensi.via == "Kementerian luar negeri Donetsk"  # the bare "kementerian", resolved
    assert _by_text(quotes, "bidang migrasi tenaga kerja").speaker == "Sin"
    assert _by_text(quotes, "penghinaan terhadap kedaulatan Ukraina").speaker == "Ned Price"  # dengan …
    assert _by_text(quotes, "bantuan yang sangat serius").speaker == "Alexander Matsegora"  # yang …
    donbas = _by_text(quotes, "orang-orang di wilayah Donbas")  # "Dia … bersikeras bahwa “…,” kata KCNA"
    assert (donbas.speaker, donbas.speaker_key, donbas.via) == ("Pushilin", "denis-pushilin", "KCNA")
    assert _by_text(quotes, "kebijakan hegemonik").speaker == "Korea Utara"
    reported = _by_text(quotes, "duta besarnya untuk Rusia, Olga Makeeva", direct=False)
    assert reported.speaker == "Kementerian luar negeri Donetsk"
    assert not any(q.text.startswith("apakah Kim") for q in quotes)  # "tidak mengatakan apakah": no quote


def test_seed_copy_speakers(seeds):
    article, analysis = seeds[SEED_COPY]
    quotes = find_quotes(article, analysis)
    first = _by_text(quotes, "kerja sama bilateral yang sama-sama menguntungkan")
    assert (first.speaker, first.via) == ("pemimpin yang memproklamirkan diri", "media pemerintah")
    assert _by_text(quotes, "Orang-orang di wilayah Donbas").speaker == "Pushlin"  # pesan Pushlin yang …
    assert _by_text(quotes, "banyak peluang").speaker == "Matsegora"
    izvestia = _by_text(quotes, "pembangun Korea yang berkualifikasi tinggi")  # "Dia mengatakan kepada …"
    assert (izvestia.speaker, izvestia.speaker_key) == ("Matsegora", "alexander-matsegora")
    assert _by_text(quotes, "senjata canggih dan peralatan militer").speaker == "Putin"
    assert _by_text(quotes, "mekanisme baru untuk keamanan internasional").speaker == "Putin"
    assert _by_text(quotes, "kerja sama, dukungan, dan solidaritas").speaker == "Kim"
    letter = _by_text(quotes, "persahabatan antara Rusia dan Korea Utara", direct=False)
    assert letter.speaker == "Kim"  # "Kim … kepada Putin di mana dia mengatakan": the sentence's Kim
    for q in quotes:
        assert article.text[q.start : q.end] == q.text
        s, e = analysis.sentences[q.sentence]
        assert s <= q.start < e


def test_seed_quotes_grouped_across_outlets(seeds):
    groups = story_quotes(seeds.values())
    shared = [g for g in groups if len(g.sources) == 2]
    assert len(shared) == 2
    kerja = next(g for g in shared if "kerja sama bilateral" in g.text)
    assert kerja.text == "kerja sama bilateral yang sama-sama menguntungkan"
    assert (kerja.speaker, kerja.speaker_key) == ("Denis Pushilin", "denis-pushilin")
    donbas = next(g for g in shared if "77 tahun yang lalu" in g.text)
    assert donbas.speaker_key == "denis-pushilin"  # "Pushilin" and "Pushlin": one speaker
    assert {q.speaker for q in donbas.quotes} == {"Pushilin", "Pushlin"}
    assert sorted(donbas.to_dict()["sources"]) == sorted(a.id for a, _ in seeds.values())


# -- project-written articles ----------------------------------------------------------------------------


def test_indonesian_speaker_patterns(events):
    got = [(q.direct, q.speaker, q.text[:40]) for q in find_quotes(*events["quotes-id"])]
    assert got == [
        (False, "Sri Mulyani Indrawati", "penerimaan pajak hingga akhir Mei 2025 m"),
        (True, "Sri Mulyani", "Penerimaan pajak masih tumbuh meski harg"),
        (False, "Sri Mulyani", "pemerintah akan menjaga defisit anggaran"),  # "Ia menambahkan bahwa"
        (False, "Kementerian Keuangan", "realisasi belanja negara hingga Mei menc"),  # "Menurut …, …"
        (True, "Anggito Abimanyu", "Kami tetap waspada terhadap risiko globa"),
        (True, "Anggito Abimanyu", "Defisit masih sangat terkendali"),  # "ucap dia"
        (False, "Tauhid Ahmad", "target pertumbuhan ekonomi 5,2 persen su"),  # "X, ekonom INDEF, menyatakan"
        (True, "Tauhid", "Konsumsi rumah tangga melemah sejak awal"),  # tutur
        (True, "Tauhid", "Daya beli masyarakat harus dipulihkan le"),  # jelas
    ]


def test_english_speaker_patterns(events):
    got = [(q.direct, q.speaker, q.text[:40]) for q in find_quotes(*events["quotes-en"])]
    assert got == [
        (False, "Perry Warjiyo", "Indonesia's central bank held its benchm"),  # "…, Governor X said, citing"
        (True, "Warjiyo", "We remain focused on stabilising the exc"),  # "“…,” X told a news conference"
        (True, "Warjiyo", "There is still room for easing later thi"),  # "he said"
        (True, "Destry Damayanti", "Inflation is expected to stay within our"),  # "said X, the …"
        (False, "finance ministry", "the budget deficit reached 0.1% of gross"),  # according to
        (False, "finance ministry", "tax revenue fell 10% from a year earlier"),  # "The ministry said that"
    ]


CASES = [  # (language, speaker, direct, text): one speaker pattern each
    ("id", "KCNA", False, "Korea Utara menembakkan rudal balistik ke Laut Jepang pada Rabu pagi, kata KCNA."),
    ("id", "Suharyanto", True,
     '"Kami akan mengevakuasi warga secepatnya," ujar Kepala BNPB Suharyanto di Jakarta.'),
    ("id", "Polana Pramesti", True,
     '"Semua penerbangan ke Bali berjalan normal," ucap Direktur Utama AirNav Indonesia Polana Pramesti.'),
    ("id", "Kementerian Luar Negeri", False,
     "Kementerian Luar Negeri memanggil duta besar Israel pada Senin. Menurut kementerian, pemanggilan itu "
     "merupakan bentuk protes keras."),
    ("id", "Karyoto", False,
     "Kapolda Metro Jaya Irjen Karyoto mengatakan bahwa pelaku sudah ditangkap di Bekasi."),
    ("id", "Gibran Rakabuming Raka", False,
     "Wakil Presiden Gibran Rakabuming Raka menyatakan pemerintah siap membantu korban banjir."),
    ("id", "Novi Helmy Prasetya", True,
     '"Stok beras aman hingga akhir tahun," tutur Kepala Bulog Novi Helmy Prasetya.'),
    ("id", "Budi Santoso", True,
     '"Harga cabai naik karena cuaca buruk," jelas Menteri Perdagangan Budi Santoso.'),
    ("en", "Sugiono", True,
     "“The talks were constructive,” said Foreign Minister Sugiono after the meeting."),
    ("en", "Anthony Albanese", False,
     "Prime Minister Anthony Albanese said Australia would keep its embassy open."),
    ("en", "health ministry", False,
     "According to the health ministry, at least 12 people died in the outbreak."),
    ("en", "Zelenskiy", True, "“We will not retreat,” Zelenskiy said in his nightly address."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "speaker", "direct", "text"), CASES)
def test_each_speaker_pattern(lang, text, speaker, direct):
    quotes = _one(text, lang)
    assert [(q.speaker, q.direct) for q in quotes] == [(speaker, direct)]


def test_a_pronoun_with_no_one_named_before_takes_the_lede():
    quotes = _one(
        "Jakarta - Al Ghazali resmi menikahi Alyssa Daguise di Jakarta.\n"
        '"Kami bersyukur atas doa semua pihak," kata dia.',
        "id",
    )
    assert [(q.speaker, q.direct) for q in quotes] == [("Al Ghazali", True)]


def test_a_quote_going_on_in_the_next_paragraph_keeps_its_speaker():
    quotes = _one(
        '"Dia pemain yang akan disukai suporter," kata Omar Berrada kepada wartawan.\n'
        '"Dia bisa bermain di tiga posisi yang berbeda."',
        "id",
    )
    assert [q.speaker for q in quotes] == ["Omar Berrada", "Omar Berrada"]


def test_no_speech_without_a_cue():
    assert [q.speaker for q in _one('Warga menyebut kawasan itu "kampung nelayan tua".', "id")] == [None]
    assert _one("Laporan itu tidak mengatakan apakah pesan tersebut dibalas.", "id") == []


def test_quoted_spans_leave_out_marks_and_single_words():
    text = "Ia menyebut “hoaks” dan berkata “kami menolak keras,” lalu ‘pergi begitu saja’."
    assert [text[a:b] for a, b in quoted_spans(text)] == ["kami menolak keras", "pergi begitu saja"]


def _q(text: str, article_id: str) -> Quote:
    return Quote(text, "X", "x", True, article_id, 0, 0, len(text))


def test_grouping_needs_the_same_words_not_the_same_topic():
    groups = group_quotes(
        [
            _q("kerja sama bilateral yang sama-sama menguntungkan", "a"),
            _q("kerja sama bilateral yang sama-sama menguntungkan sesuai dengan kepentingan", "b"),
            _q("kerja sama yang bermanfaat", "a"),  # two content words: too short to group
            _q("pekerja Korea Utara dapat dikirim ke sana", "b"),
            _q("pekerja konstruksi Korea Utara berpotensi memberikan bantuan yang sangat serius", "a"),
        ]
    )
    assert [sorted(g.sources) for g in groups] == [["a", "b"], ["a"], ["a"], ["b"]]
    assert groups[0].text == "kerja sama bilateral yang sama-sama menguntungkan"
