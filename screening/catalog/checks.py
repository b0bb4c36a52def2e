"""Checks JSON Schema cannot express, and the wording of every problem.

Cross-file checks: unique ids, every indicator id a form or vignette names exists (with a
"did you mean"), rules and forms refer only to what is declared, skip conditions refer
only to earlier questions, and every language string is present or counted as a fallback.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from screening.models import LANGUAGES
from screening.catalog.problems import Problem, child, did_you_mean, loc_to_path  # noqa: F401  (re-exported)

if TYPE_CHECKING:
    from screening.catalog.data import Catalog

ALLOWED_REF_PREFIXES = ("#", "urn:victim-screening:schema:", "https://json-schema.org/draft/2020-12/")


def _short(value: Any, limit: int = 60) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def explain(error: Any) -> str:
    """Say what was expected and what was found, in words a data editor can act on."""
    kind, expected, found = error.validator, error.validator_value, error.instance
    if kind == "enum":
        return f"expected one of {', '.join(_short(v) for v in expected)}; found {_short(found)}"
    if kind == "const":
        return f"expected {_short(expected)}; found {_short(found)}"
    if kind == "type":
        names = expected if isinstance(expected, list) else [expected]
        return f"expected {' or '.join(names)}; found {_json_type(found)} {_short(found)}"
    if kind == "required":
        missing = [key for key in expected if isinstance(found, dict) and key not in found]
        return f"missing required key {', '.join(map(repr, missing))}"
    if kind == "additionalProperties":
        extra = sorted(set(found) - set(error.schema.get("properties", {})))
        return f"unexpected key(s) {', '.join(map(repr, extra))}; expected only {', '.join(map(repr, error.schema.get('properties', {})))}"
    if kind == "pattern":
        return f"expected text matching {expected}; found {_short(found)}"
    if kind in ("minLength", "minItems", "minProperties"):
        return f"expected at least {expected} {'characters' if kind == 'minLength' else 'items'}; found {_short(found)}"
    if kind in ("maxLength", "maxItems"):
        return f"expected at most {expected} {'characters' if kind == 'maxLength' else 'items'}"
    if kind == "uniqueItems":
        return f"expected unique items; found duplicates in {_short(found)}"
    if kind in ("minimum", "maximum"):
        return f"expected a number {'>=' if kind == 'minimum' else '<='} {expected}; found {_short(found)}"
    return error.message if len(error.message) < 200 else error.message[:199] + "…"


def _json_type(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer", float: "number", type(None): "null"}[type(value)]


def _walk(data: Any) -> Iterator[tuple[Any, tuple]]:
    """Every node with its location as a tuple of keys (made into a JSON path only when needed)."""
    stack: list[tuple[Any, tuple]] = [(data, ())]
    while stack:
        node, where = stack.pop()
        yield node, where
        if isinstance(node, dict):
            stack.extend((v, (*where, k)) for k, v in node.items() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend((v, (*where, i)) for i, v in enumerate(node) if isinstance(v, (dict, list)))


def foreign_refs(data: Any, path: str = "$") -> Iterator[tuple[str, str]]:
    """Every `$ref` that would need something outside the packaged schemas."""
    for node, where in _walk(data):
        if not isinstance(node, dict):
            continue
        for key in ("$ref", "$dynamicRef"):
            value = node.get(key)
            if isinstance(value, str) and not value.startswith(ALLOWED_REF_PREFIXES):
                yield child(loc_to_path(where) if path == "$" else path + loc_to_path(where)[1:], key), f"{key} to {value!r} is not allowed; expected a reference inside the document ('#/...') or to a packaged schema (network references are never resolved)"


def fallbacks(file: str, data: Any) -> list[Problem]:
    """Count every missing translation: each will be shown in English."""
    found: list[Problem] = []
    languages = set(LANGUAGES)
    for node, where in _walk(data):
        if isinstance(node, dict) and "en" in node and isinstance(node.get("en"), str) and node.keys() <= languages:
            for lang in LANGUAGES:
                if not node.get(lang):
                    found.append(Problem(file, loc_to_path(where), f"no {lang!r} text; English is shown instead", severity="fallback"))
    return found


def check_schema_file(path: Path, name: str) -> list[Problem]:
    from screening.catalog.jsonio import read_json
    from screening.catalog.schema_check import is_schema

    jf, unreadable = read_json(path, name)
    if jf is None:
        return list(unreadable)
    problems: list[Problem] = [Problem(name, p, m) for p, m in foreign_refs(jf.data)]
    if is_schema(jf.data):  # jsonschema-rs: the meta-schema and ECMA patterns; jsonschema only to explain
        return problems
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError

    try:
        Draft202012Validator.check_schema(jf.data)
    except SchemaError as exc:
        problems.append(Problem(name, exc.json_path, f"not a valid JSON Schema 2020-12: {exc.message[:160]}"))
    return problems


def borrow_missing(catalog: "Catalog", shipped: "Catalog") -> None:
    """Let files checked on their own refer to shipped sets and forms they do not redefine."""
    for key, value in shipped.sets.items():
        catalog.sets.setdefault(key, value)


def cross_check(catalog: "Catalog", models: list[tuple[str, str, Any]]) -> list[Problem]:
    from screening.catalog import checks_forms, checks_sets

    problems: list[Problem] = []
    seen: dict[tuple[str, str], str] = {}
    for name, kind, model in models:
        model_id = str(model.x_set.id if kind == "indicator-set" else getattr(model, "id", None) or getattr(model, "note_id", ""))
        if (kind, model_id) in seen and seen[(kind, model_id)] != name:
            problems.append(Problem(name, "$['x-set'].id" if kind == "indicator-set" else "$.id", f"duplicate {kind} id {model_id!r}; it is already used by {seen[(kind, model_id)]}"))
        seen.setdefault((kind, model_id), name)
    owners: dict[str, str] = {}
    for indicator_set in catalog.sets.values():
        for indicator in indicator_set.indicators:
            if indicator.id in owners and owners[indicator.id] != indicator_set.id:
                problems.append(Problem(indicator_set.path, child(child(child("$.properties", indicator.id), "x-indicator"), "id"), f"duplicate indicator id {indicator.id!r}; expected ids unique across sets (also in set {owners[indicator.id]!r})"))
            owners.setdefault(indicator.id, indicator_set.id)
    for name, kind, model in models:
        if kind == "indicator-set":
            problems.extend(checks_sets.check_set(name, model))
        elif kind in ("questionnaire", "referral-directory", "vignettes"):
            problems.extend(checks_forms.check(name, kind, model, catalog))
    return problems

