"""Read one JSON file into Python data, turning every way it can be unreadable into a Problem.

Handles what users actually hand us: empty files, non-UTF-8 bytes (e.g. a file saved in
Windows-1251), syntax errors (with line and column), duplicate keys (which JSON parsers
otherwise resolve silently), absurd nesting and files too large to be our data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from screening.problems import Problem

MAX_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 64


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


def read_json(path: Path | str, label: str | None = None, *, thorough: bool = True) -> tuple[JsonFile | None, list[Problem]]:
    """Read and parse `path`. Returns the file, or None and the problems found."""
    name = label or str(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        return None, [Problem(name, "$", "file not found")]
    except IsADirectoryError:
        return None, [Problem(name, "$", "is a folder; expected a JSON file")]
    except OSError as exc:
        return None, [Problem(name, "$", f"cannot read the file: {exc.strerror or exc}")]
    return parse_json(raw, name, thorough=thorough)


def parse_json(raw: bytes, name: str, *, thorough: bool = True) -> tuple[JsonFile | None, list[Problem]]:
    """Parse `raw` into a JsonFile, or None and the problems found.

    `thorough=False` skips the duplicate-key and depth checks (half the parsing time): only
    for the shipped files at start-up, which `screening validate` and the tests check fully.
    """
    if len(raw) > MAX_BYTES:
        return None, [Problem(name, "$", f"file is {len(raw):,} bytes; expected at most {MAX_BYTES:,} bytes for a data file")]
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
            duplicates.extend(key for key, _ in items if key in seen or seen.add(key))
        return out

    try:
        data = json.loads(text, object_pairs_hook=pairs) if thorough else json.loads(text)
    except json.JSONDecodeError as exc:
        return None, [Problem(name, "$", f"JSON syntax error: {exc.msg}", exc.lineno, exc.colno)]
    except RecursionError:
        return None, [Problem(name, "$", f"JSON is nested too deeply; expected at most {MAX_DEPTH} levels")]
    problems = [Problem(name, "$", f"key {key!r} appears twice in one object; expected unique keys") for key in duplicates]
    if thorough and _depth(data) > MAX_DEPTH:
        problems.append(Problem(name, "$", f"JSON is nested too deeply; expected at most {MAX_DEPTH} levels"))
    if not isinstance(data, dict):
        problems.append(Problem(name, "$", f"top level is {type(data).__name__ if data is not None else 'null'}; expected a JSON object"))
    if problems:
        return None, problems
    return JsonFile(name, raw, data), []
