"""Topic classification on held-out outlets, against a majority-class and a keyword baseline.

    python bench/topics.py [--data ../shared/data] [--no-seed]

For each indonews outlet with labelled sections, the model is trained (as scripts/train_topics.py
trains the shipped one) on every other outlet and all of AllSides, and tested on that outlet's
section-labelled articles. For English, a quarter of the AllSides outlets (chosen by a hash of the
name) is held out, and the training set also loses every article of a story the held-out outlets
cover, since AllSides labels its topics per story. The majority baseline answers the most common
label of the training articles in the test set's language; the keyword baseline the category whose
hand-written keywords hit most (the majority label when none hits). Macro F1 is over the categories
present in the test set.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from sklearn.metrics import f1_score  # noqa: E402
from train_topics import Item, keyword_label, load_items, predict, term_lists, train  # noqa: E402

from gugus.analyze.topics import TEXT_CHARS, TOPICS  # noqa: E402


def held_out_allsides(outlet: str) -> bool:
    """A stable quarter of the AllSides outlets."""
    return hashlib.sha1(outlet.encode()).digest()[0] % 4 == 0


def splits(items: list[Item]) -> list[tuple[str, list[int], list[int]]]:
    """(name, training indices, test indices) per held-out outlet."""
    out = []
    for outlet in sorted({it.outlet for it in items if it.corpus == "indonews"}):
        test = [i for i, it in enumerate(items) if it.outlet == outlet and it.label]
        if test:
            out.append((outlet, [i for i, it in enumerate(items) if it.outlet != outlet], test))
    test = [i for i, it in enumerate(items) if it.corpus == "allsides" and held_out_allsides(it.outlet)]
    stories = {items[i].story for i in test}
    held = set(test)
    train_idx = [
        i
        for i, it in enumerate(items)
        if i not in held and not (it.corpus == "allsides" and it.story in stories)
    ]
    out.append(("allsides (en)", train_idx, [i for i in test if items[i].label]))
    return out


def scores(gold: list[str], pred: list[str]) -> tuple[float, float, dict[str, float]]:
    labels = sorted(set(gold), key=TOPICS.index)
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    per = f1_score(gold, pred, labels=labels, average=None, zero_division=0)
    return acc, float(per.mean()), dict(zip(labels, (float(x) for x in per), strict=True))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--no-seed", action="store_true", help="train without the keyword-seeded labels")
    args = ap.parse_args()
    t0 = time.perf_counter()
    items = load_items(args.data)
    terms = term_lists(items)
    print(
        f"{len(items)} articles, {sum(1 for it in items if it.label)} labelled; "
        f"features in {time.perf_counter() - t0:.1f} s"
    )
    total: dict[str, Counter[str]] = {k: Counter() for k in ("model", "majority", "keywords")}
    rows = []
    for name, tr, te in splits(items):
        model = train([items[i] for i in tr], [terms[i] for i in tr], seed=not args.no_seed)
        lang = items[te[0]].lang
        majority = Counter(
            items[i].label for i in tr if items[i].label and items[i].lang == lang
        ).most_common(1)[0][0]
        gold = [items[i].label or "" for i in te]
        preds = {
            "model": [p for p, _ in predict(model, [terms[i] for i in te])],
            "majority": [majority] * len(te),
            "keywords": [keyword_label(items[i].title, items[i].text, items[i].lang, majority) for i in te],
        }
        print(f"\n== held out: {name} ({len(te)} labelled articles; majority class {majority})")
        print(f"  {'':<10} {'accuracy':>8} {'macro F1':>8}   per-category F1")
        for kind, pred in preds.items():
            acc, mf1, per = scores(gold, pred)
            total[kind]["correct"] += round(acc * len(te))
            total[kind]["n"] += len(te)
            per_s = " ".join(f"{t}={f:.2f}" for t, f in per.items())
            print(f"  {kind:<10} {acc:>8.3f} {mf1:>8.3f}   {per_s}")
            rows.append((name, kind, acc, mf1))
        support = Counter(gold)
        print("  support: " + " ".join(f"{t}={support[t]}" for t in sorted(support, key=TOPICS.index)))
    print("\n== summary (accuracy / macro F1)")
    print(f"  {'held out':<18} {'model':>13} {'majority':>13} {'keywords':>13}")
    for name in dict.fromkeys(r[0] for r in rows):
        cells = {k: (a, m) for n, k, a, m in rows if n == name}
        print(f"  {name:<18} " + " ".join(f"{cells[k][0]:>6.3f}/{cells[k][1]:.3f}" for k in total))
    print("  pooled accuracy    " + " ".join(f"{total[k]['correct'] / total[k]['n']:>13.3f}" for k in total))

    from gugus.analyze.topics import classify
    from gugus.analyze.topics import model as shipped

    t1 = time.perf_counter()
    shipped()
    load = time.perf_counter() - t1
    sample = [it for it in items if it.label][:1000]
    for it in sample[:50]:  # warm the stem cache as a running engine would have it
        classify(it.title, it.text, it.lang)
    t2 = time.perf_counter()
    for it in sample:
        classify(it.title, it.text, it.lang)
    per = (time.perf_counter() - t2) / len(sample)
    print(
        f"\nshipped model: load {load * 1000:.0f} ms, classify {per * 1000:.3f} ms per article "
        f"({len(sample)} articles, title + {TEXT_CHARS} characters of text)"
    )
    print(f"total {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
