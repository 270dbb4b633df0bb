"""``newsmodel validate`` on the command line: output, formats, exit codes, pre-commit."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from newsmodel.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "validate"
ROOT = Path(__file__).parents[1]
LINE = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<code>NM\d{3}) (?P<rest>.*)$"
)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["validate", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _issue_2_folder(folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(FIXTURES / "valid" / "full.json", folder / "valid.json")
    shutil.copy(FIXTURES / "invalid" / "broken.json", folder / "broken.json")
    shutil.copy(FIXTURES / "invalid" / "impossible_date.json", folder / "impossible_date.json")
    shutil.copy(FIXTURES / "invalid" / "binary.json", folder / "binary.json")
    return folder


def test_issue_2_done_when(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A valid file, broken JSON, an impossible date and a binary file: three precise lines,
    the valid file named as valid, exit 1."""
    monkeypatch.chdir(tmp_path)
    _issue_2_folder(tmp_path / "data")
    code, out, err = run(["--isolated", "data"], capsys)
    assert code == 1
    assert err == ""
    problems = [line for line in out.splitlines() if LINE.match(line)]
    assert problems == [
        "data/binary.json:1:1: NM003 binary data (a PNG image), not JSON",
        "data/broken.json:5:1: NM006 invalid JSON: Expecting value",
        "data/impossible_date.json:4:16: NM013 published: '2024-02-30' is not a valid ISO 8601 "
        "date: day is out of range for month",
    ]
    assert "data/valid.json: valid" in out.splitlines()
    assert "Traceback" not in out + err


def test_all_valid_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--isolated", str(FIXTURES / "valid" / "full.json")], capsys)
    assert code == 0
    assert out.splitlines()[-1] == "All 1 file valid (1 article)."


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--select", "NM999", "x.json"],
        ["--ignore", "E501", "x.json"],
        ["--severity", "NM140", "x.json"],
        ["--severity", "NM140=fatal", "x.json"],
        ["--format", "sarif", "x.json"],
        ["--fail-on", "sometimes", "x.json"],
        ["--max-bytes", "0", "x.json"],
        ["--config", "/nonexistent/pyproject.toml", "x.json"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(argv, capsys)
    assert code == 2
    assert err.strip()
    assert "Traceback" not in err


def test_unknown_code_in_pyproject_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.newsmodel.validate]\nignore = ["NM999"]\n')
    monkeypatch.chdir(tmp_path)
    code, _, err = run([str(FIXTURES / "valid" / "full.json")], capsys)
    assert code == 2
    assert "NM999" in err


def test_a_folder_without_article_files_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("not an article")
    code, out, err = run(["--isolated", str(tmp_path)], capsys)
    assert code == 0
    assert "no article files" in err
    assert out.strip() == "All 0 files valid (0 articles)."


def test_fail_on_and_severity_decide_the_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    legacy = str(FIXTURES / "valid" / "legacy_0x.json")  # only NM021, an info
    assert run(["--isolated", legacy], capsys)[0] == 0
    assert run(["--isolated", "--fail-on", "info", legacy], capsys)[0] == 1
    assert run(["--isolated", "--severity", "NM021=error", legacy], capsys)[0] == 1
    assert run(["--isolated", "--ignore", "NM021", "--fail-on", "info", legacy], capsys)[0] == 0


def test_json_format(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    code, out, _ = run(["--isolated", "--format", "json", "invalid", "valid/full.json"], capsys)
    assert code == 1
    document = json.loads(out)
    by_path = {f["path"]: f for f in document["files"]}
    assert by_path["valid/full.json"]["valid"] is True
    (problem,) = by_path[os.path.join("invalid", "impossible_date.json")]["diagnostics"]
    assert problem == {
        "code": "NM013",
        "name": "invalid-value",
        "severity": "error",
        "path": "published",
        "line": 4,
        "column": 16,
        "message": "'2024-02-30' is not a valid ISO 8601 date: day is out of range for month",
    }
    assert document["summary"]["by_code"]["NM003"] == 1
    assert document["summary"]["failed"] is True


def test_github_format_annotates_the_right_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _issue_2_folder(tmp_path / "data")
    code, out, _ = run(["--isolated", "--format", "github", "data"], capsys)
    assert code == 1
    annotations = [line for line in out.splitlines() if line.startswith("::")]
    assert annotations == [
        "::error file=data/binary.json,line=1,col=1,title=NM003 binary-input"
        "::binary data (a PNG image), not JSON",
        "::error file=data/broken.json,line=5,col=1,title=NM006 invalid-json"
        "::invalid JSON: Expecting value",
        "::error file=data/impossible_date.json,line=4,col=16,title=NM013 invalid-value"
        "::published: '2024-02-30' is not a valid ISO 8601 date: day is out of range for month",
    ]
    date_file = (tmp_path / "data" / "impossible_date.json").read_text().splitlines()
    assert date_file[3][15:].startswith('"2024-02-30"')


def test_github_format_escapes_properties() -> None:
    from newsmodel._validate_output import _gh_data, _gh_property

    assert _gh_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    assert _gh_data("50% done\r\n") == "50%25 done%0D%0A"


def test_junit_format(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    code, out, _ = run(["--isolated", "--format", "junit", "invalid", "valid"], capsys)
    assert code == 1
    root = ET.fromstring(out.split("\n", 1)[1])
    suite = root.find("testsuite")
    assert suite is not None
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert suite.get("tests") == str(len(cases)) == "17"
    failed = {name for name, case in cases.items() if case.find("failure") is not None}
    assert suite.get("failures") == str(len(failed))
    assert "valid/full.json" not in failed
    assert os.path.join("invalid", "broken.json") in failed
    legacy = cases[os.path.join("valid", "legacy_0x.json")]  # an info: passes, noted
    assert legacy.find("failure") is None
    assert legacy.find("system-out") is not None


def test_output_file_and_quiet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.txt"
    code, out, _ = run(
        ["--isolated", "-q", "-o", str(report), str(FIXTURES / "invalid"), str(FIXTURES / "valid")],
        capsys,
    )
    assert code == 1
    assert out == ""
    lines = report.read_text(encoding="utf-8").splitlines()
    assert lines
    assert all(LINE.match(line) for line in lines)


def test_list_rules(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--list-rules"], capsys)
    assert code == 0
    assert out.splitlines()[0].startswith("NM001  error")
    assert any(line.startswith("NM140  warning  author-is-job-title") for line in out.splitlines())


def test_the_installed_command_runs(tmp_path: Path) -> None:
    """The console script, end to end, as pre-commit and CI call it."""
    done = subprocess.run(
        [sys.executable, "-m", "newsmodel", "validate", "--isolated", str(FIXTURES / "valid")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ((FIXTURES / "valid" / "full.json").read_bytes(), "-: valid"),
        ((FIXTURES / "valid" / "two.jsonl").read_bytes(), "-: valid"),
        (
            (FIXTURES / "invalid" / "mixed.jsonl").read_bytes(),
            "-:2:44: NM006 invalid JSON: Expecting ',' delimiter",
        ),
        (b'{"schema_version": "1.0",\n "published": "2024-02-30"}', "-:2:15: NM013 published"),
    ],
)
def test_standard_input(data: bytes, expected: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsmodel", "validate", "--isolated", "-"],
        input=data,
        capture_output=True,
        check=False,
        timeout=120,
    )
    out = done.stdout.decode()
    assert expected in out, out + done.stderr.decode()
    assert done.returncode == (0 if expected.endswith("valid") else 1)


# --------------------------------------------------------------------------- pre-commit


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_issue_7_done_when_pre_commit(tmp_path: Path) -> None:
    """A repository with valid and invalid article files, a pyproject.toml that ignores one
    rule, and the hook of .pre-commit-hooks.yaml: it fails on exactly the expected files and
    codes.

    pre-commit itself runs the hook when it is installed. The hook definition is taken from
    this repository's .pre-commit-hooks.yaml; only ``language`` becomes ``system`` (and the
    entry the installed console script), because building a ``language: python`` environment
    would download newsmodel's dependencies, and the tests run offline.
    """
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "newsmodel-validate"
    assert hook["language"] == "python"
    script = Path(sys.executable).with_name("newsmodel")
    entry = hook["entry"].replace("newsmodel", str(script), 1)
    local = dict(hook, language="system", entry=entry)

    repo = tmp_path / "repo"
    (repo / "articles" / "2024").mkdir(parents=True)
    shutil.copy(FIXTURES / "valid" / "full.json", repo / "articles" / "2024" / "meta.json")
    shutil.copy(FIXTURES / "valid" / "minimal.json", repo / "articles" / "minimal.json")
    shutil.copy(FIXTURES / "invalid" / "impossible_date.json", repo / "articles" / "leap.json")
    shutil.copy(FIXTURES / "invalid" / "urls_authors.json", repo / "articles" / "people.json")
    shutil.copy(FIXTURES / "invalid" / "mixed.jsonl", repo / "articles" / "feed.jsonl")
    (repo / "notes.txt").write_text("not an article\n")
    (repo / "package.json").write_text("{}\n")  # a JSON file that is no article: flagged
    (repo / "pyproject.toml").write_text(
        "[tool.newsmodel.validate]\n"
        'ignore = ["NM152"]          # blank subtitles are fine here\n'
        'severity = { NM140 = "error" }\n'
    )
    (repo / ".pre-commit-config.yaml").write_text(
        yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]})
    )
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    pre_commit = shutil.which("pre-commit", path=str(Path(sys.executable).parent))
    if pre_commit is not None:
        command = [pre_commit, "run", "--all-files", "--color", "never"]
    else:  # the hook's command exactly as pre-commit would call it, with the matching files
        pattern = re.compile(local["files"])
        files = sorted(
            str(p.relative_to(repo)) for p in repo.rglob("*") if p.is_file()
            and ".git" not in p.parts and pattern.search(str(p))
        )  # fmt: skip
        command = [*entry.split(), *local.get("args", []), *files]
    done = subprocess.run(
        command, cwd=repo, env=env, capture_output=True, text=True, timeout=240, check=False
    )
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    found = sorted(
        (m["file"], m["code"]) for m in map(LINE.match, output.splitlines()) if m is not None
    )
    assert found == [
        ("articles/feed.jsonl", "NM006"),
        ("articles/feed.jsonl", "NM150"),
        ("articles/leap.json", "NM013"),
        ("articles/people.json", "NM112"),
        ("articles/people.json", "NM130"),
        ("articles/people.json", "NM130"),
        ("articles/people.json", "NM140"),
        ("articles/people.json", "NM141"),
        ("articles/people.json", "NM142"),
        ("articles/people.json", "NM151"),
        ("articles/people.json", "NM160"),
        ("articles/people.json", "NM161"),
        ("package.json", "NM021"),
        ("package.json", "NM150"),
    ], output
    assert "NM152" not in output  # ignored by the repository's pyproject.toml
    if pre_commit is not None:
        assert "newsmodel validate" in output
        assert "Failed" in output
