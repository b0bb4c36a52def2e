"""Read one JSON file into Python data, turning every way it can be unreadable into a Problem.

Handles what users actually hand us: empty files, non-UTF-8 bytes (e.g. a file saved in
Windows-1251), a UTF-8 byte order mark (accepted, as by every command), syntax errors
(with line and column), duplicate keys (which JSON parsers otherwise resolve silently),
absurd nesting, integers longer than Python converts (4,300 digits), escapes of lone UTF-16
surrogates (not text; reported by place, never printed), a closed standard input, and
inputs too large to be ours: at most MAX_BYTES are ever read from a data file and
MAX_INPUT_BYTES from an answers file, a note or a text to redact (so /dev/zero or a
7 MB paste cannot grow memory without limit).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from screening.catalog.problems import InputProblem as Problem  # every problem here makes the input unusable

MAX_BYTES = 5 * 1024 * 1024  # a data file (indicator set, form, directory, vignettes): the largest ships at ~250 KB
MAX_INPUT_BYTES = 1024 * 1024  # an answers file, a referral note, a text to redact: a few KB each
MAX_DEPTH = 64
MAX_INT_DIGITS = 4300  # Python's default int/str conversion limit (sys.get_int_max_str_digits)
_LONE_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


@dataclass(frozen=True)
class JsonFile:
    path: str
    raw: bytes
    data: Any


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    column = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return line, column


def _depth(value: Any) -> int:
    """Nesting depth, iteratively (a recursive walk would itself blow the stack).

    A scalar is depth 1; a non-empty container is one deeper than its children.
    Only containers go on the stack, so long texts cost nothing here.
    """
    deepest = 1
    stack = [(value, 1)] if isinstance(value, (dict, list)) else []
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node
        if children:
            if depth + 1 > deepest:
                deepest = depth + 1
                if deepest > MAX_DEPTH:
                    return deepest
            stack.extend((v, depth + 1) for v in children if isinstance(v, (dict, list)))
    return deepest


def read_input(source: Path | str, name: str | None = None, *, limit: int = MAX_INPUT_BYTES, what: str = "an input") -> tuple[bytes | None, list[Problem]]:
    """At most `limit` bytes of a file, or of standard input when `source` is '-'.

    Never reads more than `limit` + 1 bytes (a device such as /dev/zero ends there), and
    turns a missing file, a folder, a closed standard input or a read error into a Problem.
    """
    stdin = str(source) == "-"
    name = name or ("<stdin>" if stdin else str(source))
    too_large = Problem(name, "$", f"larger than {limit:,} bytes, the most read for {what}; expected {what} of ordinary size")
    if stdin:
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            return None, [Problem(name, "$", "standard input is closed; give a file name, or pipe the input in")]
        try:
            raw = stream.read(limit + 1)
        except (OSError, ValueError) as exc:  # ValueError: a closed file object
            return None, [Problem(name, "$", f"cannot read standard input: {getattr(exc, 'strerror', None) or exc}")]
        return (None, [too_large]) if len(raw) > limit else (raw, [])
    try:
        with open(source, "rb") as handle:
            raw = handle.read(limit + 1)
    except FileNotFoundError:
        return None, [Problem(name, "$", "file not found")]
    except IsADirectoryError:
        return None, [Problem(name, "$", f"is a folder; expected {what}")]
    except OSError as exc:
        return None, [Problem(name, "$", f"cannot read the file: {exc.strerror or exc}")]
    return (None, [too_large]) if len(raw) > limit else (raw, [])


def read_json(path: Path | str, label: str | None = None, *, thorough: bool = True, limit: int = MAX_BYTES) -> tuple[JsonFile | None, list[Problem]]:
    """Read and parse `path` ('-' for standard input). Returns the file, or None and the problems found."""
    name = label or ("<stdin>" if str(path) == "-" else str(path))
    raw, problems = read_input(path, name, limit=limit, what="a data file" if limit == MAX_BYTES else "an answers file")
    if raw is None:
        return None, problems
    return parse_json(raw, name, thorough=thorough, limit=limit)


def parse_json(raw: bytes, name: str, *, thorough: bool = True, limit: int = MAX_BYTES) -> tuple[JsonFile | None, list[Problem]]:
    """Parse `raw` into a JsonFile, or None and the problems found.

    `thorough=False` skips the duplicate-key and depth checks (half the parsing time): only
    for the shipped files at start-up, which `screening validate` and the tests check fully.
    """
    if len(raw) > limit:
        return None, [Problem(name, "$", f"file is {len(raw):,} bytes; expected at most {limit:,} bytes for {'a data file' if limit == MAX_BYTES else 'this input'}")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = _line_col(raw[: exc.start].decode("utf-8", errors="replace"), exc.start)
        return None, [Problem(name, "$", f"byte 0x{raw[exc.start]:02x} is not UTF-8; expected a UTF-8 text file (re-save it as UTF-8)", line, column)]
    if not text.strip():
        return None, [Problem(name, "$", "file is empty; expected a JSON object")]

    duplicates: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out = dict(items)  # in C; walk the pairs only when a key was lost (kept: the last value)
        if len(out) != len(items):
            seen: set[str] = set()
            for key, _ in items:
                if key in seen:
                    duplicates.append(key)
                else:
                    seen.add(key)
        return out

    try:
        data = json.loads(text, object_pairs_hook=pairs) if thorough else json.loads(text)
    except json.JSONDecodeError as exc:
        return None, [Problem(name, "$", f"JSON syntax error: {exc.msg}", exc.lineno, exc.colno)]
    except RecursionError:
        return None, [Problem(name, "$", f"JSON is nested too deeply; expected at most {MAX_DEPTH} levels")]
    except ValueError:  # an integer of more than 4,300 digits (Python refuses to convert it)
        return None, _long_integers(text, name)
    problems = [Problem(name, "$", f"key {key!r} appears twice in one object; expected unique keys") for key in duplicates]
    if _LONE_SURROGATE_ESCAPE.search(raw):
        problems += [Problem(name, path, "text holds an escaped lone UTF-16 surrogate (\\ud800-\\udfff without its pair), which is not a character; expected valid Unicode text") for path in _lone_surrogates(data)]
    if thorough and _depth(data) > MAX_DEPTH:
        problems.append(Problem(name, "$", f"JSON is nested too deeply; expected at most {MAX_DEPTH} levels"))
    if not isinstance(data, dict):
        problems.append(Problem(name, "$", f"top level is {type(data).__name__ if data is not None else 'null'}; expected a JSON object"))
    if problems:
        return None, problems
    return JsonFile(name, raw, data), []


class _TooLong(int):
    """Stands in for an integer Python will not convert, so that its place can be found."""


def _long_integers(text: str, name: str) -> list[Problem]:
    """Where the over-long integers are: parse again, keeping a placeholder for each."""
    def parse_int(digits: str) -> int:
        return _TooLong(0) if len(digits.lstrip("-")) > MAX_INT_DIGITS else int(digits)

    try:
        data = json.loads(text, parse_int=parse_int)
    except (ValueError, RecursionError):
        data = None
    paths = [path for path, value in _leaves(data) if isinstance(value, _TooLong)] or ["$"]
    return [Problem(name, path, f"integer has more than {MAX_INT_DIGITS:,} digits; expected a number of ordinary size") for path in paths]


def _lone_surrogates(data: Any) -> list[str]:
    found = []
    for path, value in _leaves(data, keys=True):
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                found.append(path)
    return found


def _leaves(data: Any, *, keys: bool = False) -> list[tuple[str, Any]]:
    """Every scalar (and, with `keys`, every object key) with its JSON path, iteratively."""
    from screening.catalog.problems import child

    out: list[tuple[str, Any]] = []
    stack: list[tuple[str, Any]] = [("$", data)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                inner = child(path, key) if _encodable(key) else f"{path}[<a key>]"
                if keys and not _encodable(key):
                    out.append((inner, key))
                stack.append((inner, value))
        elif isinstance(node, list):
            stack.extend((f"{path}[{index}]", value) for index, value in enumerate(node))
        else:
            out.append((path, node))
    return sorted(out, key=lambda item: item[0])


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
