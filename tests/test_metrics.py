"""BCubed and pairwise scores: hand-computed cases, Amigó et al.'s constraints, and properties."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gugus.eval.labels import labeled_articles, load_labels
from gugus.eval.metrics import bcubed, pairwise, score

from .conftest import INDONEWS, need


def clusters(*groups: str) -> dict[str, str]:
    """{item: cluster} from groups written as strings of one-letter items: clusters("abc", "de")."""
    return {item: f"c{n}" for n, group in enumerate(groups) for item in group}


def test_hand_computed_two_stories_split_across_two_clusters() -> None:
    # gold {a,b,c} {d,e}; pred {a,b} {c,d,e}. Item precisions 1, 1, 1/3, 2/3, 2/3 -> 11/15;
    # item recalls 2/3, 2/3, 1/3, 1, 1 -> 11/15. Pairs: together ab, de = 2 of 4 predicted, 2 of 4 gold.
    gold, pred = clusters("abc", "de"), clusters("ab", "cde")
    assert bcubed(gold, pred) == pytest.approx((11 / 15, 11 / 15, 11 / 15))
    assert pairwise(gold, pred) == pytest.approx((0.5, 0.5, 0.5))


def test_hand_computed_one_story_split_in_three() -> None:
    # gold {a,b,c,d}; pred {a,b} {c} {d}: precision 1; recalls 2/4, 2/4, 1/4, 1/4 -> 3/8; F1 = 6/11.
    # Pairs: 1 predicted (right), 6 gold -> (1, 1/6, 2/7).
    gold, pred = clusters("abcd"), clusters("ab", "c", "d")
    assert bcubed(gold, pred) == pytest.approx((1.0, 3 / 8, 6 / 11))
    assert pairwise(gold, pred) == pytest.approx((1.0, 1 / 6, 2 / 7))


def test_hand_computed_everything_merged() -> None:
    # gold {a,b} {c} {d}; pred one cluster: precisions 2/4, 2/4, 1/4, 1/4 -> 3/8; recall 1.
    gold, pred = clusters("ab", "c", "d"), clusters("abcd")
    assert bcubed(gold, pred) == pytest.approx((3 / 8, 1.0, 6 / 11))
    assert pairwise(gold, pred) == pytest.approx((1 / 6, 1.0, 2 / 7))


def test_missing_predictions_are_singletons_and_extra_predictions_ignored() -> None:
    gold = clusters("abc", "d")
    pred = {"a": "x", "b": "x", "z": "x"}  # c and d missing; z is not in gold
    assert bcubed(gold, pred) == bcubed(gold, {"a": "x", "b": "x", "c": "y", "d": "w"})
    # the missing items must not be pooled into one cluster, even under a label pred might use
    assert score(gold, {})["pred_stories"] == 4


def test_degenerate_pairwise_cases() -> None:
    singles = clusters("a", "b", "c")
    assert pairwise(singles, singles) == (1.0, 1.0, 1.0)
    assert pairwise(singles, clusters("abc")) == (0.0, 1.0, 0.0)
    assert pairwise(clusters("abc"), singles) == (1.0, 0.0, 0.0)
    assert bcubed({}, {}) == (1.0, 1.0, 1.0)


def test_score_reports_counts() -> None:
    result = score(clusters("abc", "de"), clusters("ab", "cde", "f"))
    assert result["items"] == 5
    assert result["gold_stories"] == 2
    assert result["pred_stories"] == 2  # f is not a gold item
    assert set(result) >= {"bcubed_p", "bcubed_r", "bcubed_f1", "pairwise_p", "pairwise_r", "pairwise_f1"}


# Amigó, Gonzalo, Artiles & Verdejo (2009), "A comparison of extrinsic clustering evaluation metrics
# based on formal constraints": BCubed F is the measure that satisfies all four constraints. Each test
# builds the constraint's two clusterings D1 (worse) and D2 (better) and checks Q(D1) < Q(D2).


def f1(gold: dict[str, str], pred: dict[str, str]) -> float:
    return bcubed(gold, pred)[2]


def test_constraint_homogeneity() -> None:
    # Splitting a cluster that mixes two categories into its pure parts improves the score.
    gold = clusters("abc", "de", "fg")
    worse = clusters("abcde", "fg")
    better = clusters("abc", "de", "fg")
    assert f1(gold, worse) < f1(gold, better)


def test_constraint_completeness() -> None:
    # Merging two clusters of the same category improves the score.
    gold = clusters("abcd", "ef")
    worse = clusters("ab", "cd", "ef")
    better = clusters("abcd", "ef")
    assert f1(gold, worse) < f1(gold, better)


def test_constraint_rag_bag() -> None:
    # Putting a stray item into a cluster that is already a mix (a rag bag) hurts less than putting it
    # into a clean cluster.
    gold = clusters("abcd", "e", "f", "g", "h", "x")
    into_clean = clusters("abcdx", "efgh")
    into_rag_bag = clusters("abcd", "efghx")
    assert f1(gold, into_clean) < f1(gold, into_rag_bag)


def test_constraint_size_versus_quantity() -> None:
    # One item split off a big cluster is a smaller error than several small clusters split apart.
    gold = clusters("abcdefgh", "ij", "kl", "mn", "op")
    many_small_errors = clusters("abcdefgh", "i", "j", "k", "l", "m", "n", "o", "p")
    one_big_error = clusters("abcdefg", "h", "ij", "kl", "mn", "op")
    assert f1(gold, many_small_errors) < f1(gold, one_big_error)


labels = st.dictionaries(
    keys=st.text(alphabet="abcdefghij", min_size=1, max_size=3),
    values=st.sampled_from(["s1", "s2", "s3", "s4"]),
    min_size=1,
    max_size=40,
)


@given(labels)
def test_perfect_prediction_scores_one(gold: dict[str, str]) -> None:
    renamed = {item: f"other-{story}" for item, story in gold.items()}
    assert bcubed(gold, renamed) == pytest.approx((1.0, 1.0, 1.0))
    assert pairwise(gold, renamed) == pytest.approx((1.0, 1.0, 1.0))


@given(labels)
def test_all_singletons_have_precision_one(gold: dict[str, str]) -> None:
    singletons = {item: item for item in gold}
    assert bcubed(gold, singletons)[0] == pytest.approx(1.0)
    assert pairwise(gold, singletons)[0] == pytest.approx(1.0)
    assert bcubed(gold, {})[0] == pytest.approx(1.0)


@given(labels, st.data())
def test_swapping_gold_and_pred_swaps_precision_and_recall(gold: dict[str, str], data: st.DataObject) -> None:
    pred = {item: data.draw(st.sampled_from(["p1", "p2", "p3"])) for item in gold}
    for measure in (bcubed, pairwise):
        p, r, f = measure(gold, pred)
        assert measure(pred, gold) == pytest.approx((r, p, f))
        assert all(0.0 <= x <= 1.0 for x in (p, r, f))


def test_fast_on_100k_items() -> None:
    gold = {f"item{i}": f"g{(i * 7919) % 20000}" for i in range(100_000)}
    pred = {f"item{i}": f"p{(i * 104729) % 15000}" for i in range(100_000)}
    started = time.perf_counter()
    result = score(gold, pred)
    assert time.perf_counter() - started < 2.0
    assert 0.0 <= result["bcubed_f1"] <= 1.0


# Labels: the loader behind `gugus eval --labels` and bench/quality.py.


def test_tsv_labels_skip_header_and_blank_lines(tmp_path) -> None:
    path = tmp_path / "labels.tsv"
    path.write_text(
        "id\tstory\n\nindonews:1\tgempa-cianjur\r\nindonews:2\tgempa-cianjur\nindonews:3\tbi-rate\n"
    )
    assert load_labels(path) == {
        "indonews:1": "gempa-cianjur",
        "indonews:2": "gempa-cianjur",
        "indonews:3": "bi-rate",
    }
    headerless = tmp_path / "plain.tsv"
    headerless.write_text("a\tx\nb\ty\n")
    assert load_labels(headerless) == {"a": "x", "b": "y"}


def test_tsv_labels_reject_malformed_and_contradictory_lines(tmp_path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("a\tx\nb\n")
    with pytest.raises(ValueError, match="bad.tsv:2"):
        load_labels(path)
    path.write_text("a\tx\na\ty\n")
    with pytest.raises(ValueError, match="labeled both"):
        load_labels(path)


def test_jsonl_labels_make_null_stories_singletons(tmp_path) -> None:
    path = tmp_path / "articles.jsonl"
    rows = [
        {"id": "a", "story_id": "s1", "title": "A"},
        {"id": "b", "story_id": None, "title": "B"},
        {"id": "c", "story_id": "s1", "title": "C"},
        {"id": "s1", "story_id": None, "title": "an id that is also a story name"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    labels = load_labels(path)
    assert labels["a"] == labels["c"] == "s1"
    assert labels["b"] == "b"
    assert labels["s1"] != "s1"  # its own story, not a member of story "s1"
    assert score(labels, labels)["gold_stories"] == 3
    assert [a["id"] for a in labeled_articles(path)] == ["a", "b", "c", "s1"]


def test_labeled_articles_keeps_file_order_and_only_labeled(tmp_path) -> None:
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": i, "story_id": None}) for i in ("x", "y", "z")) + "\n")
    labels = tmp_path / "labels.tsv"
    labels.write_text("z\tone\nx\tone\n")
    assert [a["id"] for a in labeled_articles(corpus, labels)] == ["x", "z"]


def test_real_day_labels_match_their_articles() -> None:
    labels_path = need(INDONEWS.parent / "dev17_labels.tsv")
    labels = load_labels(labels_path)
    articles = labeled_articles(need(INDONEWS), labels_path)
    assert len(labels) == len(articles) == 289
    assert all(a["date"].startswith("2025-06-17") for a in articles)
