"""The articles table: its schema is derived from the models, every article round-trips through
it, and DuckDB and pandas read it without newsmodel."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings

from newsmodel import (
    Article,
    Image,
    Organization,
    Paragraph,
    Person,
    Quote,
    QuoteKind,
    to_json,
)
from newsmodel._inputs import Result, Status
from newsmodel._outputs import InPack, PackedRows, ParquetWriter, pack_rows
from newsmodel._parquet import (
    arrow_schema,
    article_from_row,
    article_row,
    read_rows,
    row_json,
    with_provenance,
    with_provenance_json,
)
from newsmodel.cli import main

from .strategies import articles

pa = pytest.importorskip("pyarrow", reason="the parquet extra (pyarrow) is not installed")
pq = pytest.importorskip("pyarrow.parquet")


def _nested_quote_article() -> Article:
    speaker = Person(id="p1", name="Marie Curie", role="physicienne")
    inner = Quote(text="Oh", kind=QuoteKind.DIRECT, block=0, start=10, end=12)
    middle = Quote(text="il a dit 'Oh'", kind=QuoteKind.DIRECT, block=0, start=1, end=14,
                   nested=(inner,))  # fmt: skip
    outer = Quote(
        text="Elle a dit « il a dit 'Oh' »",
        kind=QuoteKind.DIRECT,
        speaker=speaker,
        block=0,
        start=0,
        end=20,
        nested=(middle,),
    )
    return Article(
        title="Trois niveaux",
        body=(Paragraph(text="x" * 40),),
        quotes=(outer,),
        people=(speaker,),
        organizations=(Organization(name="CNRS", acronyms=("CNRS",)),),
    )


def test_every_article_field_is_a_column_in_model_order() -> None:
    names = arrow_schema().names
    assert names == [*Article.model_fields, "provenance"]


def test_nested_parts_are_typed_nested_columns() -> None:
    schema = arrow_schema()
    authors = schema.field("authors").type
    assert pa.types.is_list(authors)
    person = authors.value_type
    assert pa.types.is_struct(person)
    assert person.field("name").type == pa.string()
    assert pa.types.is_list(person.field("aliases").type)
    body = schema.field("body").type.value_type
    # a union of block types: one struct with every member's fields, told apart by ``type``
    assert {"type", "text", "level", "items", "ordered", "image", "spans"} <= {
        body.field(i).name for i in range(body.num_fields)
    }
    quote = schema.field("quotes").type.value_type
    assert quote.field("start").type == pa.int64()
    assert pa.types.is_struct(quote.field("speaker").type)
    nested = quote.field("nested").type.value_type
    assert pa.types.is_struct(nested)
    # a quote inside a nested quote is kept as JSON text, marked as such
    deepest = nested.field("nested").type.value_field
    assert deepest.type == pa.string()
    assert deepest.metadata == {b"newsmodel.encoding": b"json"}
    assert schema.field("variants").type.value_type.field("is_current").type == pa.bool_()
    provenance = schema.field("provenance").type
    assert provenance.field("crawl_time").type == pa.timestamp("us", tz="UTC")


def test_nested_quotes_three_deep_round_trip() -> None:
    article = _nested_quote_article()
    table = pa.Table.from_pylist([article_row(article)], schema=arrow_schema())
    (row,) = table.to_pylist()
    assert article_from_row(row) == article
    assert json.loads(row["quotes"][0]["nested"][0]["nested"][0])["text"] == "Oh"


@settings(max_examples=40)
@given(articles())
def test_any_article_round_trips_through_the_table(article: Article) -> None:
    table = pa.Table.from_pylist([article_row(article)], schema=arrow_schema())
    (row,) = table.to_pylist()
    assert article_from_row(row) == article


def _jsonl(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "articles.jsonl"
    lines = []
    for index in range(count):
        article = _nested_quote_article().model_copy(
            update={"title": f"article {index}", "url": f"https://example.org/{index}"}
        )
        lines.append(to_json(article))
    lines.insert(3, '{"title": 42}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_cli_writes_a_table_duckdb_and_pandas_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    duckdb = pytest.importorskip("duckdb", reason="duckdb is not installed")
    pd = pytest.importorskip("pandas", reason="pandas is not installed")
    source = _jsonl(tmp_path, 25)
    out = tmp_path / "articles.parquet"
    code = main(["parse", str(source), "--to", "parquet", "-o", str(out), "--jobs", "2"])
    err = capsys.readouterr().err
    assert code == 1
    assert "articles.jsonl:line 4: title: Input should be a valid string" in err
    assert "read 26, parsed 25, failed 1, skipped 0" in err
    con = duckdb.connect()
    count, first_title, speaker, position = con.execute(
        f"""SELECT count(*), min(title), min(quotes[1].speaker.name),
                   min(provenance.position) FROM read_parquet('{out}')"""
    ).fetchone()
    assert (count, first_title, speaker, position) == (25, "article 0", "Marie Curie", "line 1")
    titles = [r[0] for r in con.execute(f"SELECT title FROM '{out}'").fetchall()]
    assert titles == [f"article {i}" for i in range(25)]  # input order
    frame = pd.read_parquet(out)
    assert list(frame.columns) == arrow_schema().names
    assert frame["organizations"][0][0]["acronyms"].tolist() == ["CNRS"]
    rows = pq.read_table(out).to_pylist()
    assert article_from_row(rows[0]) == _nested_quote_article().model_copy(
        update={"title": "article 0", "url": "https://example.org/0"}
    )


def test_an_empty_run_still_writes_a_valid_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "none.parquet"
    assert main(["parse", str(empty), "--to", "parquet", "-o", str(out)]) == 0
    table = pq.read_table(out)
    assert table.num_rows == 0
    assert table.schema.names == arrow_schema().names
    assert "read 0, parsed 0" in capsys.readouterr().err


def _parsed(index: int, payload: object) -> Result:
    return Result("in.jsonl", f"line {index}", Status.PARSED, payload=payload)


def test_rows_packed_in_a_worker_keep_their_place_among_rows_sent_alone(tmp_path: Path) -> None:
    rows = [
        row_json(Article(title=f"article {i}", body=(Paragraph(text="x" * 40),))) for i in range(7)
    ]
    first = [_parsed(0, rows[0]), _parsed(1, rows[1])]  # rows sent one by one
    failed = Result("in.jsonl", "line 3", Status.FAILED, reason="bad")
    packed = pack_rows([_parsed(2, rows[2]), failed, _parsed(4, rows[3]), _parsed(5, rows[4])])
    assert isinstance(packed[0].payload, PackedRows)
    assert isinstance(packed[0].payload.data, bytes)  # IPC stream bytes, from a worker
    assert packed[0].payload.rows == 3
    assert packed[1] is failed
    assert isinstance(packed[2].payload, InPack)
    last = pack_rows([_parsed(6, rows[5]), _parsed(7, rows[6])], ipc=False)
    out = tmp_path / "mixed.parquet"
    writer = ParquetWriter(str(out), rows_per_group=2)
    for result in [*first, *packed, *last]:
        if result.status is Status.PARSED:
            assert writer.write(result).status is Status.PARSED
    writer.close()
    table = pq.read_table(out)
    assert table.column("title").to_pylist() == [f"article {i}" for i in range(7)]
    positions = [p["position"] for p in table.column("provenance").to_pylist()]
    assert positions == ["line 0", "line 1", "line 2", "line 4", "line 5", "line 6", "line 7"]


def _too_wide() -> Article:
    return Article(title="wide", images=(Image(url="https://example.org/a.jpg", width=10**20),))


def test_a_row_that_does_not_fit_the_table_fails_alone() -> None:
    results = [_parsed(0, row_json(Article(title="fine"))), _parsed(1, row_json(_too_wide()))]
    first, second = pack_rows(results)
    assert isinstance(first.payload, PackedRows)
    assert first.payload.rows == 1
    assert second.status is Status.FAILED
    assert second.reason == (
        "cannot write: Failed to convert JSON to int64, couldn't parse:100000000000000000000"
    )


def test_an_integer_beyond_64_bits_fails_its_input_and_the_table_stays_valid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "dump.jsonl"
    lines = [
        to_json(Article(title="before")),
        to_json(_too_wide()),
        to_json(Article(title="after")),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for jobs in ("1", "2"):
        out = tmp_path / f"articles-{jobs}.parquet"
        code = main(["parse", str(source), "--to", "parquet", "-o", str(out), "--jobs", jobs])
        err = capsys.readouterr().err
        assert code == 1
        assert f"{source}:line 2: cannot write: Failed to convert JSON to int64" in err
        assert err.endswith("newsmodel: read 3, parsed 2, failed 1, skipped 0\n")
        assert pq.read_table(out).column("title").to_pylist() == ["before", "after"]


def _from_pylist(articles: list[Article], results: list[Result]) -> object:
    rows = [with_provenance(article_row(a), r) for a, r in zip(articles, results, strict=True)]
    return pa.Table.from_pylist(rows, schema=arrow_schema())


def _read(articles: list[Article], results: list[Result]) -> object:
    return read_rows(
        [with_provenance_json(row_json(a), r) for a, r in zip(articles, results, strict=True)]
    )


def test_rows_read_from_json_are_those_built_from_python_values() -> None:
    aware = datetime(2024, 7, 24, 14, 5, 6, 789, tzinfo=timezone(timedelta(hours=2)))
    results = [
        Result("crawl.warc.gz", "offset 0", Status.PARSED, crawl_time=aware),
        Result("crawl.warc.gz", "offset 9", Status.PARSED, crawl_time=datetime(2024, 1, 2)),
        Result("caf\udce9.jsonl", "line 1", Status.PARSED),
    ]
    articles = [_nested_quote_article(), Article(title="Zoë"), _too_wide().model_copy(
        update={"images": ()})]  # fmt: skip
    table = _read(articles, results)
    assert table.equals(_from_pylist(articles, results))
    assert table.schema.equals(arrow_schema(), check_metadata=True)
    crawl = [p["crawl_time"] for p in table.column("provenance").to_pylist()]
    assert [c.isoformat() if c else None for c in crawl] == [
        "2024-07-24T12:05:06.000789+00:00",
        "2024-01-02T00:00:00+00:00",
        None,
    ]


@settings(max_examples=40)
@given(articles())
def test_any_article_reads_from_json_as_from_python_values(article: Article) -> None:
    results = [Result("in.jsonl", "line 1", Status.PARSED)]
    assert _read([article], results).equals(_from_pylist([article], results))


def test_writing_the_table_does_not_import_pandas(tmp_path: Path) -> None:
    source = tmp_path / "dump.jsonl"
    source.write_text(to_json(_nested_quote_article()) + "\n", encoding="utf-8")
    script = (
        "import sys; from newsmodel.cli import main; "
        f"code = main(['parse', {str(source)!r}, '--to', 'parquet', '-o', "
        f"{str(tmp_path / 'a.parquet')!r}]); print(code, 'pandas' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout == "0 False\n"  # pyarrow's from_pylist imports it: 0.2 s a process
