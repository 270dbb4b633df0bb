"""newsmodel.validate: one test per rule code, positions, migration, configuration, fuzzing."""

from __future__ import annotations

import copy
import io
import json
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pydantic_core
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import Article, Paragraph, Severity, to_json
from newsmodel._rules_validate import MOJIBAKE, RULES, RULES_BY_CODE
from newsmodel._validate_output import write_text
from newsmodel._validate_positions import PositionIndex, format_path, line_column
from newsmodel.validate import (
    ConfigError,
    ValidateConfig,
    _fields_given,
    load_config,
    validate_article,
    validate_files,
    validate_json,
)
from tests.strategies import articles

FIXTURES = Path(__file__).parent / "fixtures" / "validate"
FULL = FIXTURES / "valid" / "full.json"
DOCS = Path(__file__).parents[1] / "docs" / "validate.md"
NOW = datetime(2026, 1, 1, 12, 0)
CONFIG = ValidateConfig(now=NOW)
MARK = "@@MARK@@"
BODY = [{"type": "paragraph", "text": "Text."}]


def full() -> dict[str, Any]:
    value: dict[str, Any] = json.loads(FULL.read_text(encoding="utf-8"))
    return value


# --------------------------------------------------------------------------- golden


def test_fixture_folder_report_is_exactly_the_golden_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every fixture file, every code: the report a user sees, line for line."""
    monkeypatch.chdir(FIXTURES.parent)
    out = io.StringIO()
    summary = write_text(
        (r for r in validate_files(["validate"], config=CONFIG).files), out, quiet=False
    )
    expected_path = FIXTURES / "expected.txt"
    if os.environ.get("NEWSMODEL_REGEN"):
        expected_path.write_text(out.getvalue(), encoding="utf-8")
    assert out.getvalue() == expected_path.read_text(encoding="utf-8")
    assert summary.failed
    reported = set(summary.by_code)
    # NM001 (unreadable) and NM005 (too large) need files no repository should hold: tested below.
    assert reported | {"NM001", "NM005"} == {rule.code for rule in RULES}, "a code has no fixture"


def test_full_fixture_is_valid_under_every_rule() -> None:
    report = validate_files([FULL], config=CONFIG)
    assert report.files[0].valid
    assert not report.failed


# --------------------------------------------------------------------------- one case per rule


def _set(path: tuple[str | int, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def apply(doc: dict[str, Any]) -> None:
        target: Any = doc
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return apply


def _steps(*steps: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    def apply(doc: dict[str, Any]) -> None:
        for step in steps:
            step(doc)

    return apply


def _duplicate_variant(doc: dict[str, Any]) -> None:
    doc["variants"].append(dict(doc["variants"][1], label="English again"))


def _second_current(doc: dict[str, Any]) -> None:
    doc["variants"].append({"language": "fr-CA", "is_current": True})


def _duplicate_id(doc: dict[str, Any]) -> None:
    doc["organizations"].append({"type": "organization", "id": "p1", "name": "Clash"})


# (code, mutation, path of the offending value)
RULE_CASES: list[tuple[str, Callable[[dict[str, Any]], None], tuple[str | int, ...]]] = [
    ("NM101", _set(("quotes", 0, "end"), 999), ("quotes", 0, "end")),
    ("NM102", _set(("quotes", 0, "text"), "réaliste"), ("quotes", 0, "text")),
    (
        "NM103",
        _set(("quotes", 0, "speaker"), {"type": "person", "name": "Elon Musk"}),
        ("quotes", 0, "speaker"),
    ),
    (
        "NM104",
        _set(("quotes", 1, "source"), {"kind": "letter", "description": "une lettre"}),
        ("quotes", 1, "source"),
    ),
    (
        "NM105",
        _set(("sources", 0, "publisher"), {"type": "organization", "name": "Reuters"}),
        ("sources", 0, "publisher"),
    ),
    ("NM106", _duplicate_id, ("organizations", 2, "id")),
    ("NM110", _set(("updated",), "2024-07-01T09:00:00Z"), ("updated",)),
    ("NM111", _set(("sources", 0, "date"), "2031-05-01"), ("sources", 0, "date")),
    ("NM112", _set(("published",), "1650-05-01"), ("published",)),
    ("NM120", _set(("variants", 1, "language"), "iw"), ("variants", 1, "language")),
    ("NM121", _duplicate_variant, ("variants", 3, "language")),
    ("NM122", _set(("language",), "de"), ("variants", 2, "language")),
    ("NM123", _second_current, ("variants", 3, "is_current")),
    ("NM130", _set(("images", 0, "url"), "//cdn.example.com/a.jpg"), ("images", 0, "url")),
    ("NM140", _set(("authors", 0, "name"), "La Rédaction"), ("authors", 0, "name")),
    ("NM141", _set(("authors", 0, "name"), "Reuters"), ("authors", 0, "name")),
    ("NM142", _set(("authors", 0, "name"), "Observer.com"), ("authors", 0, "name")),
    ("NM150", _steps(_set(("body",), []), _set(("quotes",), [])), ("body",)),
    ("NM151", _set(("title",), "Observer Network"), ("title",)),
    ("NM152", _set(("section",), ""), ("section",)),
    ("NM160", _set(("rights", "holder"), "ObservÃ©r"), ("rights", "holder")),
    ("NM161", _set(("keywords", 1), "M\ufffdta"), ("keywords", 1)),
]


def _offset_of(doc: dict[str, Any], path: tuple[str | int, ...]) -> tuple[str, int]:
    """The JSON text of ``doc`` and the offset of the value at ``path``, found independently
    of the scanner: the value is swapped for a marker, whose offset is the same."""
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    marked = copy.deepcopy(doc)
    _set(path, MARK)(marked)
    return text, json.dumps(marked, ensure_ascii=False, indent=2).index(json.dumps(MARK))


@pytest.mark.parametrize(("code", "mutate", "path"), RULE_CASES, ids=[c[0] for c in RULE_CASES])
def test_rule_reports_its_code_at_the_offending_value(
    code: str, mutate: Callable[[dict[str, Any]], None], path: tuple[str | int, ...]
) -> None:
    doc = full()
    mutate(doc)
    text, offset = _offset_of(doc, path)
    diagnostics = validate_json(text, config=CONFIG)
    assert [d.code for d in diagnostics] == [code], diagnostics
    diagnostic = diagnostics[0]
    line, column = line_column(text, offset)
    assert (diagnostic.line, diagnostic.column) == (line, column)
    assert diagnostic.severity == RULES_BY_CODE[code].severity
    assert diagnostic.message
    assert "\n" not in diagnostic.message


def test_every_data_rule_has_a_case() -> None:
    codes = {rule.code for rule in RULES if rule.code.startswith("NM1")}
    assert codes - {c[0] for c in RULE_CASES} == {"NM170", "NM171"}  # tested across files


def test_duplicates_across_files(tmp_path: Path) -> None:
    doc = full()
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(json.dumps(doc, indent=2), encoding="utf-8")
    other = dict(doc, url="https://example.com/other", canonical_url=None)
    (tmp_path / "c.jsonl").write_text(json.dumps(other) + "\n", encoding="utf-8")
    report = validate_files([tmp_path], config=CONFIG)
    codes = {r.path.rsplit(os.sep, 1)[-1]: [d.code for d in r.diagnostics] for r in report.files}
    assert codes == {"a.json": [], "b.json": ["NM170", "NM171"], "c.jsonl": ["NM171"]}
    b = report.files[1].diagnostics[0]
    assert b.path == "canonical_url"
    assert "a.json:1" in b.message


def test_is_current_variant_may_refine_the_article_language() -> None:
    doc = full()
    doc["language"] = "fr-FR"
    assert validate_json(json.dumps(doc), config=CONFIG) == []


@pytest.mark.parametrize(
    ("published", "updated", "flagged"),
    [
        ("2024-07-24", "2024-07-24T01:00:00", False),  # naive time on the same day
        ("2024-07-24", "2024-07-22T23:00:00+00:00", True),
        ("2024-07-24T10:00:00+02:00", "2024-07-24T08:30:00Z", False),  # same instant
        ("2024-07-24T10:00:00+02:00", "2024-07-24T07:59:00Z", True),
        ("2024-07-24T10:00:00", "2024-07-24T09:00:00+00:00", False),  # naive: offset unknown
        ("2024-07-24T10:00:00", "2024-07-22T09:00:00", True),
        ("2024-07-24", "2024-07-23", False),  # a day apart, zones unknown: not provable
        ("2024-07-24", "2024-07-21", True),
    ],
)
def test_updated_before_published_minds_date_and_offsets(
    published: str, updated: str, flagged: bool
) -> None:
    article = Article(
        body=(Paragraph(text="x"),),
        published=published,  # type: ignore[arg-type]
        updated=updated,  # type: ignore[arg-type]
    )
    codes = [d.code for d in validate_article(article, config=CONFIG)]
    assert codes == (["NM110"] if flagged else [])


@pytest.mark.parametrize(
    "text",
    ["Ã©tÃ©", "lâ€™idÃ©e", "prix Â\u00a010", "ï»¿Titre", "Ä°stanbul", "Ã\u2030cole"],
)
def test_mojibake_is_found(text: str) -> None:
    assert MOJIBAKE.search(text)


@pytest.mark.parametrize(
    "text", ["été", "l’idée", "SÃO PAULO", "Ärger", "Åsa Ölund", "Ñandú", "âge", "© 2024"]
)
def test_real_text_is_not_mojibake(text: str) -> None:
    assert not MOJIBAKE.search(text)
    doc = full()
    doc["subtitle"] = text
    assert validate_json(json.dumps(doc), config=CONFIG) == []


def test_escaped_mojibake_is_found_too() -> None:
    doc = full()
    doc["subtitle"] = "Caf\u00c3\u00a9"
    text = json.dumps(doc, ensure_ascii=True)
    assert [d.code for d in validate_json(text, config=CONFIG)] == ["NM160"]


# --------------------------------------------------------------------------- schema and input


def test_issue_2_impossible_date_is_pointed_at() -> None:
    text = '{\n  "schema_version": "1.0",\n  "published": "2024-02-30"\n}'
    (diagnostic,) = validate_json(text)
    assert (diagnostic.code, diagnostic.path, diagnostic.line, diagnostic.column) == (
        "NM013",
        "published",
        3,
        16,
    )
    assert "2024-02-30" in diagnostic.message


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "NM002"),
        (b"   \n", "NM002"),
        (b"\x00\x01\x02binary", "NM003"),
        (b"%PDF-1.7\n", "NM003"),
        (b'{"title": "caf\xe9"}', "NM004"),
        (b'{"title": ', "NM006"),
        (b'{"title": "a"} trailing', "NM006"),
        (b"[" * 100_000, "NM006"),
        (b"42", "NM007"),
        (b'"an article"', "NM007"),
        (b'{"schema_version": "1.0", "title": ["a"]}', "NM012"),
        (b'{"schema_version": 1.0}', "NM020"),
        (b'{"schema_version": "9"}', "NM020"),
    ],
)
def test_bad_input_gets_one_line_and_a_code(data: bytes, code: str) -> None:
    diagnostics = validate_json(data)
    assert [d.code for d in diagnostics] == [code]
    assert "\n" not in diagnostics[0].message


def test_a_byte_order_mark_is_accepted() -> None:
    text = json.dumps({"schema_version": "1.0", "body": BODY, "published": "2024-02-30"})
    assert validate_json(b"\xef\xbb\xbf" + json.dumps(json.loads(text) | {"published": None})
                         .encode()) == []  # fmt: skip
    (diagnostic,) = validate_json(b"\xef\xbb\xbf" + text.encode())
    assert (diagnostic.code, diagnostic.path) == ("NM013", "published")


def test_nan_is_invalid_json_at_its_place() -> None:
    # RFC 8259 has no NaN or Infinity (Python's json module writes them); pydantic reads them.
    text = (
        '{"schema_version": "1.0", "body": [],\n "images": [{"url": "https://a/b", "width": NaN}]}'
    )
    (diagnostic,) = validate_json(text)
    assert (diagnostic.code, diagnostic.line, diagnostic.column) == ("NM006", 2, 45)
    assert diagnostic.message == "invalid JSON: NaN is not a JSON value"
    (diagnostic,) = validate_json('{"title": "Infinity", "x": -Infinity}')
    assert (diagnostic.code, diagnostic.column) == ("NM006", 28)


def test_an_unpaired_surrogate_escape_is_invalid_json() -> None:
    # "\ud800" alone is no character: the text cannot be written out as UTF-8. An escaped
    # backslash before "ud800" and a whole pair are fine.
    text = r'{"schema_version": "1.0", "title": "caf\u00e9 \\ud800 \ud83d\ude00 \ud800x"}'
    (diagnostic,) = validate_json(text)
    assert (diagnostic.code, diagnostic.column) == ("NM006", 68)
    assert (
        diagnostic.message == r"invalid JSON: \ud800 is half of a surrogate pair, not a character"
    )


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("quotes", 0, "start"), "2", "should be a valid integer, got '2'"),
        (("quotes", 0, "start"), True, "should be a valid integer, got true"),
        (("quotes", 0, "start"), 2.5, "should be a valid integer, got 2.5"),
        (("machine_translated",), 0, "should be a valid boolean, got 0"),
        (("title",), 42, "should be a valid string, got 42"),
    ],
)
def test_json_types_are_checked_as_written(
    path: tuple[str | int, ...], value: Any, message: str
) -> None:
    # The reader converts "2" and true to 2; the linter says the JSON type is wrong.
    doc = {
        "schema_version": "1.0",
        "body": [{"type": "paragraph", "text": "« Oui », dit-il."}],
        "quotes": [{"text": "Oui", "kind": "direct", "block": 0, "start": 2, "end": 5}],
    }
    _set(path, value)(doc)
    text = json.dumps(doc)
    (diagnostic,) = validate_json(text, config=CONFIG)
    assert (diagnostic.code, diagnostic.path, diagnostic.message) == (
        "NM012",
        format_path(path),
        message,
    )
    assert text[diagnostic.column - 1 :].startswith(json.dumps(value))


def test_migrated_json_types_are_checked_as_written() -> None:
    text = '{"title": "Ancien", "date": "2019-03-04", "text": "Un.", "machine_translated": "no"}'
    codes = [(d.code, d.path) for d in validate_json(text, config=CONFIG)]
    assert codes == [("NM021", None), ("NM012", "machine_translated")]


@pytest.mark.parametrize(
    ("data", "name"),
    [
        ('{"title": "é"}'.encode("utf-16"), "UTF-16"),
        ('{"title": "é"}'.encode("utf-16-le"), "UTF-16"),
        ('{"title": "é"}'.encode("utf-16-be"), "UTF-16"),
        ('{"title": "é"}'.encode("utf-32"), "UTF-32"),
    ],
)
def test_utf16_and_utf32_are_not_utf8_not_binary(data: bytes, name: str) -> None:
    (diagnostic,) = validate_json(data)
    assert diagnostic.code == "NM004"
    assert diagnostic.message == f"not UTF-8: the text is {name}; article JSON is UTF-8"
    (diagnostic,) = validate_json(data, lines=True)
    assert diagnostic.code == "NM004"


def test_not_utf8_points_at_the_byte() -> None:
    (diagnostic,) = validate_json(b'{\n  "title": "d\xe9j\xe0"\n}')
    assert (diagnostic.line, diagnostic.column) == (2, 14)
    assert "0xe9" in diagnostic.message


def test_union_tags_are_dropped_from_paths() -> None:
    doc = {"schema_version": "1.0", "quotes": [{"text": "x", "kind": "direct", "block": 0,
           "start": 0, "end": 1, "speaker": {"type": "person", "name": ""}}]}  # fmt: skip
    (diagnostic,) = validate_json(json.dumps(doc))
    assert diagnostic.path == "quotes[0].speaker.name"


def test_json_lines_positions_are_per_line() -> None:
    lines = [
        json.dumps({"schema_version": "1.0", "title": "ok", "body": BODY}),
        "",
        json.dumps({"schema_version": "1.0", "body": BODY, "published": "2023-13-01"}),
    ]
    (diagnostic,) = validate_json("\n".join(lines) + "\n", lines=True)
    assert (diagnostic.line, diagnostic.code) == (3, "NM013")
    assert lines[2][diagnostic.column - 1 :].startswith('"2023-13-01"')


def test_a_pretty_printed_json_lines_file_is_one_problem_not_one_per_line(
    tmp_path: Path,
) -> None:
    doc = {"schema_version": "1.0", "title": "ok", "body": BODY}
    text = json.dumps(doc, indent=2) + "\n"
    message = (
        "invalid JSON Lines: one JSON document over 10 lines, where JSON Lines holds "
        "one article a line"
    )
    (diagnostic,) = validate_json(text, lines=True)
    assert (diagnostic.code, diagnostic.line, diagnostic.column) == ("NM006", 1, 1)
    assert diagnostic.message == message
    path = tmp_path / "pretty.jsonl"
    path.write_text(text, encoding="utf-8")
    (result,) = validate_files([path]).files
    assert [(d.code, d.line, d.message) for d in result.diagnostics] == [("NM006", 1, message)]
    # A broken first line of real JSON Lines is still reported line by line.
    broken = "{\n" + json.dumps(doc) + "\n"
    codes = [(d.code, d.line) for d in validate_json(broken, lines=True)]
    assert codes == [("NM006", 1)]


def test_a_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "huge.json"
    with big.open("wb") as handle:  # 100 MB, sparse: the size is checked before reading
        handle.truncate(100 * 1024 * 1024)
    small = tmp_path / "small.json"
    small.write_text(json.dumps({"schema_version": "1.0", "body": BODY}), encoding="utf-8")
    report = validate_files([big, small])
    assert [d.code for d in report.files[0].diagnostics] == ["NM005"]
    assert report.files[1].valid


def test_an_over_long_json_lines_line_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    ok = json.dumps({"schema_version": "1.0", "title": "ok", "body": BODY})
    path.write_text(f'{ok}\n{{"title": "{"x" * 5000}"}}\n{ok[:-1]}, "section": 3}}\n')
    report = validate_files([path], config=ValidateConfig(max_bytes=1000, now=NOW))
    problems = [(d.line, d.code) for d in report.files[0].diagnostics]
    assert problems == [(2, "NM005"), (3, "NM012")]
    assert report.files[0].records == 3


def test_missing_paths_and_folders_are_reported_not_raised(tmp_path: Path) -> None:
    report = validate_files([tmp_path / "nope.json", tmp_path])
    assert [d.code for d in report.files[0].diagnostics] == ["NM001"]
    assert len(report.files) == 1  # the empty folder holds no article files


# --------------------------------------------------------------------------- positions


def test_position_index_records_keys_and_values() -> None:
    text = '{"a": [1, {"b": "x\\"y"}], "c": null}'
    index = PositionIndex(text)
    assert index.value_offset(("a", 1, "b")) == text.index('"x')
    assert index.key_offset(("c",)) == text.index('"c"')
    assert index.value_offset(("zz",)) is None
    assert index.resolve(["a", 1, "tag", "b"]) == (("a", 1, "b"), text.index('"x'))
    assert index.resolve(["a", 1, "missing"], missing=True) == (
        ("a", 1, "missing"),
        text.index('{"b"'),
    )


def test_position_index_survives_broken_text() -> None:
    index = PositionIndex('{"a": 1, "b": [tru')
    assert index.value_offset(("a",)) == 6


# --------------------------------------------------------------------------- schema versions


def test_unversioned_json_is_migrated_from_0x() -> None:
    legacy = {
        "title": "Ancien",
        "lang": "fr",
        "date": "2019-03-04",
        "authors": ["Marie Curie"],
        "text": "Un.\n\nDeux.",
        "tags": ["a"],
    }
    diagnostics = validate_json(json.dumps(legacy))
    assert [(d.code, d.severity) for d in diagnostics] == [("NM021", Severity.INFO)]


def test_migrated_problems_point_at_the_old_field() -> None:
    text = '{"title": "Ancien", "date": "2019-02-30", "text": "Un."}'
    codes = [(d.code, d.path, d.column) for d in validate_json(text)]
    assert codes == [("NM021", None, 1), ("NM013", "date", text.index('"2019') + 1)]
    text = '{"title": "Ancien", "date": "2999-02-03", "text": "Un."}'
    codes = [(d.code, d.path, d.column) for d in validate_json(text, config=CONFIG)]
    assert codes == [("NM021", None, 1), ("NM111", "date", text.index('"2999') + 1)]


def test_current_json_without_a_version_would_be_0x() -> None:
    # A 1.0-shaped article without schema_version reads the same after migration.
    diagnostics = validate_json(json.dumps({"title": "T", "language": "en", "body": BODY}))
    assert [d.code for d in diagnostics] == ["NM021"]


# --------------------------------------------------------------------------- configuration


def test_select_and_ignore_use_the_most_specific_prefix() -> None:
    config = ValidateConfig(select=("NM1",), ignore=("NM14",))
    enabled = config.enabled()
    assert "NM101" in enabled
    assert "NM140" not in enabled
    assert "NM010" not in enabled
    config = ValidateConfig(select=("NM1", "NM141"), ignore=("NM14",))
    assert "NM141" in config.enabled()
    assert "NM140" not in config.enabled()
    assert ValidateConfig(ignore=("ALL",)).enabled() == frozenset()


@pytest.mark.parametrize(
    "kwargs",
    [{"select": ("NM9",)}, {"ignore": ("XX",)}, {"severity": {"NM999": Severity.ERROR}}],
)
def test_unknown_codes_are_errors(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigError):
        ValidateConfig(**kwargs)


def test_config_accepts_plain_strings() -> None:
    config = ValidateConfig(severity={"NM140": "error"}, fail_on="warning")  # type: ignore[arg-type, dict-item]
    assert config.severity_of("NM140") == Severity.ERROR
    assert config.fail_on == Severity.WARNING
    assert ValidateConfig(fail_on="never").fail_on is None  # type: ignore[arg-type]


def test_severity_and_fail_on() -> None:
    doc = full()
    doc["authors"][0]["name"] = "Staff Writer"
    text = json.dumps(doc)
    (warning,) = validate_json(text, config=CONFIG)
    assert warning.severity == Severity.WARNING
    assert not CONFIG.fails(warning.severity)
    raised = CONFIG.with_options(severity={"nm140": "error"})
    (error,) = validate_json(text, config=raised)
    assert error.severity == Severity.ERROR
    assert raised.fails(error.severity)
    assert CONFIG.with_options(fail_on="warning").fails(Severity.WARNING)
    assert not CONFIG.with_options(fail_on="never").fails(Severity.ERROR)
    with pytest.raises(ConfigError):
        CONFIG.with_options(severity={"NM140": "fatal"})


def test_pyproject_is_found_by_walking_up(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.newsmodel.validate]\n"
        'ignore = ["NM14"]\n'
        'fail-on = "warning"\n'
        'severity = { NM151 = "info" }\n',
        encoding="utf-8",
    )
    deep = tmp_path / "data" / "2024"
    deep.mkdir(parents=True)
    config = load_config(start=deep)
    assert "NM140" not in config.enabled()
    assert config.severity_of("NM151") == Severity.INFO
    assert config.fail_on == Severity.WARNING


@pytest.mark.parametrize(
    "table",
    [
        'select = ["NM77"]',
        "colour = true",
        'severity = { NM101 = "loud" }',
        'fail-on = "sometimes"',
        'max-bytes = "big"',
        "select = 3",
    ],
)
def test_bad_configuration_is_an_error(tmp_path: Path, table: str) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(f"[tool.newsmodel.validate]\n{table}\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_config(path)


def test_broken_toml_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text("[tool.newsmodel.validate\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(path)


def test_a_configuration_that_is_not_utf8_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_bytes("[tool.newsmodel.validate]\nignore = ['NM140']\n".encode("utf-16"))
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value) == f"{path}: invalid TOML: not UTF-8 (byte 0xff at offset 0)"


def test_a_bad_max_bytes_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text("[tool.newsmodel.validate]\nmax-bytes = -5\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value) == (
        f"{path} [tool.newsmodel.validate]: max-bytes must be at least 1, got -5"
    )


# --------------------------------------------------------------------------- docs and properties


def test_docs_list_every_rule_with_examples() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    for rule in RULES:
        heading = f"### {rule.code} {rule.name}"
        assert heading in docs, f"{rule.code} is not documented"
        section = docs.split(heading, 1)[1].split("\n### ", 1)[0]
        if rule.code.startswith("NM1"):
            assert "Bad" in section, f"{rule.code} lacks a bad example"
            assert "Good" in section, f"{rule.code} lacks a good example"


@given(st.binary(max_size=300))
def test_any_bytes_give_diagnostics_never_an_exception(data: bytes) -> None:
    for diagnostic in validate_json(data, config=CONFIG):
        assert diagnostic.code in RULES_BY_CODE
    validate_json(data, config=CONFIG, lines=True)


@given(st.text(alphabet='{}[]":,0123456789tfnrue \n\\abc-.', max_size=200))
def test_json_like_text_never_raises(text: str) -> None:
    validate_json(text, config=CONFIG)


@given(articles())
def test_any_model_article_passes_the_schema(article: Article) -> None:
    diagnostics = validate_json(to_json(article), config=CONFIG)
    assert not [d for d in diagnostics if d.code < "NM100"], diagnostics


def _paths(value: Any, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    out = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            out.extend(_paths(item, (*path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out.extend(_paths(item, (*path, index)))
    return out


_FULL = full()
_FULL_PATHS = _paths(_FULL)
_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


@given(st.lists(st.tuples(st.sampled_from(_FULL_PATHS), _JSON_VALUES), min_size=1, max_size=4))
def test_mutated_articles_get_positions_inside_the_text(
    changes: list[tuple[tuple[str | int, ...], Any]],
) -> None:
    doc = copy.deepcopy(_FULL)
    for path, value in changes:
        try:
            _set(path, value)(doc)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed the container
    text = json.dumps(doc, ensure_ascii=False, indent=1)
    lines = text.split("\n")
    for diagnostic in validate_json(text, config=CONFIG):
        assert diagnostic.line is not None
        assert diagnostic.column is not None
        assert 1 <= diagnostic.line <= len(lines)
        assert 1 <= diagnostic.column <= len(lines[diagnostic.line - 1]) + 1


# --------------------------------------------------------------------------- keys, messages

DUPLICATED = """{
  "schema_version": "1.0",
  "title": "Budget vote delayed",
  "body": [{"type": "paragraph", "text": "MPs vote on Tuesday.", "text": "MPs vote on Friday."}],
  "title": "Budget vote put off"
}
"""


def test_duplicate_keys_are_reported_at_the_second_key() -> None:
    diagnostics = validate_json(DUPLICATED, config=CONFIG)
    assert [(d.code, d.line, d.column, d.path, d.message) for d in diagnostics] == [
        (
            "NM008",
            4,
            66,
            "body[0].text",
            'duplicate key "text" in one object (the first is at line 4, column 34); '
            "the last value is the one read",
        ),
        (
            "NM008",
            5,
            3,
            "title",
            'duplicate key "title" in one object (the first is at line 3, column 3); '
            "the last value is the one read",
        ),
    ]
    assert diagnostics[0].severity == Severity.ERROR


def test_duplicate_keys_are_found_with_and_without_other_findings() -> None:
    clean = (
        '{"schema_version": "1.0", "title": "A", "title": "B", "body": ['
        + json.dumps(BODY[0])
        + "]}"
    )
    blank = clean.replace('"title": "A"', '"section": "", "title": "A"')
    fixed = clean.replace('"title": "A", ', "")
    lines = [text.replace("Text.", f"Text {n}.") for n, text in enumerate([clean, blank, fixed])]
    found = [(d.line, d.code, d.column) for d in validate_json("\n".join(lines), lines=True)]
    # Line 1 is clean but for the key (the quick test finds it), line 2 has a finding too.
    assert found == [(1, "NM008", 41), (2, "NM152", 38), (2, "NM008", 56)]


def test_a_repeated_object_reports_its_key_once_not_its_members() -> None:
    text = (
        '{"schema_version": "1.0", "title": "T", "body": [], '
        '"publisher": {"type": "organization", "name": "Le Monde"}, '
        '"publisher": {"type": "organization", "name": "Le Monde"}}'
    )
    found = [(d.code, d.path) for d in validate_json(text, config=CONFIG)]
    assert found == [("NM150", "body"), ("NM008", "publisher")]


def test_duplicate_keys_in_broken_data_are_reported_with_the_schema_errors() -> None:
    text = '{"schema_version": "1.0", "title": 4, "title": 5}'
    found = [(d.code, d.column) for d in validate_json(text, config=CONFIG)]
    assert found == [("NM008", 39), ("NM012", 48)]


def test_position_index_lists_duplicates() -> None:
    index = PositionIndex('{"a": {"x": 1}, "a": {"x": 2, "x": 3}}')
    assert index.duplicates == [(("a",), 16, 1), (("a", "x"), 30, 22)]


def test_an_unterminated_string_says_so_where_it_opens() -> None:
    text = '{"schema_version": "1.0",\n "title": "Budget vote}'
    (diagnostic,) = validate_json(text, config=CONFIG)
    assert (diagnostic.code, diagnostic.line, diagnostic.column, diagnostic.message) == (
        "NM006",
        2,
        11,
        "invalid JSON: a string that is never closed, opened at line 2, column 11",
    )


def test_a_control_character_in_a_string_is_named() -> None:
    (diagnostic,) = validate_json('{"title": "a\tb"}', config=CONFIG)
    assert (diagnostic.code, diagnostic.column, diagnostic.message) == (
        "NM006",
        13,
        "invalid JSON: a control character (U+0009) inside a string, where JSON needs it "
        "escaped (\\t)",
    )


@pytest.mark.parametrize("depth", [202, 250, 5000])
def test_nesting_too_deep_is_reported_where_it_passes_the_limit(depth: int) -> None:
    prefix = '{"schema_version": "1.0",\n "title": "T", "keywords": '
    text = prefix + "[" * depth + "]" * depth + "}"
    (diagnostic,) = validate_json(text, config=CONFIG)
    # The object is level 1, the keywords array level 2: level 202 opens 200 brackets later.
    column = len(prefix.split("\n")[1]) + 200 + 1
    assert (diagnostic.code, diagnostic.line, diagnostic.column, diagnostic.message) == (
        "NM006",
        2,
        column,
        "invalid JSON: nested more than 201 levels deep (arrays and objects)",
    )


def test_the_nesting_limit_is_the_readers() -> None:
    pydantic_core.from_json("[" * 201 + "]" * 201)
    with pytest.raises(ValueError, match="recursion limit"):
        pydantic_core.from_json("[" * 202 + "]" * 202)


def test_an_over_long_line_gives_its_size(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    ok = json.dumps({"schema_version": "1.0", "title": "ok", "body": BODY})
    long = '{"title": "' + "x" * 3_000_000 + '"}'
    ok2 = ok.replace("Text.", "Other text.")
    path.write_text(f"{ok}\r\n{long}\r\n{ok2}\n", encoding="utf-8")
    report = validate_files([path], config=ValidateConfig(max_bytes=1000, now=NOW))
    assert [(d.line, d.code, d.message) for d in report.files[0].diagnostics] == [
        (2, "NM005", "line is 3000013 bytes, over the limit of 1000")
    ]


def test_a_duplicate_key_written_with_a_space_before_its_colon_is_found() -> None:
    # The quick count sees as many '":' as fields given: the space before a colon is what
    # lets the hand-written duplicate through, so it sends the record to the full check.
    text = (
        '{"schema_version":"1.0","title":"Budget vote delayed","body":[{"type":"paragraph",'
        '"text":"MPs vote on Friday."}],"title" : "Budget vote put off"}'
    )
    found = [(d.code, d.path, d.column) for d in validate_json(text, config=CONFIG)]
    assert found == [("NM008", "title", 114)]


def test_escaped_quotes_before_a_colon_do_not_hide_a_duplicate() -> None:
    # '\\":' in a string counts like a key; the repeated "title" makes the counts differ.
    text = (
        '{"schema_version":"1.0","title":"A","body":[{"type":"paragraph",'
        '"text":"He said \\"no\\": twice."}],"title":"B"}'
    )
    assert [d.code for d in validate_json(text, config=CONFIG)] == ["NM008"]


@given(articles())
def test_fields_given_are_the_keys_of_the_text(article: Article) -> None:
    """The premise of the quick duplicate test: each key of the text is one field given."""
    keys = 0

    def count(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal keys
        keys += len(pairs)
        return dict(pairs)

    text = to_json(article)
    json.loads(text, object_pairs_hook=count)
    assert _fields_given(Article.model_validate_json(text, strict=True)) == keys


def test_duplicate_keys_beside_escaped_quotes_before_colons() -> None:
    """Text quoting speech holds ``\\":``; the key count sets it aside and still finds a key
    given twice (and finds none where there is none)."""
    body = '[{"type": "paragraph", "text": "He said \\"no\\": twice, \\"never\\": once."}]'
    clean = '{"schema_version": "1.1", "title": "A", "body": ' + body + "}"
    twice = '{"schema_version": "1.1", "title": "A", "title": "B", "body": ' + body + "}"
    assert [d.code for d in validate_json(clean)] == []
    assert [d.code for d in validate_json(twice)] == ["NM008"]
    compact = clean.replace(": ", ":").replace(", ", ",")
    assert [d.code for d in validate_json(compact)] == []
    assert [
        d.code for d in validate_json(compact.replace('"title":"A"', '"title":"A","title":"B"'))
    ] == ["NM008"]
