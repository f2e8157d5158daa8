"""Word tokens, content tokens and stems, Indonesian first (English too), for matching articles about
the same event.

Tokens are lower-cased runs of letters or of digits: a hyphen inside a word keeps it whole ("anak-anak",
"covid-19", "ke-73"), a number keeps its separators ("13.500", "3,5", "1.691.409.816,36"), an
apostrophe inside a word keeps it whole ("jum'at") and an English possessive "'s" is dropped. Everything
else splits, so scraped joins like "dunia:depresi" or "itu.Kemudian" give two tokens.

Stemming, Indonesian: PySastrawi (Nazief-Adriani / ECS with the KBBI root list) with exceptions.
Measured on indonews, reading the most frequent content words with their stems, 300 at a time:

* words 1-300: Sastrawi changes 84 and 16 are wrong for matching news, the stem being a word with
  another meaning that unrelated articles would share: pemerintah → perintah ("order"), kebijakan →
  bijak ("wise"), pelaku and berlaku → laku, berikut → ikut, mengalami → alami ("natural"),
  perjalanan and berjalan → jalan ("road"), pengembangan → kembang ("flower"), menarik → tarik,
  mengenai → kena, lapangan → lapang, kesempatan → sempat, terutama → utama, berlangsung →
  langsung, digelar → gelar ("title"). The exceptions below were first written from these.
* words 301-600, read with that first list: Sastrawi 16 wrong (bali → bal, berbasis → bas, peserta →
  serta "and", pendapatan → dapat, ketentuan → tentu, kejagung → jagung "corn", pengalaman → alam,
  pertemuan → temu, pasangan → pasang, undang-undang → undang, …), this module 12;
* words 601-900, with the list grown from 600: Sastrawi 17 (anggaran → anggar "fencing", penghargaan
  → harga "price", meninggal → tinggal, senilai → nila, setara → tara, alasan → alas, …), this
  module 12 (the affix rule below saves kinerja → kerja);
* words 901-1200, with the list grown from 900: Sastrawi 10 (kerusakan → rusa "deer", penyelidikan
  → lidi, memasuki → pasuk, mengumumkan → umum, …), this module 7.

Every error read is now an exception, so none of the 1,200 words is wrong; on unread words expect the
last held-out rate, about 2 in 100 frequent content words (Sastrawi alone: about 3). The exception
list only grows by reading: each band of 300 read so far found 7-12 more. Place names fare
worse with Sastrawi (bekasi → bekas, maluku → malu, merapi → rapi, kediri → diri).

Why Sastrawi and not a lighter stemmer: as a proxy for clustering, TF-IDF cosine over all article pairs
of the hand-labelled days ranks same-story pairs with average precision (bench/analyze_text.py
--stem-proxy; none / light, -nya/-lah/-kah/-pun/-ku/-mu only / Sastrawi / this module):

    dev17 title+text   0.725 / 0.727 / 0.737 / 0.738     dev18 title+text   0.570 / 0.571 / 0.574 / 0.572
    dev17 title+lead   0.670 / 0.670 / 0.680 / 0.679     dev18 title+lead   0.610 / 0.610 / 0.619 / 0.617

A verbal stemmer (also me-/di-/ber-/ter- with -kan/-i, leaving the nominal pe-/ke-/-an alone), tried
while choosing, landed with the light one (0.728 and 0.673 on dev17). Sastrawi gains about one point by
merging the inflections that matter (menyerang, diserang, serangan, penyerangan → serang); the
exceptions neither gain nor lose measurably there (within 0.002), and they remove the wrong
conflations read above, which an average over all pairs barely registers but a story's keywords and
a spurious link between two stories would show.

How the exceptions work: `_ID_LEMMAS` maps a protected word and its forms to one lemma (pemerintahan →
pemerintah; berkembang, perkembangan, pengembangan → berkembang), and every protected form is added to
Sastrawi's root list so that its affixed forms stop at it ("pemerintahnya" → pemerintah). Three rules
catch what a list cannot: a word with no Indonesian affix is left alone (Sastrawi would strip loan
suffixes and infixes: delia → dia, binus → bus); a stem of three letters or fewer is refused unless it
is a known short root (bali → bal, milan → mil, mengaku → aku are refused; pengujian → uji is kept);
and so is a stem that only drops a final -i (bekasi, kediri, tabuni: names far more often than
verbs). A refused word keeps its form minus particles and possessives ("pesertanya" → peserta).

Sastrawi takes about 0.4-0.8 ms a word, so stems are cached per (word, language): over indonews
(48,523 distinct tokens) content tokens and stems cost 0.9-1.3 ms of CPU per article with a cold cache
and 0.16-0.26 ms with a warm one, on a loaded two-core machine (bench/analyze_text.py). English:
a light suffix stemmer (plural -s/-es/-ies, -ing, -ed, in the manner of Porter's step 1), enough to
merge "attacks", "attacked" and "attacking"; no NLTK data to download. Other languages are only
lower-cased.
"""

from __future__ import annotations

import gzip
import io
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from gugus.lang.stopwords import stopwords

__all__ = ["tokenize", "content_tokens", "content_stems", "stem"]

_TOKEN = re.compile(
    r"(?:\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*)"  # a number with its separators, or a word
    r"(?:-(?:\d+(?:[.,]\d+)*|[^\W\d_]+))*"  # hyphenated parts: "anak-anak", "covid-19", "ke-73"
)


# The last few texts' tokens, content tokens and stems are kept (as tuples, handed out as new lists):
# an article's title and text are tokenised by its analysis, its topic and its search-index terms, each
# asking for itself, and stemmed by two of them. Keyed by the text, so a hit costs one hash.
_RECENT = 32


def tokenize(text: str) -> list[str]:
    """Lower-cased word and number tokens of `text`, in order; punctuation is dropped."""
    return list(_tokens(text))


@lru_cache(maxsize=_RECENT)
def _tokens(text: str) -> tuple[str, ...]:
    out = _TOKEN.findall(text.lower())
    for i, tok in enumerate(out):
        if "'" in tok or "’" in tok:
            tok = tok.replace("’", "'")
            out[i] = tok[:-2] if tok.endswith("'s") and len(tok) > 3 else tok
    return tuple(out)


# Indonesian compounds whose second word is a stop word: joined so that the compound survives stop-word
# removal ("kerja sama", cooperation, is not "kerja", work).
_ID_COMPOUNDS = {("kerja", "sama"): "kerjasama", ("bekerja", "sama"): "kerjasama"}


def content_tokens(text: str, lang: str | None = "id") -> list[str]:
    """Tokens that carry content: stop words and one-character tokens removed."""
    return list(_content_tokens(text, lang))


@lru_cache(maxsize=_RECENT)
def _content_tokens(text: str, lang: str | None) -> tuple[str, ...]:
    stop = stopwords(lang)
    toks: Sequence[str] = _tokens(text)
    if lang in (None, "id", "ms") and "sama" in toks:
        toks = _join_compounds(toks)
    return tuple(t for t in toks if len(t) > 1 and t not in stop)


def content_stems(text: str, lang: str | None = "id") -> list[str]:
    """The stems of `content_tokens(text, lang)`: the terms the sparse vectors are built from."""
    return list(_content_stems(text, lang))


@lru_cache(maxsize=_RECENT)
def _content_stems(text: str, lang: str | None) -> tuple[str, ...]:
    return tuple(stem(t, lang) for t in _content_tokens(text, lang))


def _join_compounds(toks: Sequence[str]) -> list[str]:
    out: list[str] = []
    for tok in toks:
        joined = _ID_COMPOUNDS.get((out[-1], tok)) if out else None
        if joined:
            out[-1] = joined
        else:
            out.append(tok)
    return out


STEM_TABLE = "stems_id.tsv.gz"  # built by scripts/build_stem_table.py


@lru_cache(maxsize=1 << 18)
def stem(token: str, lang: str | None = "id") -> str:
    """The stem of a lower-case token in `lang` (cached, and for common Indonesian words precomputed:
    Sastrawi takes about 0.8 ms a word)."""
    if lang in (None, "id", "ms"):
        table = _stem_table()
        if token.isalpha() and len(token) >= 4 and table:
            # the table lists every common word whose stem differs; a common word absent from it is its
            # own stem, and only a word wordfreq does not know goes to Sastrawi
            found = table.get(token)
            if found is not None:
                return found
            if token in _common_id():
                return token
        return _stem_id(token)
    if lang == "en":
        return _stem_en(token)
    return token


@lru_cache(maxsize=1)
def _stem_table() -> dict[str, str]:
    path = resources.files("gugus.analyze") / STEM_TABLE
    if not path.is_file():
        return {}
    with gzip.open(io.BytesIO(path.read_bytes()), "rt", encoding="utf-8") as fh:
        return dict(line.rstrip("\n").split("\t", 1) for line in fh if "\t" in line)


@lru_cache(maxsize=1)
def _common_id() -> frozenset[str]:
    from wordfreq import get_frequency_dict

    return frozenset(w for w in get_frequency_dict("id") if w.isalpha() and w.islower() and len(w) >= 4)


# -- Indonesian -------------------------------------------------------------------------------------

# Protected words, read off the 600 most frequent content words of indonews and its most frequent
# place names: "lemma: forms". A form maps to its lemma; every form is also a root for Sastrawi.
_ID_LEMMA_GROUPS = """
pemerintah: pemerintah pemerintahan
kebijakan: kebijakan
pelaku: pelaku
berlaku: berlaku memberlakukan diberlakukan pemberlakuan
berikut: berikut berikutnya
mengalami: mengalami dialami pengalaman
perjalanan: perjalanan
berjalan: berjalan menjalani dijalani menjalankan dijalankan
berkembang: berkembang perkembangan pengembangan mengembangkan dikembangkan pengembang
menarik: menarik
mengenai: mengenai
lapangan: lapangan
kesempatan: kesempatan
terutama: terutama
berlangsung: berlangsung
menggelar: menggelar digelar gelaran
berkelanjutan: berkelanjutan keberlanjutan
peserta: peserta
basis: basis berbasis
berupa: berupa
undang-undang: undang-undang perundang-undangan
ketentuan: ketentuan
menentukan: menentukan ditentukan penentuan
pendapatan: pendapatan
pertemuan: pertemuan
pasangan: pasangan
pengadilan: pengadilan
pemilu: pemilu
pasukan: pasukan
kejagung: kejagung
kejati: kejati
kejari: kejari
kementan: kementan
kemenag: kemenag
kedubes: kedubes
perpres: perpres
perseroda: perseroda
pegadaian: pegadaian
perhutani: perhutani
persebaya: persebaya
bali: bali
bekasi: bekasi
maluku: maluku
merapi: merapi
semeru: semeru
kediri: kediri
temanggung: temanggung
labuan: labuan
kemayoran: kemayoran
serayu: serayu
minang: minang
asahan: asahan
bangkalan: bangkalan
bengkalis: bengkalis
mengaku: mengaku mengakui diakui pengakuan
kunjung: pengunjung
kinerja: kinerja
peringatan: peringatan memperingati diperingati
alasan: alasan
anggaran: anggaran
ragam: beragam keberagaman
setara: setara kesetaraan
kalangan: kalangan
pemutihan: pemutihan
nilai: senilai
penghargaan: penghargaan menghargai dihargai
meninggal: meninggal
menangani: menangani ditangani penanganan
rusak: kerusakan
mengumumkan: mengumumkan diumumkan pengumuman
sejalan: sejalan
masuk: memasuki dimasuki
rawat: perawatan
selidik: penyelidikan menyelidiki diselidiki penyelidik
pasalnya: pasalnya
"""
_ID_LEMMAS: dict[str, str] = {
    form: lemma.strip()
    for line in _ID_LEMMA_GROUPS.strip().splitlines()
    for lemma, forms in [line.split(":")]
    for form in forms.split()
}
# Roots of three letters or fewer that derived words really stem to ("pengujian" → uji).
_ID_SHORT_ROOTS = frozenset(
    "uji isi air ibu tua doa aju acu adu hak bom tim sah cek bor rem iur api abu cat gas gol jet pak "
    "sewa dua tik lis pil pin kas".split()
)
# Words in Sastrawi's root list that are noise as stems ("pasukan" → pasu, "pemilu" → milu,
# "mengunjungi" → unjung, "memasuki" → pasuk).
_ID_BAD_ROOTS = frozenset("pasu milu unjung pasuk".split())
# A word with none of these affixes is left as it is, without asking Sastrawi (half the vocabulary of
# indonews, and half its stemming time). Sastrawi would change 34 of those 20,478 words, by a loan
# suffix or an infix: 7 for the better (finalis → final) and 27 for the worse (delia → dia, binus → bus).
_AFFIX = re.compile(r"^(?:di|ke|se|be|te|me|pe|ku|kau)|(?:i|kan|an|nya|lah|kah|pun|ku|mu)$")
_PARTICLE = re.compile(r"^(.{3,}?)(?:lah|kah|pun)$")
_POSSESSIVE = re.compile(r"^(.{3,}?)(?:nya|ku|mu)$")


@lru_cache(maxsize=1)
def _sastrawi():
    """Sastrawi's stemmer over its root list, with the protected words as roots and noise roots removed."""
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    roots = {w for w in StemmerFactory().get_words() if w} - _ID_BAD_ROOTS
    roots |= _ID_LEMMAS.keys()
    return Stemmer(ArrayDictionary(sorted(roots))), frozenset(roots)


def _strip_inflection(word: str, roots: frozenset[str]) -> str:
    """`word` without a particle (-lah, -kah, -pun) and a possessive (-nya, -ku, -mu) where the rest is a
    root or a protected word: "pesertanya" → peserta, but "masalah", "sekolah", "hanya" stay."""
    if word in roots:
        return word
    m = _PARTICLE.match(word)
    if m and m.group(1) in roots:
        return m.group(1)
    m = _POSSESSIVE.match(m.group(1) if m else word)
    if m and (m.group(1) in roots or m.group(1) in _ID_LEMMAS):
        return m.group(1)
    return word


def _stem_id(word: str) -> str:
    lemma = _ID_LEMMAS.get(word)
    if lemma is not None:
        return lemma
    if len(word) < 4 or not word.isalpha():
        if "-" in word and not any(ch.isdigit() for ch in word):
            return _stem_id_hyphen(word)
        return word
    stemmer, roots = _sastrawi()
    base = _strip_inflection(word, roots)
    lemma = _ID_LEMMAS.get(base)
    if lemma is not None:
        return lemma
    if not _AFFIX.search(base):
        return base  # nothing to remove but a loan suffix or an infix: delia → dia, minute → mute
    result = stemmer.stem_word(base)
    if result == base:
        return base
    if len(result) <= 3 and result not in _ID_SHORT_ROOTS:
        return base  # bali → bal, milan → mil, mengaku → aku
    if result == base[:-1] and base.endswith("i") and result in roots:
        return base  # bekasi → bekas, kediri → diri: a bare -i ends names far more often than verbs
    return result


def _stem_id_hyphen(word: str) -> str:
    """Reduplication: "anak-anak", "anak-anaknya", "bermain-main" → one stem when both halves agree."""
    parts = word.split("-")
    if len(parts) != 2 or not all(parts):
        return word
    a, b = (stem(p, "id") for p in parts)  # the table's stem where it has one: the same, sooner
    return a if a == b else word


# -- English ----------------------------------------------------------------------------------------

_EN_KEEP = frozenset(
    "news series species means always perhaps united states politics physics economics athletics "
    "lens gas bias chaos thus this his its was has does yes less unless across during nothing "
    "something anything everything thing things king spring string ring bring wing sing morning evening "
    "ceiling wedding bed red need seed speed feed shed hundred sacred naked wicked".split()
)
_EN_IRREGULAR = {"died": "die", "dies": "die", "lied": "lie", "lies": "lie", "tied": "tie", "ties": "tie"}
_VOWELS = frozenset("aeiouy")


def _measure(stem: str) -> int:
    """Porter's m: the number of vowel-consonant sequences in `stem`."""
    m, prev_vowel = 0, False
    for ch in stem:
        vowel = ch in _VOWELS
        if prev_vowel and not vowel:
            m += 1
        prev_vowel = vowel
    return m


def _stem_en(word: str) -> str:
    if word in _EN_IRREGULAR:
        return _EN_IRREGULAR[word]
    if len(word) <= 3 or not word.isalpha() or word in _EN_KEEP:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zzes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("eed"):
        return word[:-1] if _measure(word[:-3]) > 0 else word  # agreed → agree; speed stays
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "y"  # carried → carry
    for suffix in ("ing", "ed"):
        if word.endswith(suffix):
            rest = word[: -len(suffix)]
            if len(rest) < 3 or not _VOWELS.intersection(rest):
                return word
            if rest[-1] == rest[-2] and rest[-1] not in "lsz":
                return rest[:-1]  # stopped → stop, running → run
            if rest.endswith(("at", "bl", "iz")):
                return rest + "e"  # stated → state, troubled → trouble
            short = rest[-1] not in _VOWELS | {"w", "x"} and rest[-2] in _VOWELS and rest[-3] not in _VOWELS
            if short and _measure(rest) == 1:
                return rest + "e"  # hoped → hope, making → make, based → base
            return rest
    return word
