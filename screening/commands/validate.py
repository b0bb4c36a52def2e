"""Check data files against their schemas and each other.

Exit status 0 when everything is valid, 1 when any problem was found. Each problem is one
line: file[:line:column]: JSON path: what was expected.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders to check (default: all shipped data)")
    parser.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")


def run(args: argparse.Namespace) -> int:
    from screening.data import validate_paths
    from screening.problems import report_json, report_text

    problems, checked = validate_paths(args.paths or None)
    report = report_json if args.format == "json" else report_text
    print(report(problems, checked))
    return 1 if any(p.severity == "error" for p in problems) else 0
