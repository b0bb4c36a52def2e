"""Every shipped file passes schema, model and cross-checks; schemas and models stay aligned."""

from __future__ import annotations

import dataclasses
import json

import pytest

from pydantic import ValidationError

from support import EXAMPLES
from screening import models
from screening.catalog.data import check_file, validate_paths
from screening.catalog.jsonio import read_json
from screening.catalog.resources import schema_files, shipped_data_files
from screening.catalog.schemas import schema, validator
from screening.catalog.typed import validate_json
from screening.models.common import json_name
from screening.models.note import ReferralNote


def test_all_shipped_data_is_valid_and_fully_translated():
    problems, checked = validate_paths()
    assert checked == len(schema_files()) + len(shipped_data_files())
    assert [p.text() for p in problems] == []  # no errors and no English fallbacks


@pytest.mark.parametrize("path", schema_files(), ids=lambda p: p.name)
def test_every_schema_declares_draft_2020_12_and_a_urn_id(path):
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert doc["$id"].startswith("urn:victim-screening:schema:")


def test_every_kind_has_a_shipped_example():
    for kind, path in EXAMPLES.items():
        jf, problems = read_json(path)
        assert problems == []
        assert check_file(jf)[0] == kind


MODEL_OF = {
    "questionnaire": models.Questionnaire,
    "referral-directory": models.ReferralDirectory,
    "vignettes": models.VignetteCollection,
    "referral-note": ReferralNote,
}


@pytest.mark.parametrize("kind", sorted(MODEL_OF))
def test_schema_and_model_have_the_same_top_level_fields(kind):
    declared = set(schema(kind)["properties"])
    model = MODEL_OF[kind]
    if dataclasses.is_dataclass(model):
        fields = {json_name(f.name) for f in dataclasses.fields(model)}
    else:
        fields = {f.alias or name for name, f in model.model_fields.items()}
    assert declared == fields


def test_note_schema_forbids_additional_properties_in_every_object():
    def objects(node):
        if isinstance(node, dict):
            if node.get("type") == "object":
                yield node
            for value in node.values():
                yield from objects(value)
        elif isinstance(node, list):
            for value in node:
                yield from objects(value)

    found = list(objects(schema("referral-note")))
    assert len(found) >= 5
    assert all(o.get("additionalProperties") is False for o in found)


@pytest.mark.parametrize("kind", sorted(EXAMPLES))
def test_an_invalid_example_fails_both_schema_and_model(kind, example_data):
    doc = example_data[kind]
    doc["unexpected"] = 1  # every top-level object is closed
    assert list(validator(kind).iter_errors(doc))
    model = models.IndicatorSetDocument if kind == "indicator-set" else MODEL_OF[kind]
    with pytest.raises(ValidationError):
        validate_json(model, json.dumps(doc))


def test_models_are_strict_and_frozen(example_data):
    doc = example_data["referral-note"]
    doc["consent_to_refer"] = "true"  # a string is not a boolean
    with pytest.raises(ValidationError):
        ReferralNote.model_validate_json(json.dumps(doc))
    note = ReferralNote.model_validate_json(EXAMPLES["referral-note"].read_bytes())
    with pytest.raises(ValidationError):
        note.age_band = "60+"


def test_an_indicator_set_validates_answers_as_a_plain_json_schema(example_data):
    """Any JSON Schema tool can check an answers object against a set: no name can ride along."""
    from jsonschema import Draft202012Validator

    set_schema = example_data["indicator-set"]
    Draft202012Validator.check_schema(set_schema)
    answers = Draft202012Validator(set_schema)
    assert answers.is_valid({"example-excessive-hours": "yes", "example-low-or-no-salary": "declined"})
    assert not answers.is_valid({"example-excessive-hours": "maybe"})
    assert not answers.is_valid({"name": "Olena"})


def test_fast_start_up_load_gives_the_same_catalog_as_the_full_check():
    from screening.catalog.data import load_catalog

    fast, full = load_catalog(), load_catalog(check_schemas=True)
    assert list(fast.sets) == list(full.sets) and list(fast.questionnaires) == list(full.questionnaires)
    assert {k: s.sha256 for k, s in fast.sets.items()} == {k: s.sha256 for k, s in full.sets.items()}


def test_start_up_load_does_not_import_jsonschema():
    import subprocess
    import sys

    from support import ROOT

    code = "import sys\nfrom screening.catalog.data import load_catalog\nload_catalog()\nprint('jsonschema' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "False", result.stderr
