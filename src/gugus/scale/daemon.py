"""PySpark's worker daemon with gugus loaded first (spark.python.daemon.module): the Python workers
fork from it, so each starts with the stemmer, gazetteer, language models and word frequencies in
memory instead of loading them again — what gugus.parallel does for its own pool."""

from __future__ import annotations

if __name__ == "__main__":
    import contextlib
    import sys

    from pyspark import daemon

    from gugus.compare import report  # noqa: F401 (the job's story reports)
    from gugus.warm import warm

    # the daemon tells Spark its port on stdout: nothing else may be written there; a warm-up that
    # fails costs only time (the tasks load what they need lazily)
    with contextlib.redirect_stdout(sys.stderr), contextlib.suppress(Exception):
        warm()
    daemon.manager()
