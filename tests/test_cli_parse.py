"""``newsmodel parse`` (and ``schema``) as a user runs them: exit codes, one-line reasons on
stderr, nothing lost, counts, the error report, the progress line and Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsmodel import Article, json_schema, to_json
from newsmodel.cli import main

Capture = pytest.CaptureFixture[str]


def _article(title: str) -> Article:
    return Article(title=title, url=f"https://example.org/{title.replace(' ', '-')}")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "1-good.json").write_text(to_json(_article("good one")), encoding="utf-8")
    (folder / "2-broken.json").write_text('{"title": ', encoding="utf-8")
    (folder / "3-binary.dat").write_bytes(b"\x00\x01\x02binary")
    (folder / "4-empty.json").write_bytes(b"")
    (folder / "5-types.json").write_text('{"title": 1, "language": "??"}', encoding="utf-8")
    (folder / "6-good.json").write_text(to_json(_article("good two")), encoding="utf-8")
    return folder


def test_one_file_gives_a_json_document(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "a.json"
    path.write_text(to_json(_article("alone")), encoding="utf-8")
    assert main(["parse", str(path)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("{\n  ")
    assert Article.model_validate_json(out) == _article("alone")
    assert err == "newsmodel: read 1, parsed 1, failed 0, skipped 0\n"


def test_a_folder_gives_json_lines_and_one_line_per_bad_file(
    tmp_path: Path, capsys: Capture
) -> None:
    folder = _folder(tmp_path)
    assert main(["parse", str(folder)]) == 1
    out, err = capsys.readouterr()
    titles = [json.loads(line)["title"] for line in out.splitlines()]
    assert titles == ["good one", "good two"]
    assert err.splitlines() == [
        f"{folder}/2-broken.json: line 1, column 11: invalid JSON: Expecting value",
        f"{folder}/3-binary.dat: binary data (NUL byte at offset 0)",
        f"{folder}/4-empty.json: empty input",
        f"{folder}/5-types.json: title: Input should be a valid string (and 1 more)",
        "newsmodel: read 6, parsed 2, failed 4, skipped 0",
    ]


def test_the_error_report_accounts_for_every_failure(tmp_path: Path, capsys: Capture) -> None:
    folder = _folder(tmp_path)
    report = tmp_path / "errors.jsonl"
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(folder), "-o", str(out), "--errors", str(report)]) == 1
    entries = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert [(Path(e["input"]).name, e["position"], e["status"]) for e in entries] == [
        ("2-broken.json", None, "failed"),
        ("3-binary.dat", None, "failed"),
        ("4-empty.json", None, "failed"),
        ("5-types.json", None, "failed"),
    ]
    assert all(e["reason"] for e in entries)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    assert capsys.readouterr().out == ""


def test_jobs_keep_the_input_order(tmp_path: Path, capsys: Capture) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(to_json(_article(f"n{i}")) + "\n" for i in range(120)), "utf-8")
    assert main(["parse", str(dump), "--jobs", "2", "--to", "jsonl"]) == 0
    out = capsys.readouterr().out
    assert [json.loads(line)["title"] for line in out.splitlines()] == [f"n{i}" for i in range(120)]


def test_jsonl_output_even_for_one_file(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "a.json"
    path.write_text(to_json(_article("alone")), encoding="utf-8")
    assert main(["parse", str(path), "--to", "jsonl"]) == 0
    assert capsys.readouterr().out.count("\n") == 1


def test_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: Capture) -> None:
    import io

    data = io.TextIOWrapper(io.BytesIO(to_json(_article("piped")).encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", data)
    assert main(["parse", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "piped"


def test_from_forces_the_format(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "article.txt"
    path.write_text(to_json(_article("json in a .txt")), encoding="utf-8")
    assert main(["parse", str(path), "--from", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "json in a .txt"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["parse"], "give at least one PATH"),
        (["parse", "--example", "x.txt"], "--example takes no PATH"),
        (["parse", "x", "--jobs", "0"], "--jobs must be at least 1"),
        (["parse", "x", "--to", "parquet"], "--to parquet needs -o FILE"),
        (["parse", "a", "b", "--to", "text"], "--to text writes one file per article"),
        (["parse", "x", "--to", "yaml"], "invalid choice"),
        (["parse", "x", "--from", "pdf"], "invalid choice"),
    ],
)
def test_usage_errors_exit_2(argv: list[str], message: str, capsys: Capture) -> None:
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_an_unwritable_output_is_one_line(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "a.json"
    path.write_text(to_json(_article("x")), encoding="utf-8")
    assert main(["parse", str(path), "-o", str(tmp_path / "no" / "such" / "dir.json")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "No such file or directory" in err


def test_the_progress_line_shows_counts_and_a_rate(tmp_path: Path, capsys: Capture) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(to_json(_article(f"n{i}")) + "\n" for i in range(50)), "utf-8")
    assert main(["parse", str(dump), "--progress", "always", "-o", str(tmp_path / "o")]) == 0
    err = capsys.readouterr().err
    assert "[####################] 1/1 files · " in err or "parsed · 0 failed" in err
    assert "/s · 00:0" in err
    assert err.endswith("newsmodel: read 50, parsed 50, failed 0, skipped 0\n")


def test_no_progress_line_when_stderr_is_not_a_terminal(tmp_path: Path, capsys: Capture) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(to_json(_article("x")) + "\n", "utf-8")
    assert main(["parse", str(dump)]) == 0
    assert "/s" not in capsys.readouterr().err


def test_an_output_in_a_missing_folder_is_a_clear_error(tmp_path: Path, capsys: Capture) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.json").write_text(to_json(_article(f"title {name}")), "utf-8")
    out = tmp_path / "out"
    code = main(["parse", str(folder), "--to", "json", "-o", str(out / "all.jsonl")])
    assert code == 1  # the folder for -o does not exist yet: a clear error, exit 1
    assert "No such file or directory" in capsys.readouterr().err
    out.mkdir()
    assert main(["parse", str(folder), "--to", "jsonl", "-o", str(out / "all.jsonl")]) == 0
    assert len((out / "all.jsonl").read_text("utf-8").splitlines()) == 2


def test_document_formats_write_one_file_per_article(tmp_path: Path, capsys: Capture) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(to_json(_article("first")) + "\n" + to_json(_article("second")), "utf-8")
    out = tmp_path / "out"
    assert main(["parse", str(dump), "--to", "json", "-o", str(out / "x")]) == 1
    capsys.readouterr()
    assert main(["parse", str(dump), "--to", "jsonld", "-o", str(tmp_path / "ld.jsonl")]) == 0
    lines = (tmp_path / "ld.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(line)["headline"] for line in lines] == ["first", "second"]
    assert main(["parse", str(dump), "--to", "text", "-o", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["000001-dump.txt", "000002-dump.txt"]
    assert "first" in (out / "000001-dump.txt").read_text("utf-8")


def test_schema_prints_the_json_schema(capsys: Capture, tmp_path: Path) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == json_schema()
    target = tmp_path / "schema.json"
    assert main(["schema", "-o", str(target)]) == 0
    assert json.loads(target.read_text("utf-8"))["$id"].endswith("article-1.0.json")


def test_example_prints_the_seed_article(capsys: Capture) -> None:
    assert main(["parse", "--example"]) == 0
    out, err = capsys.readouterr()
    article = json.loads(out)
    assert article["section"] == "nouvelles"
    assert article["published"] == "2024-07-24"
    assert article["language"] == "fr"
    assert article["authors"][0]["name"] == "Qi Qian"
    assert article["rights"]["holder"] == "Observer.com"
    assert len(article["variants"]) == 14
    assert "parsed 1, failed 0" in err


def test_no_quotes_skips_the_quote_layer_only(capsys: Capture) -> None:
    assert main(["parse", "--example"]) == 0
    full = json.loads(capsys.readouterr().out)
    assert main(["parse", "--example", "--no-quotes"]) == 0
    bare = json.loads(capsys.readouterr().out)
    quote_layer = ("quotes", "people", "organizations", "sources")
    assert all(full[key] for key in quote_layer)
    assert all(bare[key] == [] for key in quote_layer)
    for key in ("title", "section", "published", "language", "body", "variants", "rights"):
        assert bare[key] == full[key]
    assert [a["name"] for a in bare["authors"]] == [a["name"] for a in full["authors"]]
    # Only the quote layer's own diagnostics (NM4xx) are missing.
    assert [d for d in full["diagnostics"] if not d["code"].startswith("NM4")] == bare[
        "diagnostics"
    ]


def _interrupt(argv: list[str], target: Path, *, ready: int) -> tuple[int, str]:
    """Run ``newsmodel`` with ``argv``, press Ctrl-C once ``target`` holds ``ready`` bytes."""
    process = subprocess.Popen(
        [sys.executable, "-m", "newsmodel", *argv],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if target.exists() and target.stat().st_size >= ready:
            break
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole group
    _, err = process.communicate(timeout=60)
    return process.returncode, err


def _big_dump(tmp_path: Path) -> Path:
    dump = tmp_path / "dump.jsonl"
    line = to_json(Article(title="t", keywords=("a", "b"))) + "\n"
    with open(dump, "w", encoding="utf-8") as out:
        for _ in range(8):
            out.write(line * 25_000)
    return dump


def test_ctrl_c_stops_cleanly_with_valid_output(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    code, err = _interrupt([*_args(_big_dump(tmp_path)), "-o", str(target), "-j", "2"], target,
                           ready=1)  # fmt: skip
    assert code == 130, err
    assert "Traceback" not in err
    assert "newsmodel: interrupted" in err
    assert "newsmodel: read " in err
    lines = target.read_text(encoding="utf-8").splitlines()
    assert 0 < len(lines) < 200_000
    for text in lines:
        json.loads(text)


def test_ctrl_c_leaves_a_valid_parquet_file(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="the parquet extra is not installed")
    target = tmp_path / "out.parquet"
    argv = [*_args(_big_dump(tmp_path)), "--to", "parquet", "-o", str(target)]
    code, err = _interrupt(argv, target, ready=4096)  # a first row group is written
    assert code == 130, err
    assert "Traceback" not in err
    rows = pq.read_table(target).num_rows
    assert 1000 <= rows < 200_000


def _args(dump: Path) -> list[str]:
    return ["parse", str(dump)]


@pytest.mark.parametrize("fmt", ["html", "nitf", "ninjs", "jsonld", "text"])
def test_example_in_every_output_format(fmt: str, capsys: Capture, seed_text: str) -> None:
    from newsmodel import dump, parse_text

    assert main(["parse", "--example", "--to", fmt]) == 0
    out = capsys.readouterr().out
    expected = dump(parse_text(seed_text), fmt)
    if fmt in ("ninjs", "jsonld"):
        assert json.loads(out) == json.loads(expected)
    else:
        assert out == expected
    if fmt == "text":
        assert out == seed_text  # byte for byte


@pytest.mark.parametrize("fmt", ["ninjs", "jsonld", "nitf", "html"])
def test_every_format_is_read_back_by_detection(
    fmt: str, tmp_path: Path, capsys: Capture, seed_text: str
) -> None:
    from newsmodel import dump, load, parse_text

    written = dump(parse_text(seed_text), fmt)
    path = tmp_path / f"article.{'xml' if fmt == 'nitf' else 'html' if fmt == 'html' else 'json'}"
    path.write_text(written, encoding="utf-8")
    assert main(["parse", str(path)]) == 0
    parsed = Article.model_validate_json(capsys.readouterr().out)
    assert parsed == load(written, fmt)


def test_bench_pages_parse_as_the_library_does(shared: Path, capsys: Capture) -> None:
    import gzip

    from newsmodel import parse_html

    pages = sorted((shared / "bench" / "article-extraction" / "html").glob("*.html.gz"))[:3]
    assert main(["parse", *map(str, pages), "--jobs", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [Article.model_validate_json(line) for line in lines] == [
        parse_html(gzip.decompress(page.read_bytes())) for page in pages
    ]


@pytest.mark.parametrize(("count", "to"), [(2, "jsonl"), (3000, "jsonl"), (2, "parquet")])
def test_a_full_disk_is_a_reason_and_exit_1(
    count: int, to: str, tmp_path: Path, capsys: Capture
) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(to_json(_article(f"n{i}")) + "\n" for i in range(count)), "utf-8")
    assert main(["parse", str(dump), "--to", to, "-o", "/dev/full"]) == 1
    err = capsys.readouterr().err
    assert "/dev/full" in err
    assert "No space left on device" in err
    assert "Traceback" not in err


def test_errors_dash_writes_the_report_to_standard_output(tmp_path: Path, capsys: Capture) -> None:
    (tmp_path / "good.txt").write_text("A title\n\nA paragraph of text.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(tmp_path / "good.txt"), str(tmp_path / "empty.txt"),
                 "-o", str(out), "--errors", "-"]) == 1  # fmt: skip
    report = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(entry["input"], entry["status"]) for entry in report] == [
        (str(tmp_path / "empty.txt"), "failed")
    ]
    assert not (Path.cwd() / "-").exists()
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_errors_dash_and_articles_on_standard_output_is_a_usage_error(
    tmp_path: Path, capsys: Capture
) -> None:
    (tmp_path / "good.txt").write_text("A title\n\nA paragraph of text.\n", encoding="utf-8")
    assert main(["parse", str(tmp_path / "good.txt"), "--errors", "-"]) == 2
    assert "--errors - and the articles would both go to standard output" in capsys.readouterr().err


def test_errors_dash_writes_utf8_whatever_the_locale(tmp_path: Path) -> None:
    """A non-ASCII file name in the report, with standard output in ASCII (a C locale):
    the report is written as UTF-8, as the articles are, not a UnicodeEncodeError."""
    bad = tmp_path / "café.json"
    bad.write_text("{", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run(
        [sys.executable, "-m", "newsmodel", "parse", str(bad), "-o", str(tmp_path / "o.jsonl"),
         "--errors", "-"],
        capture_output=True, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr
    (entry,) = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert (entry["input"], entry["status"]) == (str(bad), "failed")
