"""The job's output: Parquet tables under OUTPUT, one folder each.

articles     every stored article (the store's columns), its seq (arrival order), search terms,
             clock time, window and analysis (JSON, analysis_version); each part file in seq order
assignments  article id, source id, story id, probability, whether it started the story, window
stories      the story rows the store keeps (data as JSON, with the topic) and the comparison (report)
merges       stories joined: by the clusterer within a window (kind "cluster", its probability) or by
             stitching parts a window kept apart (kind "stitch", the share of context held); the
             store's story_merges
copies       copy links over the whole archive (gugus.scale.copies), each article's story beside it;
             the single-machine store keeps no such table (its copies are in each story's report),
             so `gugus load` leaves this one in Parquet
rejects      what could not be read, and why
terms        document frequencies over all articles, for clustering to continue after `gugus load`
"""

from __future__ import annotations

from pyspark.sql.types import (
    ArrayType,
    BooleanType,
    DoubleType,
    IntegerType,
    LongType,
    StringType,
    StructField,
    StructType,
)

from gugus.scale.rows import ARTICLE_FIELDS, SEARCH_FIELDS

S, L = StringType(), ArrayType(StringType())
_TYPES = {"wire": L, "sentence_langs": L, "notes": L, "partial": BooleanType(), "repairs": IntegerType(),
          "revision": IntegerType()}  # fmt: skip
ARTICLES = StructType(
    [StructField("seq", LongType(), False)]
    + [StructField(n, _TYPES.get(n, S)) for n in ARTICLE_FIELDS]
    + [StructField(n, S) for n in SEARCH_FIELDS]
    + [
        StructField("time", DoubleType()),
        StructField("window", IntegerType()),
        StructField("analysis_version", IntegerType()),
        StructField("analysis", S),
    ]
)
ASSIGNMENTS = StructType([
    StructField("seq", LongType(), False), StructField("article_id", S, False), StructField("source_id", S),
    StructField("story_id", S, False), StructField("probability", DoubleType()),
    StructField("new_story", BooleanType()), StructField("window", IntegerType()),
])  # fmt: skip
STORIES = StructType([
    StructField("id", S, False), StructField("first_seen", DoubleType()),
    StructField("last_seen", DoubleType()), StructField("size", IntegerType()),
    StructField("n_outlets", IntegerType()), StructField("headline", S), StructField("headline_id", S),
    StructField("data", S), StructField("report", S),
])  # fmt: skip
MERGES = StructType([
    StructField("from_story", S, False), StructField("into_story", S, False),
    StructField("probability", DoubleType()), StructField("at_article", S, False),
    StructField("window", IntegerType()), StructField("kind", S),
])  # fmt: skip
COPIES = StructType([
    StructField("source", S, False), StructField("target", S, False), StructField("kind", S),
    StructField("score", DoubleType()), StructField("evidence", L),
    StructField("source_story", S), StructField("target_story", S),
])  # fmt: skip
REJECTS = StructType([StructField(n, S) for n in ("source", "reason", "detail", "kind")])
TERMS = StructType([StructField("term", S, False), StructField("df", LongType(), False)])


def write(spark, rows, schema: StructType, path: str, order: str | None = None) -> None:
    frame = spark.createDataFrame(rows, schema)
    if order:  # each part file sorted: a loader merges them in order as it streams (no global sort)
        frame = frame.sortWithinPartitions(order)
    frame.write.mode("overwrite").parquet(path)
