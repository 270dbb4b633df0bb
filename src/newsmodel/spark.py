"""Parsing on Apache Spark: the same readers, the same articles table, on a cluster.

Needs the ``spark`` extra (``pip install 'newsmodel[spark]'``) and newsmodel installed where the
executors run. Both helpers return a DataFrame whose schema is :func:`article_schema`, the
Spark form of the Parquet table ``newsmodel parse --to parquet`` writes (derived from the
models): the article columns, then ``provenance`` (input, position, crawl time).

::

    from newsmodel.spark import parse_paths

    articles = parse_paths(spark, ["crawl/part-0.warc.gz", "crawl/part-1.warc.gz"])
    articles.write.parquet("articles.parquet")

Rows are built in the executors with ``mapInArrow``, batch by batch, so an executor holds one
batch of articles at a time. Inputs that fail or are skipped are not rows: use
``newsmodel parse --errors`` (or :func:`newsmodel.iter_parse`) to account for them.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from newsmodel._inputs import ReadConfig, Record, Result, Unit, container_kind, iter_units
from newsmodel._outputs import PackedRows, pack_rows
from newsmodel._parquet import arrow_schema, row_json
from newsmodel._warc import iter_warc, split_ranges
from newsmodel.bulk import iter_parse, run
from newsmodel.errors import UnsupportedInputError
from newsmodel.options import ParseOptions

__all__ = ["article_schema", "parse_html_column", "parse_paths"]

_ROWS_PER_BATCH = 256


def _require_pyspark() -> Any:
    try:
        import pyspark.sql.pandas.types as spark_arrow
    except ImportError:
        raise UnsupportedInputError(
            "the Spark helpers need pyspark: pip install 'newsmodel[spark]'"
        ) from None
    return spark_arrow


def article_schema() -> Any:
    """The ``pyspark.sql.types.StructType`` of the articles table."""
    return _require_pyspark().from_arrow_schema(arrow_schema(), prefer_timestamp_ntz=False)


def parse_paths(
    spark: Any,
    paths: Sequence[str],
    *,
    options: ParseOptions | None = None,
    split_bytes: int = 64 << 20,
) -> Any:
    """A DataFrame of the articles in ``paths`` (WARC, JSON Lines, HTML, text, JSON files or
    folders; gzip or not). Each path is a task; a WARC file larger than ``split_bytes`` is split
    into byte ranges, one task each, every record read by exactly one task. The paths must be
    readable by the driver and the executors (a shared file system)."""
    tasks: list[tuple[str, int, int | None]] = []
    for path in paths:
        name = str(path)
        size = os.path.getsize(name) if os.path.isfile(name) else 0
        ranges = split_ranges(size, split_bytes) if container_kind(name)[0] == "warc" else []
        tasks.extend((name, start, end) for start, end in (ranges or [(0, None)]))
    frame = spark.createDataFrame(tasks, "path string, start long, end long")
    frame = frame.repartition(max(1, len(tasks)))
    parse = functools.partial(_parse_path_batches, options=options or ParseOptions())
    return frame.mapInArrow(parse, article_schema())


def parse_html_column(
    frame: Any,
    html: str = "html",
    url: str | None = "url",
    *,
    charset: str | None = None,
    options: ParseOptions | None = None,
) -> Any:
    """A DataFrame of articles from a DataFrame with a column of HTML pages (string or
    binary) and, optionally, a column of their URLs and one of the charsets their HTTP
    headers declared (:attr:`newsmodel.options.ParseOptions.charset`)."""
    columns = [html] + [name for name in (url, charset) if name is not None]
    parse = functools.partial(
        _parse_html_batches,
        with_url=url is not None,
        with_charset=charset is not None,
        options=options or ParseOptions(),
    )
    return frame.select(*columns).mapInArrow(parse, article_schema())


def _parse_path_batches(batches: Iterable[Any], *, options: ParseOptions) -> Iterator[Any]:
    config = ReadConfig(fmt=None, max_bytes=options.max_bytes, max_line_bytes=options.max_bytes)
    for batch in batches:
        for task in batch.to_pylist():
            path, start, end = task["path"], task["start"], task["end"]
            if container_kind(path)[0] == "warc":
                units: Iterable[Unit | Result] = iter_warc(path, config, start=start, end=end)
            else:
                units = iter_units([path], config)
            yield from _record_batches(run(units, options))


def _parse_html_batches(
    batches: Iterable[Any], *, with_url: bool, with_charset: bool, options: ParseOptions
) -> Iterator[Any]:
    for batch in batches:
        pages = batch.column(0).to_pylist()
        none = [None] * len(pages)
        urls = batch.column(1).to_pylist() if with_url else none
        charsets = batch.column(int(with_url) + 1).to_pylist() if with_charset else none
        records = (
            Record(page, name=url or "<html>", format="html", url=url, charset=charset)
            for page, url, charset in zip(pages, urls, charsets, strict=True)
            if page is not None
        )
        yield from _record_batches(iter_parse(records, options=options))


def _record_batches(results: Iterable[Result]) -> Iterator[Any]:
    """Arrow record batches of the parsed ``results``, built as ``newsmodel parse --to
    parquet`` builds its table (a row that does not fit the table is left out)."""
    batch: list[Result] = []
    for result in results:
        if result.article is None:
            continue
        batch.append(replace(result, article=None, payload=row_json(result.article)))
        if len(batch) >= _ROWS_PER_BATCH:
            yield from _packed(batch)
            batch = []
    if batch:
        yield from _packed(batch)


def _packed(batch: list[Result]) -> Iterator[Any]:
    for result in pack_rows(batch, ipc=False):
        if isinstance(result.payload, PackedRows):
            yield from result.payload.data.to_batches()
