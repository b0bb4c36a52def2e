"""`screening validate`'s schema check (jsonschema-rs) answers as `jsonschema` does.

Two independent implementations of JSON Schema 2020-12 must agree on the shipped data,
on thousands of near-valid mutations of it, and on generated schemas checked against the
2020-12 meta-schema; where they may differ by design (ECMA-262 `pattern`s: `$` never
matches before a final newline) the tests say so. Every invalid document gets at least
one problem with a JSON path, and every valid one none.
"""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from support import EXAMPLES, json_at, json_paths
from screening.catalog import schema_check
from screening.catalog.data import kind_of
from screening.catalog.resources import schema_files, shipped_data_files
from screening.catalog.schemas import validator

SHIPPED = [json.loads(p.read_text(encoding="utf-8")) for p in shipped_data_files()]
SCHEMAS = [json.loads(p.read_text(encoding="utf-8")) for p in schema_files()]
BASE = [d for d in SHIPPED if kind_of(d) != "indicator-set"] + [d for d in SHIPPED if d.get("x-set", {}).get("id") in ("ilo-adult-labour", "unodc-general")]
BASE += [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES.values()]
BORDERLINE = st.sampled_from([None, True, False, 0, 1, -1, 1.0, 1.5, "", "yes", "no", "x", "Yes", "strong", "2026-11", "2026-11-23", "example-labour", "en", [], [1], ["a", "a"], [True, 1], {}, {"en": "x"}, {"en": ""}])
LEAVES = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=6))
VALUES = st.recursive(LEAVES, lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)), max_leaves=8)


@st.composite
def near_valid(draw):
    """A shipped document with one to three small changes, often still valid."""
    doc = copy.deepcopy(draw(st.sampled_from(BASE)))
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in json_paths(doc) if p]
        path = draw(st.sampled_from(paths))
        parent = json_at(doc, path[:-1])
        action = draw(st.sampled_from(["borderline", "borrow", "random", "delete", "add", "duplicate"]))
        if action == "delete" and isinstance(parent, dict):
            del parent[path[-1]]
        elif action == "delete" and isinstance(parent, list):
            parent.pop(path[-1])
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from([*parent, "x", "x-note", "$comment", "minLength"]))] = copy.deepcopy(draw(BORDERLINE | VALUES))
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[path[-1]]))
        elif action == "borrow":  # a value from elsewhere in the same document: right shape, maybe wrong place
            parent[path[-1]] = copy.deepcopy(json_at(doc, draw(st.sampled_from(paths))))
        else:
            parent[path[-1]] = copy.deepcopy(draw(BORDERLINE if action == "borderline" else VALUES))  # never the shared sample
    return doc


def test_every_shipped_file_and_schema_gets_the_same_answer():
    for doc in SHIPPED:
        kind = kind_of(doc)
        assert schema_check.conforms(kind, doc) is validator(kind).is_valid(doc) is True
    for schema in SCHEMAS:
        assert schema_check.is_schema(schema) is True
        Draft202012Validator.check_schema(schema)


def test_every_shipped_set_is_itself_a_valid_json_schema_for_any_tool():
    sets = [d for d in SHIPPED if kind_of(d) == "indicator-set"]
    assert len(sets) >= 10
    for doc in sets:
        Draft202012Validator.check_schema(doc)
        assert schema_check.is_schema(doc) is True


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(near_valid())
def test_mutated_documents_get_the_same_answer(doc):
    kind = kind_of(doc)
    if kind is None:
        return
    valid = schema_check.conforms(kind, doc)
    assert valid is validator(kind).is_valid(doc)
    problems = schema_check.problems(kind, doc)
    assert bool(problems) is not valid
    assert all(path.startswith("$") and message for path, message in problems)


SCHEMA_KEYS = ["type", "enum", "const", "minLength", "maxLength", "pattern", "items", "prefixItems", "properties",
               "additionalProperties", "required", "allOf", "anyOf", "oneOf", "not", "$defs", "minimum",
               "uniqueItems", "title", "format", "if", "dependentRequired", "propertyNames", "$anchor", "x-set"]
SCHEMA_VALUES = st.sampled_from([None, True, False, 0, -1, 2, 1.5, "", "object", "string", "integer", "nope", "(", "^a+$", "#",
                                 "regex", "uri", [], ["a"], ["a", "a"], ["object", "null"], {}, {"a": {}}, {"a": True}, {"a": {"type": 5}}, [{}], [{"minimum": "x"}]])
SCHEMAS_GEN = st.recursive(
    st.dictionaries(st.sampled_from(SCHEMA_KEYS), SCHEMA_VALUES, max_size=4),
    lambda inner: st.dictionaries(st.sampled_from(SCHEMA_KEYS), inner | SCHEMA_VALUES | st.lists(inner, max_size=2) | st.dictionaries(st.sampled_from(["a", "b"]), inner, max_size=2), max_size=4),
    max_leaves=10,
)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SCHEMAS_GEN)
def test_generated_schemas_get_the_same_answer_as_check_schema(schema):
    meta = Draft202012Validator(Draft202012Validator.META_SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert schema_check.is_schema(schema) is meta.is_valid(schema)


def test_a_pattern_that_is_no_regular_expression_is_refused_even_where_unused():
    """Found by the generated schemas above: jsonschema-rs compiles only the subschemas in use, so
    an unused `$defs` entry with the pattern "(" passed `is_schema` while `jsonschema`, checking
    the meta-schema's `format: regex`, refused it."""
    meta = Draft202012Validator(Draft202012Validator.META_SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
    for schema in ({"$defs": {"a": {"pattern": "("}}, "const": {}}, {"properties": {"x": {"pattern": "a{2,1}"}}}):
        assert schema_check.is_schema(schema) is meta.is_valid(schema) is False
    assert schema_check.is_schema({"$defs": {"a": {"pattern": "^a+$"}}}) is True


@pytest.mark.parametrize("kind", ["questionnaire", "referral-directory", "vignettes", "indicator-set"])
def test_a_version_with_a_trailing_newline_is_refused(kind, example_data):
    """ECMA-262, as JSON Schema means patterns: `$` is the end of the text (Python's re also
    matched before a final newline, so "1.0.0\n" passed the hand-written compiler)."""
    doc = copy.deepcopy(example_data[kind])
    (doc["x-set"] if kind == "indicator-set" else doc)["version"] = "1.0.0\n"
    assert schema_check.conforms(kind, doc) is False
    assert any(path.endswith(".version") and "1.0.0\\n" in message for path, message in schema_check.problems(kind, doc))


def test_problems_name_the_json_path_and_what_was_expected(example_data):
    note = copy.deepcopy(example_data["referral-note"])
    note.update({"name": "Olena", "month": "2026-11-23", "age_band": 30})
    note["results"][0]["verdict"] = "maybe"
    found = dict(schema_check.problems("referral-note", note))
    assert found["$"] == "unexpected key(s) 'name'"
    assert found["$.month"].startswith("expected text matching ^20[0-9]{2}-")
    assert found["$.age_band"].startswith('expected one of "<14", "14-17"')
    assert found["$.results[0].verdict"].startswith('expected one of "strong-indication"')


def test_values_json_allows_but_no_validator_can_hold_are_problems_not_crashes(example_data):
    note = copy.deepcopy(example_data["referral-note"])
    for value in (float("nan"), float("inf"), 10**40, -(10**40)):
        note["schema_version"] = value
        assert schema_check.conforms("referral-note", note) is False
        assert schema_check.problems("referral-note", note)
