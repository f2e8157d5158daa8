"""Topic categories for articles and stories, on a small fixed scheme modelled on IPTC media topics.

The classifier is a multinomial logistic regression over TF-IDF of gugus's own stems (title terms
counted once more with a "t:" prefix, since a headline says more about the topic than any body
sentence) and of hand-written keyword hits per topic. It is trained by scripts/train_topics.py from
the outlets' own URL sections (indonews) and AllSides topics (English), and shipped as plain arrays in
topics_model.npz: no pickle, no download, numpy only at run time. `lang` None is read as Indonesian.

    classify(title, text, lang)   -> [(topic, probability), ...] best first, every topic
    topic_of(title, text, lang)   -> the best topic, or None when the model is not confident enough
    story_topics([classify(...), ...]) -> a story's topics from its articles'
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from gugus.analyze.tokens import content_tokens, stem, tokenize

__all__ = [
    "TOPICS",
    "TOPIC_NAMES",
    "FEATURE_VERSION",
    "MODEL_FILE",
    "KEYWORDS",
    "features",
    "keyword_hits",
    "classify",
    "topic_of",
    "story_topics",
]

# slug -> (English name, Indonesian name); the order is the scheme's and the model's row order
TOPIC_NAMES: dict[str, tuple[str, str]] = {
    "politics": ("Politics", "Politik"),
    "economy": ("Economy and business", "Ekonomi dan bisnis"),
    "markets": ("Markets", "Pasar modal dan keuangan"),
    "crime-law": ("Crime and law", "Kriminal dan hukum"),
    "disaster": ("Disaster and accident", "Bencana dan kecelakaan"),
    "health": ("Health", "Kesehatan"),
    "science-tech": ("Science and technology", "Sains dan teknologi"),
    "sport": ("Sport", "Olahraga"),
    "entertainment": ("Entertainment and celebrity", "Hiburan dan selebritas"),
    "lifestyle-travel": ("Lifestyle and travel", "Gaya hidup dan wisata"),
    "religion": ("Religion", "Agama"),
    "international": ("International", "Internasional"),
    "environment": ("Environment", "Lingkungan"),
    "automotive": ("Automotive", "Otomotif"),
}
TOPICS: tuple[str, ...] = tuple(TOPIC_NAMES)

MODEL_FILE = "topics_model.npz"  # written by scripts/train_topics.py
# Bump when `features` changes: the shipped model was trained on the old terms and must be retrained
# (the training script folds this into the hash the tests compare).
FEATURE_VERSION = 2

TEXT_CHARS = 1200  # the lead carries the topic; the tail of a long article only costs time
FLOOR = 0.35  # topic_of answers None below this probability
# Outlet brand words ("detikSport", "Liputan6.com, Jakarta") mark the section inside one outlet and
# would teach the model the outlet, not the topic.
_BRAND = ("detik", "liputan", "okezone", "kompas", "republika")


# Hand-written keywords per category, Indonesian and English (words are matched as tokens and as
# stems; "a_b" as two consecutive tokens). Their hits are features ("kw:sport"): the one bridge between
# the languages, so that a category taught mostly in English (politics, disaster) or mostly by one
# outlet (health, religion) is still recognised in the other language. They are also the keyword
# baseline of bench/topics.py and the seeds for unlabelled articles in scripts/train_topics.py.
KEYWORDS: dict[str, str] = {
    "politics": (
        "dpr dprd mpr partai pemilu pilkada pilpres presiden wakil_presiden menteri kabinet koalisi "
        "oposisi politik politisi caleg capres gubernur bupati wali_kota legislatif undang-undang ruu "
        "election senate congress parliament president minister party campaign vote voters democrat "
        "democrats republican republicans lawmakers governor white_house biden trump"
    ),
    "economy": (
        "ekonomi bisnis perusahaan investasi ekspor impor inflasi pajak industri umkm perdagangan "
        "anggaran apbn pertumbuhan_ekonomi bbm bumn pengusaha tarif produksi economy economic "
        "business company companies investment exports imports inflation tax taxes industry trade "
        "budget jobs unemployment wages growth gdp"
    ),
    "markets": (
        "saham ihsg bursa emiten investor obligasi reksa_dana rupiah dolar kurs valas kripto bitcoin "
        "ethereum indeks harga_emas stocks stock shares market markets nasdaq dow investors bonds "
        "crypto bitcoin currency index"
    ),
    "crime-law": (
        "polisi polres polda kapolres tersangka terdakwa ditangkap penangkapan pembunuhan pencurian "
        "korupsi kpk kejagung jaksa hakim vonis pengadilan penjara narkoba sabu penipuan pelaku "
        "dakwaan sidang police arrested arrest suspect murder killed shooting court judge trial "
        "prosecutors charged crime criminal prison sentenced fbi lawsuit jury"
    ),
    "disaster": (
        "bencana banjir longsor gempa gempa_bumi tsunami erupsi meletus kebakaran kecelakaan tabrakan "
        "korban_jiwa evakuasi bnpb bpbd basarnas puting_beliung kekeringan disaster flood floods "
        "flooding earthquake tsunami eruption wildfire wildfires hurricane storm tornado crash "
        "accident collapse evacuation rescue"
    ),
    "health": (
        "kesehatan penyakit dokter rumah_sakit pasien virus vaksin covid gejala obat kanker diabetes "
        "jantung gizi stunting puskesmas bpjs_kesehatan health disease doctor doctors hospital "
        "hospitals patients virus vaccine vaccines vaccination covid coronavirus pandemic symptoms "
        "cancer cdc medical"
    ),
    "science-tech": (
        "teknologi aplikasi smartphone ponsel android iphone internet digital ai kecerdasan_buatan "
        "satelit peneliti penelitian ilmuwan startup siber technology tech app apps smartphone "
        "internet digital ai artificial_intelligence software scientists research researchers space "
        "nasa cyber hackers facebook google apple"
    ),
    "sport": (
        "sepak_bola sepakbola timnas pemain pelatih klub liga gol pertandingan laga piala juara "
        "turnamen bulu_tangkis atlet olimpiade motogp skor football soccer player players coach team "
        "league goal match championship tournament olympics nba nfl season"
    ),
    "entertainment": (
        "artis selebriti aktor aktris penyanyi film musik lagu album konser sinetron drama series "
        "netflix celebrity actor actress singer film movie music song album concert hollywood"
    ),
    "lifestyle-travel": (
        "wisata liburan destinasi wisatawan hotel kuliner resep fashion gaya_hidup kecantikan "
        "traveling pantai travel tourism tourists vacation holiday hotel food recipe fashion "
        "lifestyle beauty"
    ),
    "religion": (
        "islam muslim masjid haji umrah jemaah ibadah ramadan iduladha idul_adha idulfitri ulama kiai "
        "pesantren gereja kristen katolik hindu buddha allah nabi religion religious church churches "
        "pope catholic christian christians muslim muslims mosque faith"
    ),
    "international": (
        "internasional luar_negeri israel iran gaza palestina ukraina rusia amerika_serikat china "
        "tiongkok pbb nato diplomat perang international foreign diplomatic diplomats embassy "
        "united_nations nato war israel iran gaza ukraine russia china afghanistan taliban"
    ),
    "environment": (
        "lingkungan iklim perubahan_iklim emisi karbon polusi sampah limbah hutan deforestasi "
        "konservasi energi_terbarukan environment environmental climate climate_change emissions "
        "carbon pollution renewable forest conservation"
    ),
    "automotive": (
        "mobil motor otomotif kendaraan mobil_listrik sepeda_motor dealer mesin stnk pengendara car "
        "cars vehicle vehicles automaker automakers electric_vehicle ev tesla toyota ford"
    ),
}


def features(title: str, text: str, lang: str | None) -> list[str]:
    """The terms one article is classified on: stems of the title (plain and "t:"-prefixed) and of
    the lead of the text, and one "kw:<topic>" per keyword hit."""
    out: list[str] = []
    for part, prefixed in ((title or "", True), ((text or "")[:TEXT_CHARS], False)):
        toks = [t for t in content_tokens(part, lang) if not t.startswith(_BRAND)]
        stems = [stem(t, lang) for t in toks]
        out += stems
        if prefixed:
            out += ["t:" + s for s in stems]
        for topic, n in _hits(toks, stems).items():
            out += ["kw:" + topic] * n
    return out


@lru_cache(maxsize=1)
def _keywords() -> dict[str, frozenset[str]]:
    out = {}
    for topic, words in KEYWORDS.items():
        singles = {w for w in words.split() if "_" not in w}
        stems = {stem(w, "id") for w in singles} | {stem(w, "en") for w in singles}
        out[topic] = frozenset(singles | stems | {w for w in words.split() if "_" in w})
    return out


def _hits(toks: Sequence[str], stems: Sequence[str]) -> Counter[str]:
    terms = set(toks).union(stems, (a + "_" + b for a, b in zip(toks, toks[1:], strict=False)))
    hits: Counter[str] = Counter()
    for topic, words in _keywords().items():
        n = len(terms.intersection(words))
        if n:
            hits[topic] = n
    return hits


def keyword_hits(title: str, text: str, lang: str | None) -> Counter[str]:
    """Keyword hits per category in the title (counted twice) and the first 600 characters of text:
    the keyword baseline's scores (all tokens, stop words included)."""
    hits: Counter[str] = Counter()
    for part, weight in ((title, 2), ((text or "")[:600], 1)):
        toks = tokenize(part or "")
        for topic, n in _hits(toks, [stem(t, lang) for t in toks]).items():
            hits[topic] += weight * n
    return hits


@dataclass(frozen=True)
class TopicModel:
    """The shipped weights: vocabulary, idf, one row of coefficients per label and its intercept."""

    index: dict[str, int]
    idf: np.ndarray  # (V,)
    coef_t: np.ndarray  # (V, K): the coefficients, a row per term, so that a document gathers rows
    intercept: np.ndarray  # (K,)
    labels: tuple[str, ...]
    mapping_hash: str
    feature_version: int

    def vector(self, terms: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Indices and sublinear-tf × idf weights of the known terms, L2-normalised."""
        index = self.index
        counts: dict[int, int] = {}
        for t in terms:
            i = index.get(t)
            if i is not None:
                counts[i] = counts.get(i, 0) + 1
        idx = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
        if not counts:
            return idx, np.zeros(0)
        w = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * self.idf[idx]
        return idx, w / np.sqrt(w @ w)

    def probabilities(self, terms: Sequence[str]) -> np.ndarray:
        """The softmax of the linear scores: the multinomial logistic regression's probabilities."""
        idx, w = self.vector(terms)
        z = w @ self.coef_t[idx] + self.intercept
        z = np.exp(z - z.max())
        return z / z.sum()


def load_model(data: bytes | None = None) -> TopicModel:
    """Read a model written by scripts/train_topics.py (the shipped one when `data` is None)."""
    if data is None:
        data = (resources.files("gugus.analyze") / MODEL_FILE).read_bytes()
    with np.load(io.BytesIO(data), allow_pickle=False) as z:
        vocab = bytes(z["vocab"]).decode("utf-8").split("\n")
        return TopicModel(
            index={t: i for i, t in enumerate(vocab)},
            idf=z["idf"].astype(np.float64),
            coef_t=np.ascontiguousarray(z["coef"].T, dtype=np.float64),
            intercept=z["intercept"].astype(np.float64),
            labels=tuple(bytes(z["labels"]).decode("utf-8").split("\n")),
            mapping_hash=str(bytes(z["mapping_hash"]).decode("ascii")),
            feature_version=int(z["feature_version"]),
        )


@lru_cache(maxsize=1)
def model() -> TopicModel:
    """The shipped model, loaded once per process."""
    return load_model()


def classify(title: str, text: str, lang: str | None = None) -> list[tuple[str, float]]:
    """Every topic with its probability for one article, best first (ties in the scheme's order)."""
    m = model()
    p = m.probabilities(features(title, text, lang))
    order = sorted(range(len(p)), key=lambda i: (-p[i], TOPICS.index(m.labels[i])))
    return [(m.labels[i], round(float(p[i]), 6)) for i in order]


def topic_of(title: str, text: str, lang: str | None = None, floor: float = FLOOR) -> str | None:
    """The article's best topic, or None when its probability is below `floor` (a general news item
    the scheme does not fit, or one the model cannot tell)."""
    best, p = classify(title, text, lang)[0]
    return best if p >= floor else None


def story_topics(
    results: Sequence[Sequence[tuple[str, float]]], floor: float = FLOOR, most: int = 2
) -> list[str]:
    """A story's topics from its articles' `classify` results: every topic whose mean probability over
    the articles reaches `floor`, best first, at most `most` (a match-fixing case is sport and
    crime-law). The mean, not a vote, so that one off-topic article does not relabel a story and an
    undecided one does not count as a vote; empty when nothing is confident."""
    if not results:
        return []
    total: Counter[str] = Counter()
    for result in results:
        for topic, p in result:
            total[topic] += p
    mean = {t: p / len(results) for t, p in total.items()}
    ranked = sorted(mean, key=lambda t: (-mean[t], TOPICS.index(t)))
    return [t for t in ranked if mean[t] >= floor][:most]
