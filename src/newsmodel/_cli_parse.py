"""``newsmodel parse``. (Being written.)"""

from __future__ import annotations

import argparse

HELP = "parse article files"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options."""
    parser.add_argument("paths", nargs="+", metavar="PATH")


def run(args: argparse.Namespace) -> int:
    """Run the command."""
    raise NotImplementedError
