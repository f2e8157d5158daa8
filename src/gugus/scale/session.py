"""A SparkSession for the job: a real cluster's when spark-submit made one, else local mode.

Local mode needs a Java runtime; JAVA_HOME is found from the `java` on the PATH where it is unset, so
`make test` works on a fresh machine with only a JDK package installed.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path


def java_home() -> str | None:
    """JAVA_HOME, or the JDK that the `java` on the PATH belongs to; None where there is no Java."""
    if os.environ.get("JAVA_HOME"):
        return os.environ["JAVA_HOME"]
    java = shutil.which("java")
    return str(Path(java).resolve().parents[1]) if java else None


def spark_session(master: str | None = None, partitions: int = 8, app: str = "gugus"):
    """The session: `master` (default local[*], or what spark-submit set), a quiet log, no web UI,
    `partitions` shuffle partitions (Spark's 200 default is for clusters, not a laptop run)."""
    from pyspark.sql import SparkSession

    home = java_home()
    if home:
        os.environ.setdefault("JAVA_HOME", home)
    # the executors' Python is this one, with gugus installed (local mode; a cluster sets its own)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app)
    if master or "PYSPARK_GATEWAY_PORT" not in os.environ:  # under spark-submit its --master rules
        builder = builder.master(master or "local[*]")
    spark = (
        builder.config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", str(partitions))
        .config("spark.default.parallelism", str(partitions))
        .config("spark.driver.memory", os.environ.get("GUGUS_SPARK_MEMORY", "2g"))
        .config("spark.python.worker.reuse", "true")
        .config("spark.python.daemon.module", "gugus.scale.daemon")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark
