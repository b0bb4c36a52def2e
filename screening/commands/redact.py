"""Redact personal data from free text: prints the text with placeholders in its place.

Reads a UTF-8 (or UTF-16 with a byte-order mark) text file, or standard input when FILE
is - (the default). With --format json, lists the findings by kind and span; the matched
text itself is never printed. Exit status 0 on success, 1 when the input cannot be read, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", default="-", metavar="FILE", help="UTF-8 text file, or - for standard input (default: -)")
    parser.add_argument("--language", choices=["en", "uk", "ru"], default="en", help="language of the placeholders, e.g. [PHONE] or [ТЕЛЕФОН] (default: en)")
    parser.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")


def run(args: argparse.Namespace) -> int:
    from screening.redact import redact

    text = _read(args.file)
    if text is None:
        return 1
    result = redact(text, args.language)
    if args.format == "json":
        findings = [{"kind": f.kind, "start": f.start, "end": f.end, "replacement": f.replacement} for f in result.findings]
        print(json.dumps({"text": result.text, "findings": findings, "counts": result.counts()}, ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(result.text if result.text.endswith("\n") or not result.text else result.text + "\n")
    return 0


def _read(source: str) -> str | None:
    name = "<stdin>" if source == "-" else source
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except FileNotFoundError:
        print(f"screening redact: {name}: no such file", file=sys.stderr)
        return None
    except IsADirectoryError:
        print(f"screening redact: {name}: is a folder, expected a text file", file=sys.stderr)
        return None
    except OSError as exc:
        print(f"screening redact: {name}: cannot read: {exc.strerror or exc}", file=sys.stderr)
        return None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # "Unicode" text as Windows Notepad saves it
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        print(f"screening redact: {name}:{line}: not UTF-8 text (byte {exc.start}); save the file as UTF-8 and try again", file=sys.stderr)
        return None
