"""The Spark job wired together: read, dedupe, analyse, window, cluster, stitch, compare, copies, write."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from operator import add

from gugus.cluster.scoring import Model
from gugus.model import Reject
from gugus.scale import copies, dedup, extract, stitch, tables
from gugus.scale.analysis import analyse, terms
from gugus.scale.cluster import cluster_window
from gugus.scale.compare import report, story_row
from gugus.scale.rows import article_row, reject_row
from gugus.scale.rows import story_row as story_tuple
from gugus.scale.windows import Windows, document_frequencies, documents_before


@dataclass
class Options:
    window_days: int = 7  # days of articles clustered per task
    window_hours: float = 72.0  # the clusterer's time window (as Engine's)
    overlap_days: int | None = None  # context before each window; default: two clusterer windows
    partitions: int | None = None  # for the per-article maps; default: the cluster's parallelism
    compare: bool = True  # the comparison per story (the costliest step after analysis)
    compare_min: int = 2  # articles a story needs to be compared (one article has nothing to compare)
    copies: bool = True  # copy links over the whole archive (gugus.scale.copies)
    model: Model | None = None  # instead of the shipped sparse model (evaluation), as Engine's model=


@dataclass
class Summary:
    inputs: int = 0
    articles: int = 0
    duplicates: int = 0
    rejects: int = 0
    windows: int = 0
    stories: int = 0
    stitched: int = 0  # links across window boundaries
    merges: int = 0  # by the clusterer within windows, and by stitching
    copies: int = 0  # copy links
    bands_skipped: int = 0  # LSH bands too common to be copies (gugus.scale.copies.MAX_BAND)
    seconds: dict[str, float] = field(default_factory=dict)


def seq_of(key: extract.Key) -> int:
    """The arrival order as one number: input index, then line/record number within it."""
    return key[0] * 2**40 + key[1]


def run(spark, inputs: list[str], output: str, options: Options | None = None) -> Summary:
    from pyspark import StorageLevel

    options = options or Options()
    sc = spark.sparkContext
    parts_n = options.partitions or sc.defaultParallelism
    summary, clock = Summary(), time.perf_counter()
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")

    def lap(step: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        summary.seconds[step] = round(now - clock, 2)
        clock = now

    # -- extraction and analysis: maps over partitions -----------------------------------------------
    found, missing = extract.read(spark, inputs, parts_n)
    found = found.persist(StorageLevel.MEMORY_AND_DISK)
    summary.inputs = len(extract.sources(inputs)[0])
    articles = found.filter(lambda kv: not isinstance(kv[1], Reject))
    drop, revised = dedup.decisions(articles)
    summary.duplicates = len(drop)
    analysed = analyse(dedup.apply(articles, drop, revised, sc), started)
    analysed = analysed.persist(StorageLevel.MEMORY_AND_DISK)
    summary.articles = analysed.count()
    rejects = found.filter(lambda kv: isinstance(kv[1], Reject)).values().collect() + missing
    summary.rejects = len(rejects)
    lap("extract+analyse")

    # -- clustering within windows, each with the document frequencies counted before it -----------
    windows = Windows.of(options.window_days, options.window_hours, options.overlap_days)
    df, days = document_frequencies(analysed, windows)
    keys = {k for d in days for k, _ in windows.of_time(d * 24.0)}
    docs = {k: documents_before(days, windows, k) for k in keys}
    summary.windows = len({windows.own(d * 24.0) for d in days})
    items = analysed.flatMap(
        lambda r: (
            (k, (r[2].time, seq_of(r[0]), own, r[1].outlet, r[2])) for k, own in windows.of_time(r[2].time)
        )
    )
    hours, model = options.window_hours, options.model
    parts = (
        items.cogroup(df, max(1, min(len(keys), parts_n)))
        .flatMap(lambda kv: cluster_window(kv[0], kv[1][0], kv[1][1], docs.get(kv[0], 0), hours, model))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )

    # -- stitching across window boundaries ----------------------------------------------------------
    linked = stitch.links(parts)
    summary.stitched = len(linked)
    joined = sc.broadcast(stitch.roots({node: parent for node, (parent, _) in linked.items()}))
    votes = sc.broadcast({node: n for node, (_, n) in linked.items()})
    lap("cluster+stitch")

    # -- per story: its row and comparison; the tables ----------------------------------------------
    def assigned(p):
        root = joined.value.get(p.node, p.node)
        for aid, seq, probability, new in p.own:
            yield aid, (root[1], seq, probability, new and root == p.node, p.window)

    about = parts.map(
        lambda p: (stitch.story_of(p, joined.value), (-len(p.own), p.node, p.headline_id, p.about))
    ).reduceByKey(min)
    members = (
        parts.flatMap(assigned)
        .join(analysed.map(lambda r: (r[1].id, (r[1], r[2], r[3]))))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    compare, least = options.compare, options.compare_min
    made = sc.accumulator(0)

    def story(kv):
        sid, (group, (_, _, headline_id, what)) = kv
        group = sorted(group, key=lambda m: (m[1].time, m[0].id))
        row = story_row(sid, group, headline_id, what)
        made.add(1)
        return story_tuple(row, report(row, group) if compare and len(group) >= least else None)

    by_story = members.map(lambda kv: (kv[1][0][0], kv[1][1][:2])).groupByKey().join(about).map(story)
    out = output.rstrip("/")
    tables.write(
        spark, members.map(lambda kv: article_row(kv[1][0][1], *kv[1][1], kv[1][0][4])),
        tables.ARTICLES, f"{out}/articles", order="seq",
    )  # fmt: skip
    tables.write(
        spark,
        members.map(_assignment_row),
        tables.ASSIGNMENTS, f"{out}/assignments", order="seq",
    )  # fmt: skip
    lap("tables")
    tables.write(spark, by_story, tables.STORIES, f"{out}/stories")
    summary.stories = made.value
    lap("stories+compare")
    merged = _merges(parts, joined, votes, about.keys()).persist(StorageLevel.MEMORY_AND_DISK)
    tables.write(spark, merged, tables.MERGES, f"{out}/merges")
    summary.merges = merged.count()
    merged.unpersist()
    if options.copies:
        skipped = sc.accumulator(0)
        story_of = members.map(lambda kv: (kv[0], kv[1][0][0]))
        found = copies.links(analysed, windows, skipped).persist(StorageLevel.MEMORY_AND_DISK)
        tables.write(spark, _copy_rows(found, story_of), tables.COPIES, f"{out}/copies")
        summary.copies, summary.bands_skipped = found.count(), skipped.value
        found.unpersist()
        lap("copies")
    tables.write(spark, [reject_row(r) for r in rejects], tables.REJECTS, f"{out}/rejects")
    term_df = analysed.flatMap(lambda r: ((t, 1) for t in terms(r[2]))).reduceByKey(add)
    tables.write(spark, term_df, tables.TERMS, f"{out}/terms")
    lap("rejects+terms")
    for rdd in (members, parts, analysed, found):
        rdd.unpersist()
    return summary


def _merges(parts, joined, votes, story_ids):
    """The merges table's rows: the clusterer's, their story as it came out of stitching, and
    stitching's own. A merge whose gone story has the id of a story the job keeps is left out: it was
    a window's copy of an earlier window's story, whose articles stay where that window put them."""

    def clustered(p):
        root = joined.value.get(p.node, p.node)[1]
        for gone, into, probability, at in p.merges:
            yield gone, root if into == p.story_id else into, probability, at, p.window, "cluster"

    rows = parts.flatMap(clustered).union(stitch.merges(parts, joined, votes))
    return rows.keyBy(lambda r: r[0]).subtractByKey(story_ids.map(lambda s: (s, None))).values()


def _copy_rows(found, story_of):
    """(source, target, kind, score, evidence, source's story, target's story) per link."""
    by_source = found.map(lambda kv: (kv[0][0], kv[1])).join(story_of)
    by_target = by_source.map(lambda kv: (kv[1][0].target, kv[1])).join(story_of)
    return by_target.values().map(_copy_row)


def _copy_row(found) -> tuple:
    (link, source_story), target_story = found
    return link.source, link.target, link.kind, link.score, link.evidence, source_story, target_story


def _assignment_row(kv) -> tuple:
    aid, ((sid, seq, probability, new, window), (article, *_)) = kv
    return seq, aid, article.source_id, sid, probability, new, window
