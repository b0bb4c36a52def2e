"""Invariants 3 and 4: a note built from inputs full of planted personal data holds none of it, in any format.

Free text goes through redaction inside `build_note` (the UI redacts too; this is the
second line). Every other input that could carry a name or a place is refused, not
stored: an oblast must be a code, a role one of the roles, an answer key an indicator id.
"""

from __future__ import annotations

import json

import pytest

from pdf_text import pdf_text
from planted import FREE_TEXT, leaks
from screening.catalog.data import load_catalog
from screening.engine.score import UnknownIndicator
from screening.export import FORMATS, render
from screening.export.referral import NoteError, build_note
from screening.engine.session import Setup

ANSWERS = {"ilo-al-dr-deceived-nature-of-job": "yes", "ilo-al-cd-confiscation-of-documents": "yes", "ilo-al-cd-violence": "yes",
           "ilo-al-ec-excessive-hours": "yes", "ilo-al-ec-low-or-no-salary": "yes", "ilo-al-dr-deceived-wages": "declined"}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def exported_text(note, fmt: str) -> str:
    data = render(note, fmt)
    return pdf_text(data) if fmt == "pdf" else data.decode("utf-8")


def test_the_planted_text_really_is_full_of_personal_data():
    assert len(leaks(FREE_TEXT)) == 28


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_no_planted_item_survives_into_any_export(catalog, language, fmt):
    note = build_note(catalog, Setup(age_band="25-59", language=language, oblast="UA-46"), ANSWERS,
                      urgent_needs=["immediate_danger", "documents_held"], free_text=FREE_TEXT)
    assert note.free_text  # something is left: the cue words and placeholders
    assert leaks(exported_text(note, fmt)) == []


def test_pdf_bytes_hold_none_of_it_either(catalog):
    note = build_note(catalog, Setup(age_band="14-17", language="uk"), {}, free_text=FREE_TEXT)
    data = render(note, "pdf")
    for item in ("Коваленко", "KB654321", "olena.kovalenko", "0671234567"):
        assert item.encode("utf-8") not in data and item.encode("utf-16-be") not in data


def test_the_json_note_has_only_the_allowed_fields(catalog):
    note = build_note(catalog, Setup(age_band="60+", language="ru"), {}, free_text=FREE_TEXT)
    data = json.loads(render(note, "json"))
    assert set(data) == {"kind", "schema_version", "note_id", "month", "age_band", "oblast", "screener_role", "language",
                         "consent_to_refer", "results", "urgent_needs", "police_involvement", "referral_targets",
                         "data_versions", "free_text"}
    assert len(data["month"]) == 7  # the month, never the day


@pytest.mark.parametrize("setup", [
    Setup(age_band="25-59", oblast="Київ, вул. Хрещатик 1"),
    Setup(age_band="25-59", oblast="Олена Коваленко"),
    Setup(age_band="25-59", screener_role="Олена Коваленко"),
    Setup(age_band="34"),
])
def test_setup_fields_cannot_carry_personal_data(catalog, setup):
    with pytest.raises(NoteError):
        build_note(catalog, setup, {})


def test_answer_keys_cannot_carry_personal_data(catalog):
    with pytest.raises(UnknownIndicator):
        build_note(catalog, Setup(age_band="25-59"), {"Олена Коваленко +380671234567": "yes"})


def test_note_id_is_random_not_derived_from_the_person(catalog):
    ids = {build_note(catalog, Setup(age_band="25-59"), ANSWERS, free_text=FREE_TEXT).note_id for _ in range(20)}
    assert len(ids) == 20
