"""Copies and rewrites across the indonews corpus: how many, how fast, and a sample to check by reading.

    .venv/bin/python bench/copies.py [--sample 30] [--seed 1] [--kinds copy,rewrite] [--scope all]
                                     [--chars 0] [--db PATH] [--dense]

Ingests ../shared/data/indonews/articles.jsonl into a temporary store (clustered without dense
embeddings), or reuses the store at `--db` when it already holds articles. Then:

1. the corpus-wide finder (`find_copies`: MinHash LSH Ensemble over the stored signatures, confirmed
   by exact 4-word-shingle containment) over every article;
2. `provenance` within every story of two or more articles (copy, rewrite, translation, wire links;
   `--dense` adds lead vectors from bench/.cache/embeddings.sqlite, computing the missing ones);

and prints the link counts across outlets and within one outlet, the times, and a reproducible
random sample of the story links (`--sample N --seed S`, of `--kinds`, `--scope across|within`
outlets) as CSV-like rows, with both titles, outlets, dates and the evidence, so that a person can
judge precision by reading; `--chars N` adds the first N characters of both texts.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from _corpus import INDONEWS as DATA
from _corpus import ROOT, fill
from gugus import Engine
from gugus.analyze.article import VERSION, Analysis, analyze
from gugus.compare.provenance import Link, find_copies, provenance
from gugus.model import Article

CACHE = ROOT / "bench" / ".cache" / "embeddings.sqlite"


def load(engine: Engine) -> dict[str, tuple[Article, Analysis]]:
    """Every article with its stored analysis (recomputed where the store has another version)."""
    articles = list(engine.store.iter_articles())
    stored = engine.store.analyses([a.id for a in articles], VERSION)
    return {a.id: (a, Analysis.from_dict(stored[a.id]) if a.id in stored else analyze(a)) for a in articles}


def stories(engine: Engine, docs: dict[str, tuple[Article, Analysis]]) -> list[list[str]]:
    """Article ids per story of two or more articles."""
    by_source = {a.source_id: a.id for a, _ in docs.values()}
    members: dict[str, list[str]] = {}
    for source_id, story_id in engine.assignments():
        if source_id in by_source:
            members.setdefault(story_id, []).append(by_source[source_id])
    return [ids for ids in members.values() if len(ids) > 1]


def lead_vectors(docs: dict[str, tuple[Article, Analysis]]) -> dict:
    from gugus.analyze.embed import Embedder, EmbeddingCache

    ids = [i for i, (_, an) in docs.items() if an.lead]
    with EmbeddingCache(CACHE) as cache:
        vectors, computed = cache.embed(Embedder(), [docs[i][1].lead for i in ids])
    print(f"lead vectors: {len(ids)} ({computed} computed, the rest from {CACHE.name})")
    return dict(zip(ids, vectors, strict=True))


def side(link: Link, docs: dict[str, tuple[Article, Analysis]]) -> str:
    a, b = docs[link.source][0], docs[link.target][0]
    return "within" if (a.outlet or "?") == (b.outlet or "?") else "across"


def count(links: list[Link], docs: dict[str, tuple[Article, Analysis]]) -> None:
    counts = Counter((lk.kind, side(lk, docs)) for lk in links)
    kinds = sorted({k for k, _ in counts}, key=["copy", "translation", "rewrite", "wire"].index)
    print(f"{'kind':<12} {'across outlets':>15} {'within an outlet':>17} {'all':>6}")
    for kind in kinds:
        across, within = counts[(kind, "across")], counts[(kind, "within")]
        print(f"{kind:<12} {across:>15} {within:>17} {across + within:>6}")


def print_sample(links: list[Link], docs, n: int, seed: int, chars: int) -> None:
    """A reproducible sample as CSV rows: what a person reads to judge each link."""
    rows = sorted(links, key=lambda lk: (lk.source, lk.target))
    picked = random.Random(seed).sample(rows, min(n, len(rows)))
    out = csv.writer(sys.stdout, lineterminator="\n")
    head = ["n", "kind", "score", "source_outlet", "source_date", "source_title"]
    head += ["target_outlet", "target_date", "target_title", "evidence"]
    out.writerow(head + (["source_text", "target_text"] if chars else []))
    for i, lk in enumerate(picked, 1):
        a, b = docs[lk.source][0], docs[lk.target][0]
        row = [i, lk.kind, lk.score, a.outlet, a.published, a.title, b.outlet, b.published, b.title]
        row.append("; ".join(lk.evidence))
        if chars:
            row += [" ".join(a.text.split())[:chars], " ".join(b.text.split())[:chars]]
        out.writerow(row)


def corpus_copies(docs: dict[str, tuple[Article, Analysis]]) -> None:
    t = time.perf_counter()
    copies = find_copies(list(docs.values()))
    took = time.perf_counter() - t
    print(f"\ncorpus-wide copies (LSH Ensemble + exact containment): {len(copies)} pairs in {took:.1f} s")
    count(copies, docs)


def story_links(groups: list[list[str]], docs, vectors) -> list[Link]:
    links: list[Link] = []
    took: list[tuple[float, int]] = []
    for ids in groups:
        t = time.perf_counter()
        links += provenance([docs[i] for i in ids], vectors)
        took.append((time.perf_counter() - t, len(ids)))
    slowest, largest = max(took), max(took, key=lambda p: p[1])
    print(f"\nstory provenance ({'with' if vectors else 'without'} lead vectors): {len(links)} links")
    total = sum(t for t, _ in took)
    print(f"in {total:.1f} s; slowest story {slowest[0] * 1000:.0f} ms ({slowest[1]} articles)", end="")
    print(f", largest {largest[0] * 1000:.0f} ms ({largest[1]} articles)")
    count(links, docs)
    return links


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kinds", default="copy,rewrite", help="kinds to sample, comma-separated")
    parser.add_argument(
        "--scope", choices=("all", "across", "within"), default="all", help="outlets to sample"
    )
    parser.add_argument("--chars", type=int, default=0, help="print the first N characters of both texts")
    parser.add_argument("--db", help="a store to reuse (ingested and clustered once)")
    parser.add_argument("--dense", action="store_true", help="give provenance the lead vectors")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} is absent (it is read from ../shared/data, beside the repository)")
        return 0
    with (
        tempfile.TemporaryDirectory() as tmp,
        Engine(args.db or str(Path(tmp) / "c.db"), dense=False) as engine,
    ):
        fill(engine)
        t = time.perf_counter()
        docs = load(engine)
        groups = stories(engine, docs)
        took = time.perf_counter() - t
        print(f"{len(docs)} articles, {len(groups)} stories of 2+ articles; loaded in {took:.1f} s")
        vectors = lead_vectors(docs) if args.dense else None
        corpus_copies(docs)
        links = story_links(groups, docs, vectors)
    kinds = set(args.kinds.split(","))
    chosen = [lk for lk in links if lk.kind in kinds and args.scope in ("all", side(lk, docs))]
    shown = min(args.sample, len(chosen))
    what = f"{'/'.join(sorted(kinds))} links ({args.scope} outlets)"
    print(f"\nsample of {shown} of {len(chosen)} {what}, seed {args.seed}:")
    print_sample(chosen, docs, args.sample, args.seed, args.chars)
    return 0


if __name__ == "__main__":
    sys.exit(main())
