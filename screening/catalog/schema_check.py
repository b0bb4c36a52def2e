"""Check data against the packaged JSON Schemas with jsonschema-rs, compiled once per process.

`screening validate` must stay quick on old laptops. jsonschema-rs compiles each schema
(and the 2020-12 meta-schema, which every indicator set is checked against, since a set
is itself a schema) into Rust code once; the shipped data is then checked in about a
millisecond. It also matches `pattern`s as ECMA-262 regular expressions, as JSON Schema
means them: Python's `re` lets `$` match before a final newline, so "1.0.0\\n" passed
as a version under the hand-written compiler this module replaced in 2026-12 (measured:
see docs/performance.md, "screening validate").

The schemas are self-contained (shared definitions bundled into each file), so nothing is
ever fetched: jsonschema-rs gets no retriever and only the 2020-12 meta-schema it carries.
Every error comes back as (JSON path, message), with the same wording as `checks.explain`
gives for `jsonschema` errors: what was expected and what was found.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import jsonschema_rs

from screening.catalog.resources import schema_files

KIND_IDS = {
    "indicator-set": "urn:victim-screening:schema:indicator-set:1",
    "questionnaire": "urn:victim-screening:schema:questionnaire:1",
    "referral-directory": "urn:victim-screening:schema:referral-directory:1",
    "vignettes": "urn:victim-screening:schema:vignettes:1",
    "referral-note": "urn:victim-screening:schema:referral-note:1",
}
MAX_ERRORS = 50  # per file: after that the first ones are what needs fixing


def _refuse(uri: str) -> Any:
    raise ValueError(f"{uri}: references outside the packaged schemas are never resolved")


@lru_cache(maxsize=1)
def _schemas() -> dict[str, Any]:
    found = {}
    for path in schema_files():
        contents = json.loads(path.read_text(encoding="utf-8"))
        found[contents["$id"]] = contents
    return found


@lru_cache(maxsize=None)
def validator(kind: str) -> jsonschema_rs.Draft202012Validator:
    return jsonschema_rs.Draft202012Validator(_schemas()[KIND_IDS[kind]], retriever=_refuse)


def conforms(kind: str, data: Any) -> bool:
    """True when `data` is a valid file of `kind`."""
    try:
        return validator(kind).is_valid(data)
    except (ValueError, OverflowError, RecursionError):  # e.g. NaN or an integer jsonschema-rs cannot hold
        return False


@lru_cache(maxsize=1)
def _meta() -> jsonschema_rs.Draft202012Validator:
    """The 2020-12 meta-schema (jsonschema-rs carries it) with its formats checked: a `pattern`
    anywhere, in an unused `$defs` too, must be a regular expression (`format: regex`), as
    `jsonschema`'s format checker requires; `jsonschema_rs.meta.is_valid` checks no format."""
    return jsonschema_rs.Draft202012Validator({"$ref": "https://json-schema.org/draft/2020-12/schema"},
                                              validate_formats=True, retriever=_refuse)


def is_schema(data: Any) -> bool:
    """A valid JSON Schema 2020-12 whose every pattern compiles as an ECMA-262 regular expression."""
    try:
        if not _meta().is_valid(data):
            return False
        jsonschema_rs.validator_for(data, retriever=_refuse)
    except Exception:  # noqa: BLE001 - any refusal to compile means "not a usable schema"
        return False
    return True


def problems(kind: str, data: Any) -> list[tuple[str, str]]:
    """Every schema problem of `data` as (JSON path, what was expected), best first; [] when valid."""
    if conforms(kind, data):
        return []
    try:
        found = []
        for error in validator(kind).iter_errors(data):
            found.append((_json_path(error.instance_path), explain(error)))
            if len(found) >= MAX_ERRORS:
                break
    except (ValueError, OverflowError, RecursionError) as exc:
        return [("$", f"cannot check against the {kind} schema: {str(exc)[:200]}")]
    if not found:
        return [("$", f"not valid against the {kind} schema")]
    return sorted(dict.fromkeys(found), key=lambda item: item[0])


def _json_path(parts: list[str | int]) -> str:
    from screening.catalog.problems import child

    path = "$"
    for part in parts:
        path = f"{path}[{part}]" if isinstance(part, int) else child(path, part)
    return path


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:59] + "…"


def _json_type(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer", float: "number", type(None): "null"}.get(type(value), "value")


def _narrow(error: Any) -> Any:
    """For oneOf/anyOf: the error of the alternative that got furthest (as `best_match` does)."""
    seen = 0
    while type(error.kind).__name__ in ("OneOfNotValid", "AnyOf") and seen < 10:
        branches = [b for b in error.kind.context if b]
        if not branches:
            break
        # the alternative whose first error is deepest into the data, then the one with fewest errors
        best = max(branches, key=lambda b: (len(b[0].instance_path), -len(b), type(b[0].kind).__name__ not in ("Type", "Constant", "Enum")))
        if all(type(b[0].kind).__name__ in ("Type", "Constant", "Enum") and not b[0].instance_path for b in branches) and len(branches) > 1:
            break  # no alternative fits at all: say so as one message
        error = best[0]
        seen += 1
    return error


def explain(error: Any) -> str:
    """What was expected and what was found, in words a data editor can act on."""
    error = _narrow(error)
    kind = error.kind
    name = type(kind).__name__
    found = error.instance
    if name == "Enum":
        return f"expected one of {', '.join(_short(v) for v in kind.options)}; found {_short(found)}"
    if name == "Constant":
        return f"expected {_short(kind.expected_value)}; found {_short(found)}"
    if name == "Type":
        types = kind.types if isinstance(kind.types, list) else [kind.types]
        return f"expected {' or '.join(types)}; found {_json_type(found)} {_short(found)}"
    if name == "Required":
        return f"missing required key {kind.property!r}"
    if name == "AdditionalProperties":
        return f"unexpected key(s) {', '.join(map(repr, kind.unexpected))}"
    if name == "Pattern":
        return f"expected text matching {kind.pattern}; found {_short(found)}"
    if name in ("MinLength", "MinItems", "MinProperties"):
        unit = {"MinLength": "characters", "MinItems": "items", "MinProperties": "keys"}[name]
        return f"expected at least {kind.limit} {unit}; found {_short(found)}"
    if name in ("MaxLength", "MaxItems", "MaxProperties"):
        unit = {"MaxLength": "characters", "MaxItems": "items", "MaxProperties": "keys"}[name]
        return f"expected at most {kind.limit} {unit}"
    if name == "UniqueItems":
        return f"expected unique items; found duplicates in {_short(found)}"
    if name in ("Minimum", "Maximum"):
        return f"expected a number {'>=' if name == 'Minimum' else '<='} {kind.limit}; found {_short(found)}"
    if name in ("OneOfNotValid", "AnyOf"):
        return f"expected one of the allowed forms; found {_json_type(found)} {_short(found)}"
    if name == "PropertyNames":
        return f"key {_short(kind.error.instance)} is not allowed: {explain(kind.error)}"
    message = error.message
    return message if len(message) < 200 else message[:199] + "…"
