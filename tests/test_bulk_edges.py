"""What a data team's folders hold: links, names that are not UTF-8, outputs written inside the
folder being read, JSON Lines on standard input, and outputs that cannot be written."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from newsmodel import Article, ParseOptions, to_json
from newsmodel.bulk import Status, iter_parse
from newsmodel.cli import main

Capture = pytest.CaptureFixture[str]


def _json(path: Path, title: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(to_json(Article(title=title)), encoding="utf-8")
    return path


def _titles(source: object, **kwargs: object) -> list[str | None]:
    return [
        result.article.title if result.article else result.reason
        for result in iter_parse(source, **kwargs)  # type: ignore[arg-type]
    ]


def test_links_to_folders_inside_a_folder_are_left_out(tmp_path: Path) -> None:
    _json(tmp_path / "in" / "a.json", "a")
    _json(tmp_path / "in" / "sub" / "x.json", "x")
    (tmp_path / "in" / "link").symlink_to(tmp_path / "in" / "sub")
    (tmp_path / "in" / "loop").symlink_to(tmp_path / "in")  # would read the folder forever
    (tmp_path / "in" / "page.json").symlink_to(tmp_path / "in" / "a.json")  # a file: read
    assert _titles(tmp_path / "in") == ["a", "a", "x"]
    # A link named on the command line is what the user asked for: it is followed.
    assert _titles(tmp_path / "in" / "link") == ["x"]


def _non_utf8(folder: Path, raw: bytes) -> Path:
    return folder / os.fsdecode(raw)


def test_names_that_are_not_utf8_reach_the_report_and_the_table(
    tmp_path: Path, capsys: Capture
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    folder = tmp_path / "in"
    folder.mkdir()
    try:
        _non_utf8(folder, b"bad-caf\xe9.json").write_text('{"title": ', encoding="utf-8")
        _json(_non_utf8(folder, b"ok-caf\xe9.json"), "good")
    except (OSError, UnicodeError):
        pytest.skip("this file system takes only UTF-8 names")
    table, report = tmp_path / "a.parquet", tmp_path / "errors.jsonl"
    argv = ["parse", str(folder), "--to", "parquet", "-o", str(table), "--errors", str(report)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert f"{folder}/bad-caf\\xe9.json: line 1, column 11: invalid JSON" in err
    assert "Traceback" not in err
    entry = json.loads(report.read_text("utf-8"))
    assert entry["input"] == f"{folder}/bad-caf\\xe9.json"
    rows = pq.read_table(table).column("provenance").to_pylist()
    assert [row["input"] for row in rows] == [f"{folder}/ok-caf\\xe9.json"]


def test_an_output_inside_the_folder_read_is_not_read_back(tmp_path: Path, capsys: Capture) -> None:
    folder = tmp_path / "in"
    _json(folder / "a.json", "a")
    _json(folder / "b.json", "b")
    out = folder / "z.json"  # created (empty) before the folder is walked
    report = folder / "zz-errors.jsonl"
    assert (
        main(["parse", str(folder), "--to", "jsonl", "-o", str(out), "--errors", str(report)]) == 0
    )
    assert capsys.readouterr().err == "newsmodel: read 2, parsed 2, failed 0, skipped 0\n"
    assert [json.loads(line)["title"] for line in out.read_text("utf-8").splitlines()] == ["a", "b"]


def test_an_output_folder_inside_the_folder_read_is_not_read_back(
    tmp_path: Path, capsys: Capture
) -> None:
    folder = tmp_path / "in"
    _json(folder / "a.json", "a")
    _json(folder / "b.json", "b")
    assert main(["parse", str(folder), "--to", "text", "-o", str(folder / "out")]) == 0
    assert capsys.readouterr().err == "newsmodel: read 2, parsed 2, failed 0, skipped 0\n"
    assert sorted(p.name for p in (folder / "out").iterdir()) == ["000001-a.txt", "000002-b.txt"]


@pytest.mark.parametrize("flag", ["-o", "--errors"])
def test_writing_over_an_input_is_a_usage_error(flag: str, tmp_path: Path, capsys: Capture) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(to_json(Article(title="kept")) + "\n", encoding="utf-8")
    before = dump.read_bytes()
    other = ["--errors", str(tmp_path / "e.jsonl")] if flag == "-o" else []
    assert main(["parse", str(dump), flag, str(dump), *other]) == 2
    assert capsys.readouterr().err == (
        f"newsmodel parse: error: {flag} {dump} is also an input: it would be overwritten "
        "before it is read\n"
    )
    assert dump.read_bytes() == before


def _lines(count: int) -> bytes:
    return b"".join(to_json(Article(title=f"n{i}")).encode() + b"\n" for i in range(count))


def test_json_lines_on_a_stream_are_read_line_by_line_past_the_document_limit() -> None:
    data = _lines(40)
    options = ParseOptions(max_bytes=len(data) // 4)  # larger than a line, smaller than all
    titles = _titles([io.BytesIO(data)], options=options)
    assert titles == [f"n{i}" for i in range(40)]


def test_a_json_file_of_json_lines_past_the_document_limit_is_read_line_by_line(
    tmp_path: Path,
) -> None:
    data = _lines(40)
    (tmp_path / "dump.json").write_bytes(data)
    options = ParseOptions(max_bytes=len(data) // 4)
    assert _titles(tmp_path / "dump.json", options=options) == [f"n{i}" for i in range(40)]
    # One JSON document over the limit is still refused by its size, before it is read.
    (tmp_path / "one.json").write_bytes(b'{"title": "' + b"x" * len(data) + b'"}')
    results = list(iter_parse(tmp_path / "one.json", options=options))
    assert [r.status for r in results] == [Status.FAILED]
    assert (results[0].reason or "").startswith("too large: ")


def test_a_parquet_file_that_cannot_be_created_is_one_plain_line(
    tmp_path: Path, capsys: Capture
) -> None:
    pytest.importorskip("pyarrow")
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(_lines(2))
    target = tmp_path / "no" / "such" / "a.parquet"
    assert main(["parse", str(dump), "--to", "parquet", "-o", str(target)]) == 1
    assert capsys.readouterr().err == f"newsmodel parse: {target}: No such file or directory\n"


def test_a_full_disk_is_reported_once(tmp_path: Path, capsys: Capture) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(_lines(3))
    assert main(["parse", str(dump), "--to", "jsonl", "-o", "/dev/full"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "newsmodel parse: cannot write /dev/full: No space left on device",
        "newsmodel: read 3, parsed 3, failed 0, skipped 0",
    ]


def test_a_glob_gives_each_file_once(tmp_path: Path) -> None:
    _json(tmp_path / "in" / "a.json", "a")
    _json(tmp_path / "in" / "sub" / "x.json", "x")
    (tmp_path / "in" / "loop").symlink_to(tmp_path / "in")  # glob's ** follows links
    # 'in/**' matches the folder (read whole) and then each file in it again.
    assert _titles(f"{tmp_path}/in/**") == ["a", "x"]
    assert _titles(f"{tmp_path}/in/**/*.json") == ["a", "x"]
    # A link in the pattern's own folders is what the user named: it is followed.
    (tmp_path / "named").symlink_to(tmp_path / "in")
    assert _titles(f"{tmp_path}/named/**/*.json") == ["a", "x"]
    assert _titles(f"{tmp_path}/named/*") == ["a", "x"]


def test_the_output_and_the_error_report_cannot_be_one_file(
    tmp_path: Path, capsys: Capture
) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(to_json(Article(title="kept")) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for report in (out, tmp_path / "." / "out.jsonl"):
        assert main(["parse", str(dump), "-o", str(out), "--errors", str(report)]) == 2
        assert capsys.readouterr().err == (
            f"newsmodel parse: error: -o and --errors name one file: {report}\n"
        )
    out.write_text("old\n", encoding="utf-8")  # an existing file, named by a link
    (tmp_path / "link.jsonl").symlink_to(out)
    argv = ["parse", str(dump), "-o", str(out), "--errors", str(tmp_path / "link.jsonl")]
    assert main(argv) == 2
    assert out.read_text("utf-8") == "old\n"


def test_a_name_with_a_line_break_stays_on_one_line(tmp_path: Path, capsys: Capture) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad\nname\t.json").write_text('{"title": ', encoding="utf-8")
    assert main(["parse", str(folder), "-o", str(tmp_path / "out.jsonl")]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{folder}/bad\\nname\\t.json: line 1, column 11: invalid JSON: Expecting value",
        "newsmodel: read 1, parsed 0, failed 1, skipped 0",
    ]


def test_a_json_array_of_articles_gives_one_result_per_item(tmp_path: Path) -> None:
    items = [json.loads(to_json(Article(title=t))) for t in ("a", "b")]
    (tmp_path / "dump.json").write_text(json.dumps([items[0], 3, items[1]]), encoding="utf-8")
    results = list(iter_parse(tmp_path / "dump.json"))
    assert [(r.position, r.status) for r in results] == [
        ("item 1", Status.PARSED),
        ("item 2", Status.FAILED),
        ("item 3", Status.PARSED),
    ]
    assert [r.article.title for r in results if r.article] == ["a", "b"]
    assert results[1].reason == "expected a JSON object for an article, got a number"


def test_a_json_array_of_ninjs_items_is_read_item_by_item(tmp_path: Path) -> None:
    ninjs = [
        {"uri": f"urn:x:{n}", "type": "text", "headlines": [{"value": f"Story {n}"}]}
        for n in (1, 2)
    ]
    (tmp_path / "items.json").write_text(json.dumps(ninjs), encoding="utf-8")
    assert _titles(tmp_path / "items.json") == ["Story 1", "Story 2"]


def test_a_jsonld_array_stays_one_document(tmp_path: Path) -> None:
    graph = [
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Rates rise"},
        {"@context": "https://schema.org", "@type": "Organization", "name": "The Planet"},
    ]
    (tmp_path / "page.json").write_text(json.dumps(graph), encoding="utf-8")
    results = list(iter_parse(tmp_path / "page.json"))
    assert [(r.position, r.article.title if r.article else r.reason) for r in results] == [
        (None, "Rates rise")
    ]


@pytest.mark.parametrize(
    "encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32", "utf-32-be"], ids=str
)
def test_unicode_files_with_a_byte_order_mark_are_read(tmp_path: Path, encoding: str) -> None:
    # Windows editors save "Unicode" text with a byte-order mark (UTF-16 LE by default); a
    # UTF-32 mark starts like UTF-16's and must not be read as UTF-16 text full of NULs.
    article = to_json(Article(title="Grève à la gare"))
    data = article.encode(encoding)
    if encoding in ("utf-16-be", "utf-32-be"):
        data = ("\ufeff" + article).encode(encoding)  # the -be codecs write no mark
    (tmp_path / "a.json").write_bytes(data)
    assert _titles(tmp_path / "a.json") == ["Grève à la gare"]
