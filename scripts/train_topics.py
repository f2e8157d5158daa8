"""Train the shipped topic classifier (src/gugus/analyze/topics_model.npz).

    .venv/bin/python scripts/train_topics.py [--data ../shared/data]

The labels are the outlets' own: an indonews article's URL section (sport.detik.com/sepakbola is sport,
hukum.tempo.co is crime and law), mapped to the scheme below, and the AllSides topic of an English
roundup. Sections that say nothing of the topic (news.detik.com/berita, liputan6.com/regional, the
"nasional" and "metro" desks, fact checks, newsletters) stay unlabelled rather than guessed.

Three categories have no Indonesian section at all (politics, disaster, environment, and crime and law
only at tempo), so the unlabelled articles are also "seeded": an unlabelled article whose title and
lead match one category's keywords (gugus.analyze.topics.KEYWORDS) clearly and no other's is taken
as an example of it. `--no-seed` trains on the sections alone; bench/topics.py measures both on
held-out outlets.

Run it again whenever SECTION_MAP, ALLSIDES_MAP, the model settings or gugus.analyze.topics's
KEYWORDS or features change: tests/test_topics.py fails while the shipped model's hash
differs from `mapping_hash()`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from gugus.analyze.topics import (  # noqa: E402
    FEATURE_VERSION,
    KEYWORDS,
    MODEL_FILE,
    TEXT_CHARS,
    TOPICS,
    features,
    keyword_hits,
)

MAPPING_VERSION = 1

# (host, first path segment or "*") -> topic, or None for a section that does not say. Looked up with
# the segment first, then the host's "*".
SECTION_MAP: dict[tuple[str, str], str | None] = {
    # detik
    ("finance.detik.com", "bursa-dan-valas"): "markets",
    ("finance.detik.com", "*"): "economy",  # berita-ekonomi-bisnis, energi, industri, moneter, fintech, …
    ("hot.detik.com", "*"): "entertainment",  # celeb, movie, music, book
    ("news.detik.com", "internasional"): "international",
    ("news.detik.com", "*"): None,  # berita, kolom, the partners' feeds (dw, abc, bbc), advertorials
    ("oto.detik.com", "otosport"): "sport",  # motor racing
    ("oto.detik.com", "advertorial-news-block"): None,
    ("oto.detik.com", "*"): "automotive",
    ("sport.detik.com", "*"): "sport",
    ("travel.detik.com", "*"): "lifestyle-travel",
    # liputan6
    ("www.liputan6.com", "bisnis"): "economy",
    ("www.liputan6.com", "saham"): "markets",
    ("www.liputan6.com", "crypto"): "markets",
    ("www.liputan6.com", "bola"): "sport",
    ("www.liputan6.com", "global"): "international",
    ("www.liputan6.com", "health"): "health",
    ("www.liputan6.com", "hot"): "entertainment",
    ("www.liputan6.com", "showbiz"): "entertainment",
    ("www.liputan6.com", "islami"): "religion",
    ("www.liputan6.com", "lifestyle"): "lifestyle-travel",
    ("www.liputan6.com", "otomotif"): "automotive",
    ("www.liputan6.com", "tekno"): "science-tech",
    ("www.liputan6.com", "*"): None,  # news, regional, cek-fakta, citizen6, disabilitas, opini, on-off
    # okezone
    ("bola.okezone.com", "*"): "sport",
    ("sports.okezone.com", "*"): "sport",
    ("celebrity.okezone.com", "*"): "entertainment",
    ("economy.okezone.com", "*"): "economy",
    ("health.okezone.com", "*"): "health",
    ("lifestyle.okezone.com", "*"): "lifestyle-travel",
    ("muslim.okezone.com", "*"): "religion",
    ("techno.okezone.com", "*"): "science-tech",
    # (nasional, news, megapolitan, edukasi: unlabelled)
    # tempo
    ("bisnis.tempo.co", "*"): "economy",
    ("bola.tempo.co", "*"): "sport",
    ("dunia.tempo.co", "*"): "international",
    ("gaya.tempo.co", "*"): "lifestyle-travel",
    ("hukum.tempo.co", "*"): "crime-law",
    ("seleb.tempo.co", "*"): "entertainment",
    ("tekno.tempo.co", "*"): "science-tech",
    ("travel.tempo.co", "*"): "lifestyle-travel",
    # (nasional, metro, newsletter, cekfakta: unlabelled)
    # kompas
    ("bola.kompas.com", "*"): "sport",
    ("www.kompas.com", "sports"): "sport",
    ("lifestyle.kompas.com", "*"): "lifestyle-travel",
    ("travel.kompas.com", "*"): "lifestyle-travel",
    ("money.kompas.com", "*"): "economy",
    ("properti.kompas.com", "*"): "economy",
    ("www.kompas.com", "properti"): "economy",
    ("otomotif.kompas.com", "*"): "automotive",
    ("tekno.kompas.com", "*"): "science-tech",
    ("www.kompas.com", "sains"): "science-tech",
    # (nasional, megapolitan: unlabelled)
    # republika
    ("ameera.republika.co.id", "*"): "lifestyle-travel",
    ("ekonomi.republika.co.id", "*"): "economy",
    ("esgnow.republika.co.id", "*"): "environment",
    ("iqra.republika.co.id", "*"): "religion",
    ("khazanah.republika.co.id", "*"): "religion",
    # (news, rejabar, visual: unlabelled)
}

# AllSides topic -> scheme; topics left out (Immigration is politics only in part, Abortion, Education,
# Race and Racism, Free Speech, Culture, Media Industry, US Military, Gun Control, …) stay unlabelled.
_ALLSIDES_GROUPS: dict[str, list[str]] = {
    "health": [
        "Coronavirus", "COVID-19 Misinformation", "Safety and Sanity During COVID-19", "Public Health",
        "FDA", "Healthcare",
    ],
    "economy": [
        "Economy and Jobs", "Economic Policy", "Federal Budget", "Trade", "Banking and Finance",
        "Treasury", "Taxes", "Labor", "Business",
    ],
    "international": [
        "World", "Middle East", "Foreign Policy", "China", "Europe", "Asia", "Russia", "Israel", "ISIS",
        "State Department",
    ],
    "politics": [
        "Politics", "US House", "US Senate", "US Congress", "Elections", "Joe Biden", "Donald Trump",
        "White House", "Kamala Harris", "Voting Rights and Voter Fraud", "Republican Party",
        "Campaign Rhetoric", "Polarization", "US Census", "Domestic Policy",
    ],
    "crime-law": [
        "Violence in America", "Criminal Justice", "FBI", "Justice", "Justice Department",
        "Sexual Misconduct", "Supreme Court",
    ],
    "disaster": [
        "Disaster",
    ],
    "environment": [
        "Climate Change", "Sustainability",
    ],
    "science-tech": [
        "Technology", "Cybersecurity", "Science",
    ],
    "sport": [
        "Sports",
    ],
    "religion": [
        "Religion and Faith",
    ],
    "lifestyle-travel": [
        "Food",
    ],
}
ALLSIDES_MAP: dict[str, str] = {t: topic for topic, ts in _ALLSIDES_GROUPS.items() for t in ts}

# Model settings (part of the hash: the shipped model must be retrained when they change).
C = 8.0
MIN_DF = 2
SEED_MIN_HITS = 3  # keyword hits (title counted twice) for a seed label
SEED_MARGIN = 2  # hits ahead of the second category


def mapping_hash() -> str:
    """What the shipped model was trained from, as a hash the tests compare with the model file's."""
    spec = {
        "mapping_version": MAPPING_VERSION,
        "feature_version": FEATURE_VERSION,
        "text_chars": TEXT_CHARS,
        "topics": TOPICS,
        "sections": sorted([list(k), v] for k, v in SECTION_MAP.items()),
        "allsides": sorted(ALLSIDES_MAP.items()),
        "keywords": sorted(KEYWORDS.items()),
        "settings": [C, MIN_DF, SEED_MIN_HITS, SEED_MARGIN],
    }
    return hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()[:16]


# -- data -------------------------------------------------------------------------------------------


@dataclass
class Item:
    """One article with its label: `label` from its section or AllSides topic, None if unlabelled."""

    id: str
    corpus: str  # "indonews" or "allsides"
    outlet: str
    title: str
    text: str
    lang: str
    label: str | None
    story: str | None = None


def section_label(url: str) -> tuple[str | None, str]:
    """The topic of an indonews URL's section, and the section as "host/segment"."""
    p = urlparse(url or "")
    parts = [x for x in p.path.split("/") if x]
    seg = parts[0] if parts else ""
    key = (p.netloc, seg)
    if key in SECTION_MAP:
        return SECTION_MAP[key], f"{p.netloc}/{seg}"
    return SECTION_MAP.get((p.netloc, "*")), f"{p.netloc}/{seg}"


def load_items(data: Path) -> list[Item]:
    """Every indonews and AllSides article with a title or text, labelled where the mapping says."""
    items: list[Item] = []
    with open(data / "indonews" / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            if not (a.get("title") or "").strip() and not (a.get("text") or "").strip():
                continue
            label, _ = section_label(a.get("url") or "")
            items.append(
                Item(a["id"], "indonews", a["outlet"], a["title"] or "", a["text"] or "", "id", label)
            )
    with open(data / "allsides" / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            label = ALLSIDES_MAP.get(a.get("topic") or "")
            items.append(
                Item(
                    a["id"],
                    "allsides",
                    a["outlet"],
                    a["title"] or "",
                    a["text"] or "",
                    "en",
                    label,
                    a.get("story_id"),
                )
            )
    return items


# -- keywords ---------------------------------------------------------------------------------------


def keyword_label(title: str, text: str, lang: str | None, default: str) -> str:
    """The keyword baseline: the category with the most hits, `default` when none hits."""
    hits = keyword_hits(title, text, lang)
    if not hits:
        return default
    return max(hits.items(), key=lambda kv: (kv[1], -TOPICS.index(kv[0])))[0]


def seed_label(item: Item) -> str | None:
    """A label for an unlabelled article when its keywords point clearly at one category."""
    ranked = keyword_hits(item.title, item.text, item.lang).most_common(2)
    if not ranked or ranked[0][1] < SEED_MIN_HITS:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < SEED_MARGIN:
        return None
    return ranked[0][0]


# -- training ---------------------------------------------------------------------------------------


@dataclass
class Trained:
    vocab: list[str]
    idf: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray
    labels: list[str]


def term_lists(items: Iterable[Item]) -> list[list[str]]:
    return [features(it.title, it.text, it.lang) for it in items]


def train(items: Sequence[Item], terms: Sequence[Sequence[str]], seed: bool = True) -> Trained:
    """Fit TF-IDF and a multinomial logistic regression on the labelled items (and the seeded ones)."""
    pairs = []
    for it, ts in zip(items, terms, strict=True):
        label = it.label if it.label is not None else (seed_label(it) if seed else None)
        if label is not None:
            pairs.append((ts, label))
    df: Counter[str] = Counter()
    for ts, _ in pairs:
        df.update(set(ts))
    vocab = sorted(t for t, n in df.items() if n >= MIN_DF)
    index = {t: i for i, t in enumerate(vocab)}
    n = len(pairs)
    idf = np.array([np.log((1 + n) / (1 + df[t])) + 1.0 for t in vocab])
    x = vectorize([ts for ts, _ in pairs], index, idf)
    y = [label for _, label in pairs]
    clf = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
    clf.fit(x, y)
    return Trained(vocab, idf, clf.coef_, clf.intercept_, [str(c) for c in clf.classes_])


def vectorize(term_lists: Sequence[Sequence[str]], index: dict[str, int], idf: np.ndarray) -> csr_matrix:
    """The same sublinear-tf × idf, L2-normalised rows as gugus.analyze.topics.TopicModel.vector."""
    rows, cols, vals = [], [], []
    for r, ts in enumerate(term_lists):
        counts = Counter(t for t in ts if t in index)
        if not counts:
            continue
        idx = np.array([index[t] for t in counts])
        w = (1.0 + np.log(np.array(list(counts.values()), dtype=float))) * idf[idx]
        w /= np.linalg.norm(w)
        rows += [r] * len(idx)
        cols += idx.tolist()
        vals += w.tolist()
    return csr_matrix((vals, (rows, cols)), shape=(len(term_lists), len(index)))


def predict(model: Trained, term_lists: Sequence[Sequence[str]]) -> list[tuple[str, float]]:
    """Best label and its probability per item (for the bench; the package uses topics.classify)."""
    x = vectorize(term_lists, {t: i for i, t in enumerate(model.vocab)}, model.idf)
    z = x @ model.coef.T + model.intercept
    z = np.exp(z - z.max(axis=1, keepdims=True))
    p = z / z.sum(axis=1, keepdims=True)
    best = p.argmax(axis=1)
    return [(model.labels[b], float(p[i, b])) for i, b in enumerate(best)]


def write(model: Trained, path: Path) -> None:
    """The model as plain arrays in a compressed .npz (no pickle: np.load(allow_pickle=False) reads it)."""
    order = [model.labels.index(t) for t in TOPICS if t in model.labels]
    np.savez_compressed(
        path,
        vocab=np.frombuffer("\n".join(model.vocab).encode("utf-8"), dtype=np.uint8),
        idf=model.idf.astype(np.float32),
        coef=model.coef[order].astype(np.float32),
        intercept=model.intercept[order].astype(np.float32),
        labels=np.frombuffer("\n".join(model.labels[i] for i in order).encode("utf-8"), dtype=np.uint8),
        mapping_hash=np.frombuffer(mapping_hash().encode("ascii"), dtype=np.uint8),
        feature_version=np.array(FEATURE_VERSION),
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--no-seed", action="store_true", help="train on the sections and AllSides topics only")
    args = ap.parse_args()
    items = load_items(args.data)
    terms = term_lists(items)
    model = train(items, terms, seed=not args.no_seed)
    out = ROOT / "src" / "gugus" / "analyze" / MODEL_FILE
    write(model, out)
    labelled = Counter(it.label for it in items if it.label)
    seeded = (
        Counter(s for it in items if it.label is None and (s := seed_label(it))) if not args.no_seed else {}
    )
    print(f"{len(items)} articles; labelled {sum(labelled.values())}, seeded {sum(seeded.values())}")
    for t in TOPICS:
        print(f"  {t:<17} {labelled.get(t, 0):>5} labelled {seeded.get(t, 0):>5} seeded")
    print(
        f"{len(model.vocab)} terms -> {out.relative_to(ROOT)} ({out.stat().st_size // 1024} KiB, "
        f"hash {mapping_hash()})"
    )


if __name__ == "__main__":
    main()
