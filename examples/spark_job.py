"""Parse WARC files on Apache Spark and write the articles table as Parquet.

    python examples/spark_job.py OUT.parquet CRAWL.warc.gz [MORE.warc.gz ...] [--master local[2]]

Each WARC file is one task: an executor reads it record by record with newsmodel and sends the
articles back as Arrow batches. The table has the same schema as
``newsmodel parse --to parquet`` (derived from newsmodel's models). On a cluster, give paths
every executor can read and install newsmodel (with the ``warc`` extra) on the executors.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any


def build_session(master: str, app_name: str = "newsmodel-warc") -> Any:
    """A Spark session whose Python workers run this interpreter (and so see newsmodel)."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.master(master)
    if master.startswith("local"):  # keep a local run on the loopback interface
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.driver.host", "127.0.0.1").config(
            "spark.driver.bindAddress", "127.0.0.1"
        )
    return (
        builder.appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )


def run(spark: Any, paths: Sequence[str], output: str, *, split_mib: int = 64) -> int:
    """Parse ``paths`` and write the articles to ``output``; return the number of rows. WARC
    files larger than ``split_mib`` MiB are split over several tasks."""
    from newsmodel.spark import parse_paths

    absolute = [os.path.abspath(path) for path in paths]
    articles = parse_paths(spark, absolute, split_bytes=split_mib << 20)
    articles.write.mode("overwrite").parquet(output)
    return int(spark.read.parquet(output).count())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", help="the Parquet folder to write")
    parser.add_argument("paths", nargs="+", help="WARC files (or any input newsmodel parses)")
    parser.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    parser.add_argument(
        "--split-mib", type=int, default=64, help="split WARC files larger than this over tasks"
    )
    args = parser.parse_args(argv)
    spark = build_session(args.master)
    try:
        rows = run(spark, args.paths, args.output, split_mib=args.split_mib)
    finally:
        spark.stop()
    print(f"wrote {rows} articles to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
