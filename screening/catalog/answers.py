"""Read an answers file (`{"answers": {"<indicator id>": "yes" | ...}}` plus optional set-up fields).

Used by `screening score` and `screening note`. Problems come back with the file and JSON
path, like every other data error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from screening.catalog.problems import child
from screening.catalog.jsonio import MAX_INPUT_BYTES, read_json
from screening.models import AGE_BANDS, ANSWERS, LANGUAGES, Answer
from screening.catalog.problems import Problem

SETUP_FIELDS: dict[str, set[str] | None] = {
    "age_band": set(AGE_BANDS),
    "language": set(LANGUAGES),
    "screener_role": None,
    "oblast": None,
    "free_text": None,
    "exploitation_context": None,
}


@dataclass(frozen=True)
class AnswersFile:
    name: str
    answers: dict[str, Answer]
    setup: dict[str, Any]


def read_answers(source: str) -> tuple[AnswersFile | None, list[Problem]]:
    """Read from a path, or from standard input when `source` is '-'."""
    name = "<stdin>" if source == "-" else source
    jf, read_problems = read_json(source, name, limit=MAX_INPUT_BYTES)  # '-': standard input, even when closed
    problems: list[Problem] = list(read_problems)
    if jf is None:
        return None, problems
    data = jf.data
    for key in data:
        if key != "answers" and key not in SETUP_FIELDS:
            problems.append(Problem(name, child("$", key), f"unexpected key {key!r}; expected 'answers' and optionally {', '.join(SETUP_FIELDS)}"))
    answers = data.get("answers")
    if not isinstance(answers, dict):
        problems.append(Problem(name, "$.answers", "expected an object mapping indicator ids to yes, no, unknown or declined"))
        return None, problems
    for indicator_id, value in answers.items():
        if value not in ANSWERS:
            problems.append(Problem(name, child("$.answers", indicator_id), f"expected one of yes, no, unknown, declined; found {value!r}"))
    for key, allowed in SETUP_FIELDS.items():
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            problems.append(Problem(name, child("$", key), f"expected a string; found {type(value).__name__}"))
        elif allowed is not None and value not in allowed:
            problems.append(Problem(name, child("$", key), f"expected one of {', '.join(sorted(allowed))}; found {value!r}"))
    if problems:
        return None, problems
    return AnswersFile(name, dict(answers), {k: data[k] for k in SETUP_FIELDS if data.get(k) is not None}), []
