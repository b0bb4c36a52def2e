"""The shipped schemas work in any JSON Schema tool, on their own, offline.

Until 2026-12 five of the six schemas referred to `urn:victim-screening:schema:common:1`,
which only this program's own registry could resolve: `check-jsonschema --schemafile`
and editors failed on them. Now each schema bundles the shared definitions it uses.
"""

from __future__ import annotations

import json
import re

import jsonschema_rs
import pytest
from jsonschema import Draft202012Validator

from screening.catalog.data import kind_of
from screening.catalog.resources import schema_files, shipped_data_files

SCHEMAS = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in schema_files()}
COMMON = SCHEMAS.pop("common.schema.json")["$defs"]
FILE_OF_KIND = {
    "indicator-set": "indicator-set.schema.json",
    "questionnaire": "questionnaire.schema.json",
    "referral-directory": "referral-directory.schema.json",
    "vignettes": "vignettes.schema.json",
    "referral-note": "referral-note.schema.json",
}
DOCS = [(p.name, json.loads(p.read_text(encoding="utf-8"))) for p in shipped_data_files()]


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_reference_stays_inside_the_file_or_is_the_standard_meta_schema(name):
    text = json.dumps(SCHEMAS[name])
    refs = set(re.findall(r'"\$(?:dynamic)?[rR]ef": "([^"]*)"', text))
    assert {r for r in refs if not r.startswith("#")} <= {"https://json-schema.org/draft/2020-12/schema"}, refs
    for ref in refs:
        if ref.startswith("#/$defs/"):
            assert ref[len("#/$defs/"):] in SCHEMAS[name]["$defs"], ref


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_bundled_copies_equal_the_shared_definitions(name):
    copies = {k: v for k, v in SCHEMAS[name]["$defs"].items() if k in COMMON}
    assert copies, "each schema uses some shared definitions"
    for key, value in copies.items():
        assert value == COMMON[key], f"{name}: $defs/{key} differs from common.schema.json; copy it again"


def test_a_tool_with_no_registry_of_ours_checks_every_shipped_file():
    """Plain `jsonschema` and `jsonschema-rs`, given only the schema file, as check-jsonschema is."""
    assert len(DOCS) >= 15
    for file, doc in DOCS:
        schema = SCHEMAS[FILE_OF_KIND[kind_of(doc)]]
        assert Draft202012Validator(schema).is_valid(doc), file
        assert jsonschema_rs.validator_for(schema).is_valid(doc), file


def test_a_tool_with_no_registry_of_ours_finds_errors_too():
    note = next(doc for _, doc in DOCS if kind_of(doc) == "referral-note")
    broken = {**note, "age_band": "15", "note_id": "X"}
    found = sorted(e.json_path for e in Draft202012Validator(SCHEMAS["referral-note.schema.json"]).iter_errors(broken))
    assert found == ["$.age_band", "$.note_id"]


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_shared_definition_and_schema_says_what_it_is_for_editors(name):
    schema = SCHEMAS[name]
    assert schema.get("title") and schema.get("description")
    for key, value in schema["$defs"].items():
        if key in COMMON:
            assert value.get("description"), f"$defs/{key}"


def test_a_note_may_name_its_schema_for_an_editor(tmp_path):
    """`"$schema": "./referral-note.schema.json"` lets an editor check a note; every reader accepts it."""
    from screening.catalog.data import validate_paths
    from screening.export import note_json
    from screening.coordinator.note_reader import check_note, parse_note

    note = next(doc for _, doc in DOCS if kind_of(doc) == "referral-note")
    with_schema = {"$schema": "../forms/schemas/referral-note.schema.json", **note}
    raw = json.dumps(with_schema).encode("utf-8")
    (tmp_path / "note.json").write_bytes(raw)
    assert validate_paths([tmp_path])[0] == []
    assert jsonschema_rs.validator_for(SCHEMAS["referral-note.schema.json"]).is_valid(with_schema)
    assert isinstance(check_note(raw, "note.json"), dict)  # what `screening aggregate` reads
    parsed = parse_note(raw, "note.json")
    assert "$schema" not in note_json(parsed)  # never written back
    assert check_note(json.dumps({**note, "$schema": 5}).encode(), "n").message  # a string, if present


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_top_level_field_of_a_data_file_is_described_for_editors(name):
    """Editors show a field's description on hover and in completion."""
    schema = SCHEMAS[name]
    properties = schema["allOf"][1]["properties"] if name == "indicator-set.schema.json" else schema["properties"]
    undescribed = [key for key, value in properties.items() if not value.get("description")]
    assert not undescribed, undescribed
