"""gugus at scale: the same pipeline as a PySpark batch job (`gugus spark INPUT OUTPUT`).

One module per step, each a thin wrapper that calls the single-machine code on a partition:

  extract   inputs -> articles and rejects (the readers and `finish` of gugus.ingest)
  dedup     the store's identity rules (same URL, same outlet + text) in batch; arrival order kept
  analysis  gugus.analyze.article.analyze, as a map over partitions
  windows   time windows with an overlap, and each window's document frequencies up to its start
  cluster   the online clusterer (gugus.cluster) over each window, in arrival/date order
  stitch    stories cut by a window boundary joined again through the articles they share
  compare   gugus.compare.report.build_report per story
  tables    the Parquet tables written under OUTPUT; `load` puts them into a Store
  job       the steps wired together; `spark` is the command line (python -m gugus.scale.spark)

pyspark is an optional extra (`pip install gugus[spark]`); nothing else in gugus imports this package.
"""
