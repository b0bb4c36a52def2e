"""One shape for every problem found in data, and the two ways of reporting it.

A problem names the file, the JSON path inside it (`$.sections[0].title.uk`), what was
expected, and a line and column only when the JSON parser knows them (never guessed).
"""

from __future__ import annotations

import difflib
import json
from dataclasses import asdict, dataclass
from typing import Any, Iterable, Literal

Severity = Literal["error", "fallback"]


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    path: str
    message: str
    line: int | None = None
    column: int | None = None
    severity: Severity = "error"

    def text(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        label = "" if self.severity == "error" else f"[{self.severity}] "
        return f"{where}: {self.path}: {label}{self.message}"


class InputProblem(Problem):
    """A problem that makes an input unusable (missing, unreadable, too large, not UTF-8, not JSON).

    Every command exits with status 2 for these, `screening validate` included; a problem
    found in a readable file is a plain Problem (status 1 for validate).
    """


class DataError(Exception):
    """Raised when data cannot be used; carries every problem found."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = sorted(problems, key=_sort_key)
        super().__init__("\n".join(p.text() for p in self.problems))


def _sort_key(p: Problem) -> tuple:
    return (p.file, p.line or 0, p.path, p.message)


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    return sorted(problems, key=_sort_key)


def report_text(problems: list[Problem], checked: int) -> str:
    errors = [p for p in problems if p.severity == "error"]
    fallbacks = [p for p in problems if p.severity == "fallback"]
    lines = [p.text() for p in errors]
    if fallbacks:
        lines += [p.text() for p in fallbacks]
    summary = f"{checked} file(s) checked, {len(errors)} problem(s)"
    summary += f", {len(fallbacks)} translation fallback(s) to English"
    lines.append(summary if errors else "OK: " + summary)
    return "\n".join(lines)


def report_json(problems: list[Problem], checked: int) -> str:
    errors = [p for p in problems if p.severity == "error"]
    return json.dumps(
        {
            "valid": not errors,
            "files_checked": checked,
            "problems": [asdict(p) for p in problems if p.severity == "error"],
            "fallbacks": [asdict(p) for p in problems if p.severity == "fallback"],
        },
        ensure_ascii=False,
        indent=2,
    )


# --- JSON paths and suggestions, shared by every check (kept here, below them all: no cycles) ---


def child(path: str, key: str | int) -> str:
    """Extend a JSON path the way jsonschema writes them: `.name` or `['odd-name']`, `[0]`."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if key.isidentifier() else f"{path}[{key!r}]"


def loc_to_path(loc: Iterable[Any]) -> str:
    path = "$"
    for part in loc:
        path = child(path, part)
    return path


def did_you_mean(value: str, options: Iterable[str]) -> str:
    close = difflib.get_close_matches(value, list(options), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""
