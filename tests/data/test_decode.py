"""The start-up reader (screening/catalog/decode.py) builds exactly what pydantic builds, or refuses.

The app reads the shipped data without pydantic; `screening validate` and every file the
reader refuses go through pydantic (screening/catalog/typed.py). So the two must agree: on
every shipped file the same objects, and on near-valid mutations of them, whatever the
reader accepts pydantic accepts too, as the same objects (where the reader refuses,
pydantic decides: tests/data/test_shipped_data.py and the loading tests cover that path).
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from pydantic import ValidationError

from screening.catalog.data import _MODELS, kind_of, load_catalog, quick_model
from screening.catalog.decode import DecodeError, decode
from screening.catalog.resources import shipped_data_files
from screening.catalog.typed import validate_json, validate_python
from screening.models import LocalText, Questionnaire
from screening.models.forms import ContactVerification, QuestionIn, ShowNot
from test_schema_check import near_valid

FILES = [p for p in shipped_data_files() if kind_of(json.loads(p.read_bytes())) in _MODELS]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_shipped_file_reads_to_the_same_objects_as_with_pydantic(path):
    raw = path.read_bytes()
    cls = _MODELS[kind_of(json.loads(raw))]
    assert decode(cls, json.loads(raw)) == validate_json(cls, raw)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(near_valid())
def test_what_the_reader_accepts_pydantic_accepts_as_the_same_objects(doc):
    kind = kind_of(doc)
    if kind not in _MODELS:
        return
    cls = _MODELS[kind]
    try:
        quick = decode(cls, doc)
    except DecodeError:
        return
    assert validate_python(cls, doc) == quick


@pytest.mark.parametrize("value, why", [
    ({"en": "x", "de": "y"}, "an unknown key"),
    ({"uk": "x"}, "a missing key"),
    ({"en": 1}, "a number for a text"),
    ({"en": None}, "null for a required text"),
    (["x"], "an array for an object"),
])
def test_the_reader_refuses_what_pydantic_refuses(value, why):
    with pytest.raises(DecodeError):
        decode(LocalText, value)
    with pytest.raises(ValidationError):
        validate_python(LocalText, value)


def test_strict_scalars_literals_and_unions_by_their_keys():
    assert decode(ShowNot, {"not": {"question": "q1", "in": ["yes"]}}) == ShowNot(not_=QuestionIn(question="q1", in_=("yes",)))
    for bad in ({"not": {"question": "q1", "in": ["maybe"]}},   # outside the Literal
                {"not": {"question": "q1", "in": "yes"}},       # a text for an array
                {"not": {"question": "q1"}},                    # fits no member of the union
                {"not": {"question": 1, "in": ["yes"]}}):       # a number for a text
        with pytest.raises(DecodeError):
            decode(ShowNot, bad)
    assert decode(ContactVerification, {"status": "verified", "source": "x", "checked": "2026-11"}).checked == "2026-11"
    with pytest.raises(DecodeError):  # the class's own check (__post_init__) holds here too
        decode(ContactVerification, {"status": "verified", "source": "x", "checked": "2026-13"})


def test_a_file_the_reader_refuses_gets_pydantics_message(example_data):
    form = example_data["questionnaire"]
    form["sections"][0]["questions"][0]["urgent_if_yes"] = "true"  # a string is not a boolean
    model, problems = quick_model("questionnaire", json.dumps(form).encode(), "form.json")
    assert model is None
    assert [(p.path, p.message) for p in problems] == [
        ("$.sections[0].questions[0].urgent_if_yes", "Input should be a valid boolean (typed model)")]


def test_the_catalog_is_the_dataclasses_and_loads_without_pydantic_or_openssl():
    """Memory at the first question (docs/performance.md, figure 8): neither pydantic nor
    hashlib (which starts OpenSSL's digests) is loaded with the catalog; the digests notes
    cite are still the files' SHA-256."""
    import hashlib
    import subprocess
    import sys

    from support import ROOT

    code = ("import sys\nfrom screening.catalog.data import load_catalog\nc = load_catalog()\n"
            "print(len(c.sets), len(c.questionnaires), 'pydantic' in sys.modules, 'hashlib' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    catalog = load_catalog()
    assert done.stdout.split() == [str(len(catalog.sets)), str(len(catalog.questionnaires)), "False", "False"], done.stderr
    assert all(type(f) is Questionnaire for f in catalog.questionnaires.values())
    for indicator_set in catalog.sets.values():
        path = next(p for p in shipped_data_files() if p.name == indicator_set.path.rsplit("/", 1)[-1])
        assert indicator_set.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
