"""Redact personal data from free text: prints the text with placeholders in its place.

Reads a UTF-8 (or UTF-16 with a byte-order mark) text file, or standard input when FILE
is - (the default). With --format json, lists the findings by kind and span; the matched
text itself is never printed. At most 1 MB (1,048,576 bytes) is read. Exit status (as for
every command, see README): 0 on success, 2 for a usage error or an input that cannot be
used (missing, unreadable, over 1 MB, not UTF-8 or UTF-16 text, standard input closed).
"""

from __future__ import annotations

import argparse
import json
import sys


EXAMPLES = """
  screening redact notes.txt
  echo "call +380 67 123 45 67" | screening redact --language uk
  screening redact notes.txt --format json
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", default="-", metavar="FILE", help="UTF-8 text file, or - for standard input (default: -)")
    parser.add_argument("--language", choices=["en", "uk", "ru"], default="en", help="language of the placeholders, e.g. [PHONE] or [ТЕЛЕФОН] (default: en)")
    parser.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")


def run(args: argparse.Namespace) -> int:
    from screening.redact.text import redact

    text = _read(args.file)
    if text is None:
        return 2
    result = redact(text, args.language)
    if args.format == "json":
        findings = [{"kind": f.kind, "start": f.start, "end": f.end, "replacement": f.replacement} for f in result.findings]
        print(json.dumps({"text": result.text, "findings": findings, "counts": result.counts()}, ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(result.text if result.text.endswith("\n") or not result.text else result.text + "\n")
    return 0


def _read(source: str) -> str | None:
    from screening.catalog.jsonio import MAX_INPUT_BYTES, read_input

    name = "<stdin>" if source == "-" else source
    data, problems = read_input(source, name, limit=MAX_INPUT_BYTES, what="a text to redact")
    if data is None:
        print(f"screening redact: {name}: {problems[0].message}", file=sys.stderr)
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
