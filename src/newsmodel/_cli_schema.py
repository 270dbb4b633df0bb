"""``newsmodel schema``: print the JSON Schema of article JSON."""

from __future__ import annotations

import argparse
import json
import sys

from newsmodel.formats.json import json_schema

HELP = "print the JSON Schema of newsmodel's article JSON"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options."""
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not stdout")


def run(args: argparse.Namespace) -> int:
    """Print or write the schema."""
    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            out.write(text)
    else:
        sys.stdout.write(text)
    return 0
