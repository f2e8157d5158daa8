"""Inputs to articles on the executors: the readers and `finish` of gugus.ingest, per partition.

JSON Lines (also compressed) are split by Spark and each line numbered as in its file, so locations
("path#line=12") and the arrival order match a single-machine ingest; Parquet rows in the same schema
(id, title, text, date, outlet, url, author, lang) go through the same JSON Lines reader; any other
file (WARC, HTML, text, feeds) is read whole by gugus's own Ingestor on an executor, so those paths
must be readable there (a local disk in local mode, a shared one on a cluster).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime

from gugus.ingest.jsonl import read_jsonl
from gugus.ingest.pipeline import IngestOptions, Ingestor
from gugus.ingest.pipeline import _finish_line as finish_line  # the step Ingestor runs on its workers
from gugus.ingest.sources import Missing, expand
from gugus.model import Article, Reject

Key = tuple[int, int]  # (input's index, line/row/record number): the arrival order, as the store's seq
_JSONL = (".jsonl", ".ndjson", ".jl")
_COMPRESSED = ("", ".gz", ".bz2")


def kind_of(path: str) -> str:
    name = path.lower()
    if any(name.endswith(j + c) for j in _JSONL for c in _COMPRESSED):
        return "jsonl"
    return "parquet" if name.endswith(".parquet") else "file"


def sources(inputs: list[str]) -> tuple[list[tuple[int, str, str]], list[Reject]]:
    """(index, path, kind) of every input file, in the order a single-machine ingest takes them;
    Hadoop's marker files (_SUCCESS, _committed_…) beside Parquet parts are not inputs."""
    found, missing = [], []
    for src in expand(inputs):
        if isinstance(src, Missing):
            missing.append(Reject(src.location, "missing", src.detail))
        elif src.is_url:
            missing.append(Reject(src.location, "unsupported", "the Spark job reads files, not URLs"))
        elif not src.location.rsplit("/", 1)[-1].startswith("_"):
            found.append((len(found), src.location, kind_of(src.location)))
    return found, missing


def _json_value(value):
    return value.isoformat() if isinstance(value, date | datetime) else str(value)


def read(spark, inputs: list[str], partitions: int):
    """RDD of (Key, "line", path, bytes) for records to finish, and of (Key, Item) already finished
    by the Ingestor (other files); plus the rejects found on the driver (missing inputs)."""
    sc = spark.sparkContext
    found, rejects = sources(inputs)
    lines, files = [], []
    for idx, path, kind in found:
        if kind == "jsonl":
            rdd = sc.textFile(path, use_unicode=False).zipWithIndex()
            lines.append(rdd.map(lambda li, i=idx, p=path: ((i, li[1] + 1), p, li[0] + b"\n")))
        elif kind == "parquet":
            rows = spark.read.parquet(path).rdd.zipWithIndex()
            lines.append(
                rows.map(
                    lambda ri, i=idx, p=path: (
                        (i, ri[1] + 1),
                        p,
                        json.dumps(ri[0].asDict(), default=_json_value, ensure_ascii=False).encode(),
                    )
                )
            )
        else:
            files.append((idx, path))
    records = sc.union(lines).repartition(partitions) if lines else sc.emptyRDD()
    finished = records.mapPartitions(_finish_lines)
    if files:
        finished = finished.union(sc.parallelize(files, min(len(files), partitions)).flatMap(_read_file))
    return finished, rejects


def _finish_lines(records: Iterable[tuple[Key, str, bytes]]) -> Iterator[tuple[Key, Article | Reject]]:
    for key, path, raw in records:
        for item in read_jsonl([raw], location=path, first_line=key[1]):
            done = finish_line(item)
            yield key, done if isinstance(done, Reject) else done[0]


def _read_file(entry: tuple[int, str]) -> Iterator[tuple[Key, Article | Reject]]:
    """One file through gugus's Ingestor (every reader), on an executor; feeds are not followed to
    their pages (a batch job fetches nothing)."""
    idx, path = entry
    for n, item in enumerate(Ingestor(IngestOptions(fetch_links=False)).run([path]), start=1):
        yield (idx, n), item if isinstance(item, Reject) else item[0]
