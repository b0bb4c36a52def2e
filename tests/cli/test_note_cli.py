"""`screening note`: an answers file in, one owner-only export out, clear errors otherwise."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from pdf_text import pdf_text

ADULT = {"age_band": "25-59", "language": "uk", "oblast": "UA-12",
         "answers": {"ilo-al-ec-excessive-hours": "yes", "ilo-al-ec-low-or-no-salary": "yes"}}


def answers_file(tmp_path: Path, data: dict | str, name: str = "answers.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["md", "txt", "json", "pdf"])
def test_each_format_is_written_owner_only(cli, tmp_path, fmt):
    out = tmp_path / f"note.{fmt}"
    result = cli("note", "--answers", str(answers_file(tmp_path, ADULT)), "--format", fmt, "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert f"({fmt})" in result.stderr
    text = pdf_text(out.read_bytes()) if fmt == "pdf" else out.read_text(encoding="utf-8")
    assert "Надмірна кількість робочих днів чи годин" in text


def test_format_follows_the_output_suffix(cli, tmp_path):
    out = tmp_path / "note.json"
    assert cli("note", "--answers", str(answers_file(tmp_path, ADULT)), "--output", str(out)).returncode == 0
    note = json.loads(out.read_text(encoding="utf-8"))
    assert note["kind"] == "referral-note" and note["age_band"] == "25-59" and note["oblast"] == "UA-12"
    assert note["screener_role"] == "social-worker" and note["consent_to_refer"] is False


def test_json_to_stdout_is_schema_valid_and_defaults_apply(cli, tmp_path):
    from screening.catalog.schemas import errors

    result = cli("note", "--answers", "-", "--format", "json", "--output", "-", "--consent",
                 stdin=json.dumps({"age_band": "14-17", "answers": {}}))
    assert result.returncode == 0, result.stderr
    note = json.loads(result.stdout)
    assert list(errors("referral-note", note)) == []
    assert note["language"] == "en" and note["consent_to_refer"] is True
    assert [t["service"] for t in note["referral_targets"]] == ["ua-children-hotline", "ua-child-services", "ua-children-hotline-116111"]


def test_other_country_uses_the_international_fallback(cli, tmp_path):
    result = cli("note", "--answers", "-", "--format", "json", "--output", "-", "--country", "pl",
                 stdin=json.dumps({"age_band": "<14", "answers": {}}))
    assert result.returncode == 0, result.stderr
    assert [t["service"] for t in json.loads(result.stdout)["referral_targets"]] == ["intl-child-protection"]


def test_free_text_is_redacted_on_the_way_in(cli, tmp_path):
    data = {**ADULT, "free_text": "Мене звати Олена Коваленко, тел. +380 67 123 45 67"}
    result = cli("note", "--answers", str(answers_file(tmp_path, data)), "--format", "json", "--output", "-")
    assert result.returncode == 0, result.stderr
    assert "Коваленко" not in result.stdout and "123 45 67" not in result.stdout
    assert json.loads(result.stdout)["free_text"] == "Мене звати [ІМ'Я], тел. [ТЕЛЕФОН]"


def test_pdf_never_goes_to_stdout(cli, tmp_path):
    result = cli("note", "--answers", str(answers_file(tmp_path, ADULT)), "--format", "pdf", "--output", "-")
    assert result.returncode == 2
    assert result.stdout == "" and "never written to standard output" in result.stderr


def test_existing_output_needs_force(cli, tmp_path):
    out = tmp_path / "note.md"
    out.write_text("keep")
    args = ("note", "--answers", str(answers_file(tmp_path, ADULT)), "--output", str(out))
    refused = cli(*args)
    assert refused.returncode == 1 and "already exists; use --force" in refused.stderr
    assert out.read_text() == "keep"
    forced = cli(*args, "--force")
    assert forced.returncode == 0 and out.read_text(encoding="utf-8").startswith("# Знеособлене направлення")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_missing_folder_is_a_clear_message(cli, tmp_path):
    result = cli("note", "--answers", str(answers_file(tmp_path, ADULT)), "--output", str(tmp_path / "no" / "n.md"))
    assert result.returncode == 1
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("data, where, expected", [
    ({"answers": {}}, "$.age_band", "missing; expected one of <14"),
    ({"age_band": "33", "answers": {}}, "$.age_band", "expected one of"),
    ({"age_band": "25-59", "answers": {"ilo-al-ec-excessive-hours": "often"}}, "$.answers['ilo-al-ec-excessive-hours']", "expected one of yes, no, unknown, declined"),
    ({"age_band": "25-59", "oblast": "Kyiv, Khreshchatyk 1", "answers": {}}, "$.oblast", "never a town or an address"),
    ({"age_band": "25-59", "screener_role": "Olena Kovalenko", "answers": {}}, "$.screener_role", "expected one of social-worker"),
    ({"age_band": "25-59", "name": "Olena", "answers": {}}, "$.name", "unexpected key 'name'"),
    ({"age_band": "25-59"}, "$.answers", "expected an object"),
])
def test_bad_answers_file_names_file_path_and_expectation(cli, tmp_path, data, where, expected):
    path = answers_file(tmp_path, data)
    result = cli("note", "--answers", str(path), "--output", str(tmp_path / "n.md"))
    assert result.returncode == 2, result.stderr  # unusable input: 2, as for score
    line = result.stderr.strip().splitlines()[0]
    assert line.startswith(f"{path}: {where}")
    assert expected in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "n.md").exists()


def test_broken_json_gives_line_and_column(cli, tmp_path):
    path = answers_file(tmp_path, '{"age_band": "25-59",\n "answers": {,}}')
    result = cli("note", "--answers", str(path), "--output", str(tmp_path / "n.md"))
    assert result.returncode == 2
    assert result.stderr.startswith(f"{path}:2:")


def test_unknown_indicator_exits_2_like_score(cli, tmp_path):
    data = {"age_band": "14-17", "answers": {"ilo-al-ec-excessive-hours": "yes", "ilo-cl-ec-excesive-hours": "yes"}}
    result = cli("note", "--answers", str(answers_file(tmp_path, data)), "--output", str(tmp_path / "n.md"))
    assert result.returncode == 2
    assert "$.answers['ilo-al-ec-excessive-hours']: unknown indicator" in result.stderr
    assert "which is for population 'adult', not age band 14-17" in result.stderr
    assert "did you mean 'ilo-cl-ec-excessive-hours'" in result.stderr
    assert not (tmp_path / "n.md").exists()


def test_unknown_form_and_country_exit_2(cli, tmp_path):
    path = str(answers_file(tmp_path, ADULT))
    form = cli("note", "--answers", path, "--form", "no-such-form", "--output", "-")
    assert form.returncode == 2 and "unknown form 'no-such-form'" in form.stderr
    country = cli("note", "--answers", path, "--country", "Ukraine", "--output", "-")
    assert country.returncode == 2 and "two-letter country code" in country.stderr


def test_note_is_listed_in_help(cli):
    assert "note" in cli("--help").stdout


def test_form_is_chosen_by_age_band_and_recorded_with_its_hash(cli, tmp_path):
    from screening.cli.commands.note import default_form
    from screening.catalog.data import load_catalog

    catalog = load_catalog()
    result = cli("note", "--answers", "-", "--format", "json", "--output", "-", stdin=json.dumps({"age_band": "18-24", "answers": {}}))
    assert result.returncode == 0, result.stderr
    note = json.loads(result.stdout)
    versions = {v["id"]: v["sha256"] for v in note["data_versions"]}
    from screening.engine.session import Setup

    form_id = default_form(catalog, Setup(age_band="18-24"))
    assert form_id == "adult-screening"  # the app's choice (screening.engine.policy), not the first by id
    if form_id is None:
        pytest.skip("no adult questionnaire shipped")
    form = catalog.questionnaires[form_id]
    assert versions[form_id] == catalog.hashes[form_id]
    assert {r["set"] for r in note["results"]} == {s for s in form.sets if catalog.sets[s].info.population in ("adult", "any")}
