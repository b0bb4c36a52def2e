"""The compiled yes/no schema check answers exactly as `jsonschema` does.

`screening validate` trusts `screening.schema_check` to pass valid files without running
`jsonschema`; if the two ever disagreed, a broken file could pass. These tests compare
them on the shipped data, on thousands of near-valid mutations of it, and on generated
schemas checked against the 2020-12 meta-schema.
"""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from support import EXAMPLES, json_at, json_paths
from screening import schema_check
from screening.data import kind_of
from screening.resources import schema_files, shipped_data_files
from screening.schemas import validator

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
    assert schema_check.conforms(kind, doc) is validator(kind).is_valid(doc)


SCHEMA_KEYS = ["type", "enum", "const", "minLength", "maxLength", "pattern", "items", "prefixItems", "properties",
               "additionalProperties", "required", "allOf", "anyOf", "oneOf", "not", "$ref", "$defs", "minimum",
               "uniqueItems", "title", "format", "if", "dependentRequired", "propertyNames", "$id", "$anchor", "x-set"]
SCHEMA_VALUES = st.sampled_from([None, True, False, 0, -1, 2, 1.5, "", "object", "string", "integer", "nope", "(", "^a+$", "#", "#/$defs/a",
                                 "regex", "uri", [], ["a"], ["a", "a"], ["object", "null"], {}, {"a": {}}, {"a": True}, {"a": {"type": 5}}, [{}], [{"minimum": "x"}]])
SCHEMAS_GEN = st.recursive(
    st.dictionaries(st.sampled_from(SCHEMA_KEYS), SCHEMA_VALUES, max_size=4),
    lambda inner: st.dictionaries(st.sampled_from(SCHEMA_KEYS), inner | SCHEMA_VALUES | st.lists(inner, max_size=2) | st.dictionaries(st.sampled_from(["a", "b"]), inner, max_size=2), max_size=4),
    max_leaves=10,
)


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SCHEMAS_GEN)
def test_generated_schemas_get_the_same_answer_as_check_schema(schema):
    meta = Draft202012Validator(Draft202012Validator.META_SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert schema_check.is_schema(schema) is meta.is_valid(schema)


def test_the_standalone_meta_schema_has_no_dynamic_references():
    standalone = schema_check.standalone_metaschema()
    keywords, refs, stack = set(), set(), [standalone]
    while stack:  # every schema node (property names such as "$dynamicRef" are not keywords)
        node = stack.pop()
        if not isinstance(node, dict):
            continue
        keywords |= set(node)
        refs.add(node.get("$ref"))
        for key, value in node.items():
            if key in schema_check.SCHEMA_MAPS:
                stack.extend(value.values())
            elif key in schema_check.SCHEMA_LISTS:
                stack.extend(value)
            elif key in schema_check.SCHEMA_ONE:
                stack.append(value)
    assert not keywords & {"$dynamicRef", "$dynamicAnchor"}
    assert {"#", "#/$defs/applicator", "#/$defs/validation-stringArray"} <= refs


@pytest.mark.parametrize("keyword", ["multipleOf", "dependentRequired", "unevaluatedProperties", "$dynamicRef"])
def test_a_keyword_the_compiler_cannot_check_is_refused_not_ignored(keyword):
    compiler = schema_check.Compiler({"urn:test": {"properties": {"a": {keyword: 2}}}})
    with pytest.raises(schema_check.Unsupported):
        compiler.at("urn:test")


@pytest.mark.parametrize(
    ("one", "two", "same"),
    [(True, 1, False), (False, 0, False), (1, 1.0, True), ([1, True], [1, True], True), ([1], [True], False), ({"a": 0}, {"a": False}, False), ("1", 1, False)],
)
def test_json_equality_keeps_booleans_apart_from_numbers(one, two, same):
    assert schema_check.equal(one, two) is same
