"""Count anonymised referral notes (files or folders) for coordinators, with small cells suppressed.

Invalid or foreign files are listed on standard error as `file: reason` and skipped.
PATH - reads notes from standard input, one JSON document after another (`cat *.json`).
Exit status 0 when at least one note was counted, 1 when none was, 2 for bad options, a
missing path or a closed standard input.
The table goes to standard output; progress (only on a terminal) and the summary of what
was read go to standard error, so that `> counts.csv` holds only the counts.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

GROUPINGS = ("month", "oblast", "age_band", "verdict", "need", "indicator", "target")
PROGRESS_FROM = 2000  # files; fewer than this read in well under a second


EXAMPLES = """
  screening aggregate notes/                      count by month
  screening aggregate notes/ --by oblast --format csv > counts.csv
  cat inbox/*.json | screening aggregate - --by verdict
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="note files or folders (folders are searched for *.json)")
    parser.add_argument("--by", choices=GROUPINGS, default="month", help="what to group the screenings by (default: month)")
    parser.add_argument("--format", choices=["table", "json", "csv"], default="table", help="output format (default: table)")
    parser.add_argument("--min-cell", type=_min_cell, default=5, metavar="N", help="show counts from 1 to N-1 as <N (default: 5; at least 3; 0 or 1 shows every count)")


def _min_cell(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, found {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, found {value}")
    if value == 2:  # a group listed as <2 has one screening: the mark would say the count
        raise argparse.ArgumentTypeError("2 would show a group of one screening as <2, which can only be 1; use 3 or more (or 0 to show every count)")
    return value


def run(args: argparse.Namespace) -> int:
    from screening.coordinator.aggregate import aggregate
    from screening.coordinator.aggregate_report import report_csv, report_json, report_table

    paths = [p for p in args.paths if str(p) != "-"]
    missing = [p for p in paths if not p.exists()]
    for path in missing:
        print(f"screening aggregate: {path}: file or folder not found", file=sys.stderr)
    if missing:
        return 2
    if len(paths) != len(args.paths) and getattr(sys.stdin, "buffer", None) is None:
        print("screening aggregate: <stdin>: standard input is closed; give files or folders, or pipe notes in", file=sys.stderr)
        return 2
    progress = _Progress() if sys.stderr.isatty() else None
    result = aggregate(paths, by=args.by, min_cell=args.min_cell, progress=progress)
    if progress:
        progress.finish()
    if len(paths) != len(args.paths):
        _add_stdin_notes(result)
    for problem in result.problems:
        print(f"{problem.file}: {_reason(problem)}", file=sys.stderr)
    skipped = len(result.problems) - result.duplicates
    print(f"{result.files:,} file(s) read, {result.notes:,} note(s) counted, {skipped:,} skipped, {result.duplicates:,} duplicate(s)", file=sys.stderr)
    if result.notes == 0:
        print("screening aggregate: no valid referral note found; nothing to count", file=sys.stderr)
        return 1
    report = result.report()
    if args.format == "json":
        print(report_json(report))
    elif args.format == "csv":
        sys.stdout.write(report_csv(report))
    else:
        print(report_table(report, bar_char=_bar_char()))
    return 0


def _add_stdin_notes(result) -> None:
    """Count the notes on standard input: one JSON document after another (`cat *.json`, JSON Lines).

    Read in chunks, at most one note (1 MB) held at a time; a document that is not JSON
    ends the reading there (where the next one starts cannot be known), as a skipped file.
    """
    import codecs
    import json

    from screening.coordinator.note_reader import MAX_NOTE_BYTES, check_note
    from screening.catalog.problems import Problem

    stream = sys.stdin.buffer
    decoder = json.JSONDecoder()
    text_decoder = codecs.getincrementaldecoder("utf-8-sig")()
    buffer, eof, number = "", False, 0
    while True:
        start = len(buffer) - len(buffer.lstrip())
        if start == len(buffer) and eof:
            return
        try:
            _, end = decoder.raw_decode(buffer, start) if start < len(buffer) else (None, None)
        except (json.JSONDecodeError, ValueError, RecursionError):
            end = None
        if end is not None and (end < len(buffer) or eof):
            number += 1
            result.files += 1
            name = f"<stdin>#{number}"
            note = check_note(buffer[start:end].encode("utf-8", "surrogatepass"), name)
            result.problems.append(note) if isinstance(note, Problem) else result.add(note, name)
            buffer = buffer[end:]
            continue
        if eof or len(buffer) - start > MAX_NOTE_BYTES:
            number += 1
            result.files += 1
            why = "not a JSON document; notes after it were not read" if eof else f"a document larger than {MAX_NOTE_BYTES:,} bytes; notes after it were not read"
            result.problems.append(Problem(f"<stdin>#{number}", "$", why))
            return
        chunk = stream.read(64 * 1024)
        try:
            buffer += text_decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError:
            number += 1
            result.files += 1
            result.problems.append(Problem(f"<stdin>#{number}", "$", "not UTF-8 text; notes after it were not read"))
            return
        eof = not chunk


def _reason(problem) -> str:
    where = f"line {problem.line}: " if problem.line else ""
    return f"{where}{problem.path}: {problem.message}" if problem.path != "$" else f"{where}{problem.message}"


def _bar_char() -> str:
    try:
        "█".encode(sys.stdout.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return "#"
    return "█"


class _Progress:
    """A one-line progress bar on standard error, redrawn at most ten times a second."""

    def __init__(self) -> None:
        self.shown = False
        self.last = 0.0

    def __call__(self, done: int, total: int | None) -> None:
        if not total or total < PROGRESS_FROM:
            return
        now = time.monotonic()
        if now - self.last < 0.1 and done < total:
            return
        self.last = now
        width = 40
        filled = width * done // total
        sys.stderr.write(f"\rreading notes [{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,}")
        sys.stderr.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            sys.stderr.write("\n")
            sys.stderr.flush()
