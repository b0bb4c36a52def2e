"""Check data files against their schemas and each other.

Each problem is one line on standard error: file[:line:column]: JSON path: what was
expected; the summary goes to standard output (with --format json, the whole report).
PATH - reads one file from standard input. Exit status: 0 when everything is valid; 1
when a problem was found in a readable file; 2 when a file is missing, unreadable, over
5 MB, not UTF-8 or not JSON (as for every command; see README).
"""

from __future__ import annotations

import argparse
from pathlib import Path


EXAMPLES = """
  screening validate                              all shipped data
  screening validate my-set.json forms/           files and folders
  screening validate --format json - < form.json  standard input, a report for machines
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders to check, - for standard input (default: all shipped data)")
    parser.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")


def run(args: argparse.Namespace) -> int:
    import sys

    from screening.catalog.data import validate_paths
    from screening.catalog.problems import InputProblem, report_json, report_text

    problems, checked = validate_paths(args.paths or None)
    if args.format == "json":
        print(report_json(problems, checked))
    else:
        *lines, summary = report_text(problems, checked).splitlines()
        for line in lines:
            print(line, file=sys.stderr)
        print(summary)
    errors = [p for p in problems if p.severity == "error"]
    return 2 if any(isinstance(p, InputProblem) for p in errors) else 1 if errors else 0
