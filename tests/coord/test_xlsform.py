"""export-xlsform: every shipped questionnaire converts with pyxform; names, languages and skip logic survive."""

from __future__ import annotations

import json
import os
import re
import stat

import pytest
from openpyxl import load_workbook
from pyxform.xls2xform import convert

from screening.catalog.data import load_catalog
from screening.models.forms import Questionnaire
from screening.coordinator.xlsform import XLSFormError, build_sheets, relevant, write_xlsform, xml_name
from screening.catalog.typed import validate_json
from models_json import as_json

FORMS = load_catalog(include_examples=True).questionnaires
LANGUAGE_COLUMNS = ["English (en)", "Українська (uk)", "Русский (ru)"]


def rich_form(example: dict) -> Questionnaire:
    """The example questionnaire plus a child-only observation section and nested conditions."""
    form = dict(example)
    work = form["sections"][0]
    question = work["questions"][0]
    form["sections"] = [work, {
        "id": "child-signs",
        "title": {"en": "Signs in a child", "uk": "Ознаки в дитини", "ru": "Признаки у ребёнка"},
        "intro": {"en": "Look at the child.", "uk": "Подивіться на дитину.", "ru": "Посмотрите на ребёнка."},
        "mode": "observe",
        "show_if": {"setup": "age_band", "in": ["<14", "14-17"]},
        "questions": [
            {**question, "id": "q-3-scared", "show_if": {"all_of": [
                {"question": "q-hours", "in": ["yes"]},
                {"not": {"any_of": [{"question": "q-pay", "in": ["no"]}, {"setup": "exploitation_context", "in": ["sexual"]}]}},
            ]}},
        ],
    }]
    return validate_json(Questionnaire, json.dumps(form))


def convert_file(path) -> str:
    result = convert(xlsform=str(path))
    return result.xform


@pytest.mark.parametrize("form_id", sorted(FORMS))
def test_every_shipped_questionnaire_converts_and_keeps_every_question_and_language(tmp_path, form_id):
    form = FORMS[form_id]
    output = tmp_path / f"{form_id}.xlsx"
    write_xlsform(form, output)
    xform = convert_file(output)
    for _, question in form.questions():
        name = xml_name(question.id)
        assert f"/{name}\"" in xform, name
        assert f'screening:id="{question.id}"' in xform
        if question.indicators:  # a gateway records none; pyxform drops the empty attribute
            assert f'screening:indicators="{" ".join(question.indicators)}"' in xform
    for language in LANGUAGE_COLUMNS:
        assert f'<translation lang="{language}"' in xform
    for _, question in form.questions():
        for language in ("en", "uk", "ru"):
            text = question.text.get(language)
            assert text.replace("'", "&apos;").replace('"', "&quot;") in xform or text in xform
    conditional = [q for _, q in form.questions() if q.show_if]
    assert xform.count("relevant=") >= len(conditional)


@pytest.mark.parametrize("form_id", sorted(FORMS))
def test_sheets_have_the_language_columns_and_settings(tmp_path, form_id):
    output = tmp_path / "form.xlsx"
    write_xlsform(FORMS[form_id], output)
    book = load_workbook(output)
    assert book.sheetnames == ["survey", "choices", "settings"]
    header = [c.value for c in book["survey"][1]]
    for language in LANGUAGE_COLUMNS:
        assert f"label::{language}" in header and f"hint::{language}" in header
        assert f"label::{language}" in [c.value for c in book["choices"][1]]
    settings = dict(zip([c.value for c in book["settings"][1]], [c.value for c in book["settings"][2]]))
    assert settings["form_id"] == xml_name(form_id)
    assert settings["version"] == FORMS[form_id].version
    assert settings["default_language"] == "English (en)"
    answers = [[c.value for c in row] for row in book["choices"].iter_rows(min_row=2) if row[0].value == "answer"]
    assert [a[1] for a in answers] == ["yes", "no", "unknown", "declined"]
    assert answers[0][2:] == ["yes", "так", "да"]


def test_example_skip_logic_becomes_relevant():
    rows = build_sheets(FORMS["example-questionnaire"])["survey"]
    header = rows[0]
    pay = next(r for r in rows if r[1] == "q_pay")
    assert pay[header.index("relevant")] == "selected(${q_job_as_promised}, 'yes') or selected(${q_job_as_promised}, 'unknown')"


def test_setup_conditions_nesting_and_observation_sections(tmp_path, example_data):
    form = rich_form(example_data["questionnaire"])
    rows = build_sheets(form)["survey"]
    header = rows[0]
    by_name = {r[1]: r for r in rows if r[1]}
    assert [r[1] for r in rows[1:5]] == ["setup", "age_band", "exploitation_context", ""]
    assert by_name["age_band"][0] == "select_one age_band"
    assert by_name["exploitation_context"][0] == "select_one exploitation_context"
    assert "screener_role" not in by_name  # no condition uses it
    group = by_name["section_child_signs"]
    assert group[0] == "begin_group"
    assert group[header.index("relevant")] == "selected(${age_band}, '<14') or selected(${age_band}, '14-17')"
    scared = by_name["q_3_scared"]
    assert scared[header.index("relevant")] == (
        "(selected(${q_hours}, 'yes')) and "
        "(not((selected(${q_pay}, 'no')) or (selected(${exploitation_context}, 'sexual'))))"
    )
    assert scared[header.index("hint::English (en)")].startswith("Observe; do not ask.")
    intro = by_name["section_child_signs_intro"]
    assert intro[0] == "note" and intro[header.index("label::Українська (uk)")] == "Спостерігайте; не запитуйте. Подивіться на дитину."
    output = tmp_path / "rich.xlsx"
    write_xlsform(form, output)
    xform = convert_file(output)
    assert "not(" in xform and "exploitation_context" in xform and "/data/section_child_signs/q_3_scared" in xform


def test_names_are_xml_names():
    assert xml_name("q-job-as-promised") == "q_job_as_promised"
    assert xml_name("3-children") == "q_3_children"
    assert xml_name("plain_id") == "plain_id"


def test_two_ids_that_would_share_a_name_are_refused(example_data):
    form = example_data["questionnaire"]
    questions = form["sections"][0]["questions"]
    questions.append({**questions[0], "id": "q_job-as-promised"})
    with pytest.raises(XLSFormError, match="would both be named 'q_job_as_promised'"):
        build_sheets(validate_json(Questionnaire, json.dumps(form)))


def test_no_condition_means_no_relevant():
    assert relevant(None, {}) == ""


def test_written_owner_only_and_never_overwritten_without_force(tmp_path):
    output = tmp_path / "form.xlsx"
    write_xlsform(FORMS["example-questionnaire"], output)
    assert stat.S_IMODE(os.stat(output).st_mode) == 0o600
    output.write_bytes(b"keep me")
    with pytest.raises(FileExistsError):
        write_xlsform(FORMS["example-questionnaire"], output)
    assert output.read_bytes() == b"keep me"
    write_xlsform(FORMS["example-questionnaire"], output, force=True)
    assert output.read_bytes().startswith(b"PK")
    assert [p.name for p in tmp_path.iterdir()] == ["form.xlsx"]  # no temporary file left


def test_cli_writes_refuses_and_forces(cli, tmp_path):
    output = tmp_path / "form.xlsx"
    done = cli("export-xlsform", "--form", "example-questionnaire", "--output", str(output))
    assert done.returncode == 0, done.stderr
    assert output.exists()
    again = cli("export-xlsform", "--form", "example-questionnaire", "--output", str(output))
    assert again.returncode == 1
    assert "already exists; add --force" in again.stderr
    assert cli("export-xlsform", "--form", "example-questionnaire", "--output", str(output), "--force").returncode == 0


def test_cli_unknown_form_and_bad_output(cli, tmp_path):
    done = cli("export-xlsform", "--form", "example-questionaire", "--output", str(tmp_path / "x.xlsx"))
    assert done.returncode == 2
    assert "did you mean 'example-questionnaire'" in done.stderr
    assert cli("export-xlsform", "--form", "example-questionnaire", "--output", str(tmp_path / "x.csv")).returncode == 2
    missing = cli("export-xlsform", "--form", "example-questionnaire", "--output", str(tmp_path / "no" / "x.xlsx"))
    assert missing.returncode == 1 and "does not exist" in missing.stderr and "Traceback" not in missing.stderr


def _question_rows(rows):
    header = rows[0]
    return [dict(zip(header, r)) for r in rows[1:] if r[0] == "select_one answer"]


@pytest.mark.parametrize("form_id", ["adult-screening", "child-screening"])
def test_the_short_interviews_core_comes_first_in_its_order_and_every_question_once(form_id):
    form = FORMS[form_id]
    core = list(form.short_interview.core)
    rows = _question_rows(build_sheets(form)["survey"])
    ids = [r["bind::screening:id"] for r in rows]
    # The core first, in its order; a core question opened only by a later question stays in its
    # section (still marked), else it could never be shown.
    marked = [r["bind::screening:id"] for r in rows if r["bind::screening:core"] == "yes"]
    assert sorted(marked) == sorted(core)
    first = [i for i in ids[: len(core)] if i in core]
    assert first == [c for c in core if c in first] and len(first) >= len(core) // 2
    assert sorted(ids) == sorted(q.id for _, q in form.questions()) and len(set(ids)) == len(ids)
    # A question's relevance names only questions asked before it (else it could never be shown).
    seen: set[str] = set()
    for row in rows:
        for name in re.findall(r"\$\{(\w+)\}", row["relevant"]):
            assert name in seen or name in ("age_band", "screener_role", "exploitation_context"), (row["name"], name)
        seen.add(row["name"])
    # The form's order is still there on request.
    assert [r["bind::screening:id"] for r in _question_rows(build_sheets(form, "form")["survey"])] == [q.id for _, q in form.questions()]


def test_a_core_question_carries_its_sections_skip_logic_too():
    from screening.models.forms import Questionnaire

    form = FORMS["adult-screening"]
    data = as_json(form, exclude_none=True)
    first = data["short_interview"]["core"][0]
    section = next(s for s in data["sections"] if any(q["id"] == first for q in s["questions"]))
    section["show_if"] = {"setup": "exploitation_context", "in": ["labour", "unknown"]}
    row = _question_rows(build_sheets(validate_json(Questionnaire, json.dumps(data)))["survey"])[0]
    assert row["bind::screening:id"] == first and "selected(${exploitation_context}, 'labour')" in row["relevant"]
