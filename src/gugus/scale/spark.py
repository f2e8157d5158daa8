"""`python -m gugus.scale.spark INPUT OUTPUT [--window-days N]`: the Spark job from a shell, or under
spark-submit (`spark-submit -m gugus.scale.spark` does not exist: submit this file's path)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from gugus.scale.job import Options, Summary, run
from gugus.scale.session import spark_session


def main_run(inputs: list[str], output: str, options: Options, master: str | None = None) -> Summary:
    """Start a session (local[*] unless `master` or spark-submit says), run the job, stop the session."""
    spark = spark_session(master, partitions=options.partitions or 8)
    try:
        return run(spark, inputs, output, options)
    finally:
        spark.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gugus.scale.spark", description=__doc__)
    parser.add_argument("input", nargs="+", help="JSON Lines, WARC or Parquet files, folders or globs")
    parser.add_argument("output", help="folder for the Parquet tables (overwritten)")
    parser.add_argument("--window-days", type=int, default=7)
    parser.add_argument("--overlap-days", type=int, default=None, help="context days before each window")
    parser.add_argument("--partitions", type=int, default=None)
    parser.add_argument("--master", default=None, help="Spark master (default local[*])")
    parser.add_argument("--no-compare", action="store_true", help="skip the comparison per story")
    parser.add_argument("--no-copies", action="store_true", help="skip the archive-wide copy links")
    args = parser.parse_args(argv)
    options = Options(
        window_days=args.window_days,
        overlap_days=args.overlap_days,
        partitions=args.partitions,
        compare=not args.no_compare,
        copies=not args.no_copies,
    )
    summary = main_run(args.input, args.output, options, args.master)
    json.dump(asdict(summary), sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
