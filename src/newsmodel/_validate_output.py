"""How ``newsmodel validate`` prints its results: text, JSON, GitHub annotations, JUnit XML.

Each writer consumes the results as they come (text and GitHub stream; JSON and JUnit are one
document, written at the end) and returns the :class:`~newsmodel.validate.Summary`.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TextIO

from newsmodel._rules_validate import RULES_BY_CODE
from newsmodel.errors import Diagnostic, Severity
from newsmodel.validate import FileResult, Summary

__all__ = ["FORMATS", "write_github", "write_json", "write_junit", "write_text"]

Writer = Callable[[Iterable[FileResult], TextIO, bool], Summary]


def _location(result: FileResult, diagnostic: Diagnostic) -> str:
    return f"{result.path}:{diagnostic.line or 1}:{diagnostic.column or 1}"


def text_line(result: FileResult, diagnostic: Diagnostic) -> str:
    """``file:line:column: CODE field.path: message``."""
    where = f"{diagnostic.path}: " if diagnostic.path else ""
    return f"{_location(result, diagnostic)}: {diagnostic.code} {where}{diagnostic.message}"


def _summary_lines(summary: Summary) -> list[str]:
    files = f"{summary.files} file{'s' * (summary.files != 1)}"
    articles = f"{summary.records} article{'s' * (summary.records != 1)}"
    valid = summary.files - summary.files_with_problems
    if not summary.by_code:
        return [f"All {files} valid ({articles})."]
    problems = sum(summary.by_code.values())
    lines = [
        f"Checked {files} ({articles}): {valid} valid, {summary.files_with_problems} with "
        f"problems, {summary.failed_files} failed; {problems} problem{'s' * (problems != 1)}:"
    ]
    for code, count in sorted(summary.by_code.items()):
        rule = RULES_BY_CODE.get(code)
        name = rule.name if rule else ""
        lines.append(f"  {count:>6}  {code}  {name}")
    return lines


def write_text(results: Iterable[FileResult], out: TextIO, quiet: bool) -> Summary:
    """One line per problem, ``file: valid`` per valid file, then counts by rule.

    With ``quiet``, only the problems are printed.
    """
    summary = Summary()
    for result in results:
        summary.add(result)
        if result.valid:
            if not quiet:
                out.write(f"{result.path}: valid\n")
            continue
        out.write("".join(text_line(result, d) + "\n" for d in result.diagnostics))
    if not quiet:
        out.write("\n" + "\n".join(_summary_lines(summary)) + "\n")
    return summary


_GITHUB_LEVEL: Mapping[Severity, str] = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "notice",
}


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def write_github(results: Iterable[FileResult], out: TextIO, quiet: bool) -> Summary:
    """GitHub Actions workflow commands: each problem an annotation on its file and line."""
    summary = Summary()
    for result in results:
        summary.add(result)
        for d in result.diagnostics:
            rule = RULES_BY_CODE.get(d.code)
            title = f"{d.code} {rule.name}" if rule else d.code
            message = f"{d.path}: {d.message}" if d.path else d.message
            out.write(
                f"::{_GITHUB_LEVEL[d.severity]} file={_gh_property(result.path)},"
                f"line={d.line or 1},col={d.column or 1},title={_gh_property(title)}"
                f"::{_gh_data(message)}\n"
            )
    if not quiet:
        out.write("\n".join(_summary_lines(summary)) + "\n")
    return summary


def _diagnostic_json(d: Diagnostic) -> dict[str, Any]:
    rule = RULES_BY_CODE.get(d.code)
    return {
        "code": d.code,
        "name": rule.name if rule else None,
        "severity": d.severity.value,
        "path": d.path,
        "line": d.line,
        "column": d.column,
        "message": d.message,
    }


def write_json(results: Iterable[FileResult], out: TextIO, quiet: bool) -> Summary:
    """One JSON document: every file with its diagnostics, then the counts."""
    summary = Summary()
    files: list[dict[str, Any]] = []
    for result in results:
        summary.add(result)
        if quiet and result.valid:
            continue
        files.append(
            {
                "path": result.path,
                "records": result.records,
                "valid": result.valid,
                "failed": result.failed,
                "diagnostics": [_diagnostic_json(d) for d in result.diagnostics],
            }
        )
    document = {
        "files": files,
        "summary": {
            "files": summary.files,
            "records": summary.records,
            "files_with_problems": summary.files_with_problems,
            "failed_files": summary.failed_files,
            "failed": summary.failed,
            "by_code": dict(sorted(summary.by_code.items())),
            "by_severity": dict(sorted(summary.by_severity.items())),
        },
    }
    out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return summary


def write_junit(results: Iterable[FileResult], out: TextIO, quiet: bool) -> Summary:
    """JUnit XML: a test case per file, failed when a diagnostic fails the run."""
    summary = Summary()
    suite = ET.Element("testsuite", name="newsmodel validate")
    for result in results:
        summary.add(result)
        case = ET.SubElement(
            suite, "testcase", classname="newsmodel.validate", name=result.path, file=result.path
        )
        if not result.diagnostics:
            continue
        body = "\n".join(text_line(result, d) for d in result.diagnostics)
        if result.failed:
            first = result.diagnostics[0]
            count = len(result.diagnostics)
            failure = ET.SubElement(
                case,
                "failure",
                message=f"{count} problem{'s' * (count != 1)}: {text_line(result, first)}",
                type=first.code,
            )
            failure.text = body
        else:
            ET.SubElement(case, "system-out").text = body
    counts = {
        "tests": str(summary.files),
        "failures": str(summary.failed_files),
        "errors": "0",
        "skipped": "0",
    }
    suite.attrib.update(counts)
    root = ET.Element("testsuites", {"name": "newsmodel validate", **counts})
    root.append(suite)
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode") + "\n")
    return summary


FORMATS: Mapping[str, Writer] = {
    "text": write_text,
    "json": write_json,
    "github": write_github,
    "junit": write_junit,
}
"""The output formats by name."""
