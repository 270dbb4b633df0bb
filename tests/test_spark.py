"""Spark in local mode gives the same rows as the single-machine Parquet output.

One Spark session for the module (the JVM starts once); inputs are kept small.
"""

from __future__ import annotations

from datetime import UTC
from pathlib import Path
from typing import Any

import pytest

from newsmodel import Article, Paragraph, Person, to_json
from newsmodel._warc import warc_record
from newsmodel.cli import main

from .scripts import load_script

pytest.importorskip("pyspark", reason="the spark extra (pyspark) is not installed")
pq = pytest.importorskip("pyarrow.parquet", reason="the parquet extra is not installed")

pytestmark = [
    pytest.mark.slow,
    # PySpark warns about pandas 3 when it converts; newsmodel's helpers use Arrow, not pandas.
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
]
ROOT = Path(__file__).resolve().parents[1]


def _job() -> Any:
    return load_script("examples/spark_job.py", "spark_job")


@pytest.fixture(scope="module")
def spark() -> Any:
    session = _job().build_session("local[2]", "newsmodel-tests")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _articles(count: int) -> list[Article]:
    return [
        Article(
            title=f"Article {index}",
            url=f"https://example.org/{index}",
            authors=(Person(name="Ada Lovelace", role="reporter"),),
            body=(Paragraph(text=f"Paragraph {index}."),),
            keywords=("spark", f"k{index}"),
        )
        for index in range(count)
    ]


def _comparable(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows in input order, crawl times as naive UTC (Spark gives timestamps in the session's
    time zone, set to UTC by the example job; pyarrow gives them aware)."""
    for row in rows:
        crawl_time = row["provenance"]["crawl_time"]
        if crawl_time is not None and crawl_time.tzinfo is not None:
            utc = crawl_time.astimezone(UTC).replace(tzinfo=None)
            row["provenance"]["crawl_time"] = utc
    return sorted(rows, key=lambda row: (row["provenance"]["input"], row["provenance"]["position"]))


def _cli_rows(tmp_path: Path, paths: list[Path]) -> list[dict[str, Any]]:
    out = tmp_path / "local.parquet"
    main(["parse", *map(str, paths), "--to", "parquet", "-o", str(out)])
    return pq.read_table(out).to_pylist()


def test_parse_paths_gives_the_single_machine_rows(spark: Any, tmp_path: Path) -> None:
    from newsmodel.spark import article_schema, parse_paths

    paths = []
    for part in range(3):
        path = tmp_path / f"part-{part}.jsonl"
        articles = _articles(7)[part * 2 :]
        path.write_text("".join(to_json(a) + "\n" for a in articles) + '{"title": 1}\n', "utf-8")
        paths.append(path)
    frame = parse_paths(spark, [str(p) for p in paths])
    assert frame.schema == article_schema()
    spark_rows = [row.asDict(recursive=True) for row in frame.collect()]
    local_rows = _cli_rows(tmp_path, paths)
    assert len(local_rows) == 15
    assert _comparable(spark_rows) == _comparable(local_rows)


def test_the_example_job_reads_warc_and_writes_parquet(spark: Any, tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html lang='en'><head><title>Rain in Paris</title></head><body>"
        "<article><h1>Rain in Paris</h1><p>It rained in Paris on Monday, the weather "
        "service said, and the river rose by a metre.</p><p>More rain is expected on "
        "Tuesday across the north of the country.</p></article></body></html>"
    )
    paths = []
    for part in range(2):
        records = [
            warc_record(f"https://example.org/{part}/{i}", page.encode(), gzipped=True)
            for i in range(3)
        ]
        records.append(warc_record("https://example.org/x.png", b"\x89PNG", gzipped=True,
                                   content_type="image/png"))  # fmt: skip
        path = tmp_path / f"crawl-{part}.warc.gz"
        path.write_bytes(b"".join(records))
        paths.append(path)
    out = tmp_path / "spark.parquet"
    rows = _job().run(spark, [str(p) for p in paths], str(out))
    local_rows = _cli_rows(tmp_path, paths)
    assert rows == len(local_rows) == 6
    spark_rows = [r.asDict(recursive=True) for r in spark.read.parquet(str(out)).collect()]
    assert _comparable(spark_rows) == _comparable(local_rows)


def test_a_large_warc_is_split_over_tasks_without_loss(spark: Any, tmp_path: Path) -> None:
    from newsmodel.spark import parse_paths

    article = Article(title="Split", body=(Paragraph(text="One paragraph of text."),))
    page = f"<html><head><title>Split</title></head><body><article><p>{article.text}</p>"
    records = [
        warc_record(f"https://example.org/{i}", (page + f"<p>Record {i}.</p></article>").encode(),
                    gzipped=True)
        for i in range(12)
    ]  # fmt: skip
    path = tmp_path / "big.warc.gz"
    path.write_bytes(b"".join(records))
    frame = parse_paths(spark, [str(path)], split_bytes=len(records[0]) * 3 + 7)
    assert frame.rdd.getNumPartitions() == 4
    spark_rows = [row.asDict(recursive=True) for row in frame.collect()]
    assert _comparable(spark_rows) == _comparable(_cli_rows(tmp_path, [path]))


def test_parse_html_column(spark: Any) -> None:
    from newsmodel.spark import parse_html_column

    page = "<html><head><title>T</title></head><body><article><p>{}</p></article></body></html>"
    frame = spark.createDataFrame(
        [(page.format("Hello world, this is a test page."), "https://example.org/a")],
        "html string, url string",
    )
    (row,) = parse_html_column(frame).collect()
    assert row["url"] == "https://example.org/a"
    assert row["provenance"]["input"] == "https://example.org/a"


def test_parse_html_column_with_a_charset_column(spark: Any) -> None:
    from newsmodel.spark import parse_html_column

    # Binary pages as a crawler stores them, beside the charset of each response's headers.
    page = '<html><head><meta charset="utf-8"><title>Gare</title></head><body><article><p>{}</p>'
    text = "« Ça coûte 5 € », dit le patron du café près de la gare, mardi matin."
    frame = spark.createDataFrame(
        [
            ((page.format(text)).encode("cp1252"), "https://example.org/a", "windows-1252"),
            ((page.format(text)).encode("utf-8"), "https://example.org/b", None),
        ],
        "html binary, url string, charset string",
    )
    rows = sorted(parse_html_column(frame, charset="charset").collect(), key=lambda r: r["url"])
    assert [row["body"][0]["text"] for row in rows] == [text, text]
    codes = [
        [d["code"] for d in row["diagnostics"] if d["code"].startswith("NM35")] for row in rows
    ]
    assert codes == [["NM351"], []]  # the headers outrank the page's own (wrong) declaration
