"""``newsmodel validate``: check article JSON and JSON Lines files, like a linter.

Exit codes: 0 when nothing at or above the ``fail-on`` severity was found, 1 when something
was, 2 on a usage error (a bad option, an unknown rule code, a broken configuration).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsmodel._rules_validate import RULES
from newsmodel._validate_config import FAIL_ON_CHOICES, ConfigError, ValidateConfig, load_config
from newsmodel._validate_output import FORMATS
from newsmodel.validate import iter_validate

HELP = "validate article JSON and JSON Lines files (schema and data rules)"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options."""
    parser.epilog = (
        "Exit codes: 0 all valid (nothing at or above --fail-on), 1 problems found, "
        "2 usage error. Configuration: [tool.newsmodel.validate] in the nearest pyproject.toml."
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="article files (.json, .jsonl) and folders"
    )
    parser.add_argument(
        "--format",
        choices=sorted(FORMATS),
        default="text",
        help="output: text (default), json, github (workflow annotations), junit (XML)",
    )
    parser.add_argument(
        "--select", action="append", metavar="CODES", help="report only these codes or prefixes"
    )
    parser.add_argument(
        "--extend-select",
        action="append",
        default=[],
        metavar="CODES",
        help="add codes or prefixes to the selection",
    )
    parser.add_argument(
        "--ignore", action="append", default=[], metavar="CODES", help="codes or prefixes to skip"
    )
    parser.add_argument(
        "--severity",
        action="append",
        default=[],
        metavar="CODE=LEVEL",
        help="change a rule's severity (error, warning, info)",
    )
    parser.add_argument(
        "--fail-on",
        choices=FAIL_ON_CHOICES,
        help="lowest severity that fails the run (default: error)",
    )
    parser.add_argument(
        "--max-bytes", type=int, metavar="N", help="largest JSON file or JSON Lines line to read"
    )
    parser.add_argument(
        "--config", metavar="FILE", help="read [tool.newsmodel.validate] from this TOML file"
    )
    parser.add_argument(
        "--isolated", action="store_true", help="ignore pyproject.toml configuration"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write the report to FILE, not stdout"
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print problems only (no valid files, no counts)"
    )
    parser.add_argument("--list-rules", action="store_true", help="print every rule code and exit")


def _config(args: argparse.Namespace) -> ValidateConfig:
    if args.isolated:
        base = ValidateConfig()
    else:
        base = load_config(Path(args.config) if args.config else None)
    severity: dict[str, str] = {}
    for item in args.severity:
        code, sep, level = item.partition("=")
        if not sep:
            raise ConfigError(f"--severity {item!r}: expected CODE=LEVEL (NM140=error)")
        severity[code] = level
    return base.with_options(
        select=args.select,
        extend_select=args.extend_select,
        ignore=args.ignore,
        severity=severity,
        fail_on=args.fail_on,
        max_bytes=args.max_bytes,
    )


def run(args: argparse.Namespace) -> int:
    """Check the files; print the report; return the exit code."""
    if args.list_rules:
        for rule in RULES:
            print(f"{rule.code}  {rule.severity.value:<7}  {rule.name:<28}  {rule.summary}")
        return EXIT_OK
    if not args.paths:
        print("newsmodel validate: give at least one PATH", file=sys.stderr)
        return EXIT_USAGE
    try:
        config = _config(args)
    except ConfigError as exc:
        print(f"newsmodel validate: {exc}", file=sys.stderr)
        return EXIT_USAGE
    writer = FORMATS[args.format]
    results = iter_validate(args.paths, config=config)
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as out:
                summary = writer(results, out, args.quiet)
        except OSError as exc:
            print(f"newsmodel validate: cannot write {args.output}: {exc}", file=sys.stderr)
            return EXIT_USAGE
    else:
        summary = writer(results, sys.stdout, args.quiet)
    if summary.files == 0:
        print(
            "newsmodel validate: no article files (*.json, *.jsonl, *.ndjson) under "
            + ", ".join(args.paths),
            file=sys.stderr,
        )
    return EXIT_FAILED if summary.failed else EXIT_OK
