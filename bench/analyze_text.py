"""Cost of the text analysis per article on indonews: sentence splitting, tokenizing, content tokens and
stems with a cold and a warm stem cache.

    .venv/bin/python bench/analyze_text.py [--limit N] [--stem-proxy]

Reads ../shared/data/indonews/articles.jsonl (3,698 articles); prints milliseconds per article. The
cold pass starts from an empty stem cache (Sastrawi's root list already loaded, its load time printed
apart), so it includes stemming every distinct word once; the warm pass repeats it on the full cache.
Times are CPU time of this process (wall-clock time beside it), so that other jobs on a shared machine
do not inflate them.

--stem-proxy also prints the evidence for the stemmer choice in gugus.analyze.tokens: for each labelled
day (dev17, dev18), TF-IDF cosine between every pair of articles (title twice and text, or title and the
first 400 characters) and the average precision with which it ranks same-story pairs above the rest,
for no stemming, a light stemmer (particles and possessives only), Sastrawi alone and gugus's stemmer.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from gugus.analyze.sentences import split_sentences
from gugus.analyze.tokens import _sastrawi, content_tokens, stem, tokenize

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
INDONEWS = DATA / "indonews" / "articles.jsonl"


def _timed(label: str, texts: list[str], fn) -> float:
    """CPU milliseconds per article (process time: steady on a machine shared with other jobs)."""
    t0, w0 = time.process_time(), time.perf_counter()
    for text in texts:
        fn(text)
    ms = (time.process_time() - t0) * 1000 / len(texts)
    wall = (time.perf_counter() - w0) * 1000 / len(texts)
    print(f"{label:<42} {ms:8.3f} ms/article  (wall {wall:.3f})")
    return ms


def _stems(text: str) -> list[str]:
    return [stem(t, "id") for t in content_tokens(text, "id")]


def _stem_proxy(articles: dict[str, dict]) -> None:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import average_precision_score

    stemmer, roots = _sastrawi()
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    plain = StemmerFactory().create_stemmer()

    def light(w: str) -> str:
        for suffix in ("lah", "kah", "pun", "nya", "ku", "mu"):
            if w.endswith(suffix) and w[: -len(suffix)] in roots:
                return w[: -len(suffix)]
        return w

    stemmers = {
        "none": lambda w: w,
        "light": light,
        "sastrawi": lambda w: plain.stem(w) if w.isalpha() else w,
        "gugus": lambda w: stem(w, "id"),
    }
    for day in ("dev17", "dev18"):
        path = DATA / "indonews" / f"{day}_labels.tsv"
        rows = [line.rstrip("\n").split("\t") for line in path.open(encoding="utf-8")]
        ids, labels = [r[0] for r in rows], np.array([r[1] for r in rows])
        same = labels[:, None] == labels[None, :]
        upper = np.triu_indices(len(ids), 1)
        for lead in (0, 400):
            scores = []
            for name, fn in stemmers.items():
                docs = []
                for i in ids:
                    a = articles[i]
                    body = a["text"][:lead] if lead else a["text"]
                    docs.append(
                        " ".join(fn(t) for t in content_tokens(f"{a['title']}\n{a['title']}\n{body}"))
                    )
                x = TfidfVectorizer(token_pattern=r"\S+", sublinear_tf=True).fit_transform(docs)
                sim = (x @ x.T).toarray()
                scores.append(f"{name} {average_precision_score(same[upper], sim[upper]):.3f}")
            what = f"title+{lead} chars" if lead else "title+text"
            print(f"stem proxy {day} {what:<16} AP: " + "  ".join(scores))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--stem-proxy", action="store_true", help="also rank labelled pairs per stemmer")
    args = parser.parse_args()
    if not INDONEWS.exists():
        print(f"{INDONEWS} is absent: the real data sets live in ../shared/data beside the repository")
        return 1
    with INDONEWS.open(encoding="utf-8") as f:
        articles = {a["id"]: a for a in map(json.loads, f)}
    texts = [a["text"] for a in articles.values()]
    if args.limit:
        texts = texts[: args.limit]
    chars = sum(map(len, texts)) / len(texts)
    print(f"indonews: {len(texts)} articles, {chars:.0f} characters on average")

    _timed("split_sentences", texts, split_sentences)  # loads wordfreq's list on first need
    _timed("split_sentences (again)", texts, split_sentences)
    _timed("tokenize", texts, tokenize)
    _timed("content_tokens", texts, lambda t: content_tokens(t, "id"))

    t0 = time.process_time()
    _sastrawi()
    print(f"{'Sastrawi root list load (once)':<42} {(time.process_time() - t0) * 1000:8.1f} ms")
    stem.cache_clear()
    first = texts[:100]
    _timed("content_tokens+stem, cold, first 100", first, _stems)
    stem.cache_clear()
    _timed("content_tokens+stem, cold cache", texts, _stems)
    info = stem.cache_info()
    print(f"{'':<42} {info.currsize} distinct tokens stemmed")
    _timed("content_tokens+stem, warm cache", texts, _stems)
    if args.stem_proxy:
        _stem_proxy(articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
