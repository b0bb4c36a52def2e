"""Invalid and foreign files are reported (file + reason) and skipped; they never stop a run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from handmade import SIX, write
from screening.coordinator.aggregate import aggregate, iter_note_files, parse_note
from screening.models.note import ReferralNote
from screening.catalog.problems import Problem

GOOD = json.dumps(SIX[0]).encode()


def with_(change) -> bytes:
    data = json.loads(GOOD)
    change(data)
    return json.dumps(data).encode()


@pytest.mark.parametrize("raw, path, words", [
    (b"", "$", "file is empty"),
    (b"  \n", "$", "file is empty"),
    (b"not json", "$", "not JSON"),
    (b'{"kind": "referral-note",', "$", "not JSON"),
    (b"[1, 2]", "$", "not a JSON object"),
    (b'{"kind": "questionnaire", "id": "x"}', "$.kind", "'kind' is 'questionnaire'"),
    (b'{"x-set": {}}', "$.kind", "it has no 'kind'"),
    (with_(lambda d: d.pop("kind")), "$.kind", "it has no 'kind'"),
    (with_(lambda d: d.pop("schema_version")), "$.schema_version", "Field required"),
    (with_(lambda d: d.update(name="Olena")), "$.name", "unexpected key 'name'"),
    (with_(lambda d: d["results"][0].update(person="x")), "$.results[0].person", "unexpected key"),
    (with_(lambda d: d.update(month="2026-11-05")), "$.month", "pattern"),
    (with_(lambda d: d.update(oblast="Kharkiv")), "$.oblast", "expected an oblast code"),
    (with_(lambda d: d.update(note_id="ABC")), "$.note_id", "pattern"),
    (with_(lambda d: d.update(consent_to_refer="yes")), "$.consent_to_refer", "boolean"),
    (with_(lambda d: d.update(urgent_needs=["danger", "danger"])), "$.urgent_needs", "appears twice"),
    (with_(lambda d: d.update(urgent_needs=["=HYPERLINK()"])), "$.urgent_needs[0]", "pattern"),
    (with_(lambda d: d.update(data_versions=[])), "$.data_versions", "at least 1"),
    (with_(lambda d: d.update(age_band="30")), "$.age_band", "Input should be"),
])
def test_bad_bytes_become_a_problem_with_path_and_reason(raw, path, words):
    problem = parse_note(raw, "x.json")
    assert isinstance(problem, Problem)
    assert (problem.file, problem.path) == ("x.json", path)
    assert words in problem.message


def test_a_good_note_parses_with_or_without_a_bom():
    assert isinstance(parse_note(GOOD), ReferralNote)
    assert isinstance(parse_note(b"\xef\xbb\xbf" + GOOD), ReferralNote)


def test_the_shipped_example_note_is_a_note(example_data):
    assert isinstance(parse_note(json.dumps(example_data["referral-note"]).encode()), ReferralNote)


def test_a_folder_of_mixed_files_counts_only_the_notes(tmp_path):
    write(tmp_path / "a", SIX[:2])
    write(tmp_path / "b" / "deeper", SIX[2:3])
    (tmp_path / "empty.json").write_bytes(b"")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    (tmp_path / "form.json").write_text('{"kind": "questionnaire"}', encoding="utf-8")
    (tmp_path / "extra.json").write_text(json.dumps({**SIX[3], "phone": "+380"}), encoding="utf-8")
    (tmp_path / "readme.txt").write_text("not counted, not reported", encoding="utf-8")
    (tmp_path / "sheet.xlsx").write_bytes(b"PK\x03\x04")
    result = aggregate([tmp_path])
    assert result.notes == 3
    assert result.files == 7
    assert sorted((p.file.rsplit("/", 1)[-1], p.path) for p in result.problems) == [
        ("broken.json", "$"), ("empty.json", "$"), ("extra.json", "$.phone"), ("form.json", "$.kind"),
    ]


def test_files_named_directly_are_read_whatever_their_name_and_missing_ones_reported(tmp_path):
    named = tmp_path / "note.txt"
    named.write_text(json.dumps(SIX[0]), encoding="utf-8")
    result = aggregate([named, tmp_path / "gone"])
    assert result.notes == 1
    assert [(p.path, p.message) for p in result.problems] == [("$", "file or folder not found")]


def test_files_are_found_in_a_stable_order(tmp_path):
    write(tmp_path / "z", SIX[:1])
    write(tmp_path / "a", SIX[1:2])
    (tmp_path / "m.json").write_text("{}", encoding="utf-8")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in iter_note_files([tmp_path])]
    assert found == [f"a/{SIX[1]['note_id']}.json", "m.json", f"z/{SIX[0]['note_id']}.json"]


def test_the_same_note_twice_is_counted_once(tmp_path):
    write(tmp_path / "first", SIX[:1])
    write(tmp_path / "copy", SIX[:1])
    result = aggregate([tmp_path])
    assert (result.notes, result.duplicates) == (1, 1)
    assert "already counted" in result.problems[0].message


def test_unknown_grouping_is_refused(tmp_path):
    with pytest.raises(ValueError, match="expected one of month"):
        aggregate([tmp_path], by="name")


def test_the_fast_dict_view_and_the_typed_model_name_the_same_fields():
    from typing import get_type_hints

    from screening.models.note import DataVersion, IndicatorPresent, ReferralTarget, SetResult
    from screening.coordinator.note_reader import DataVersionDict, IndicatorDict, NoteDict, SetResultDict, TargetDict

    pairs = [(NoteDict, ReferralNote), (SetResultDict, SetResult), (IndicatorDict, IndicatorPresent), (TargetDict, ReferralTarget), (DataVersionDict, DataVersion)]
    for typed_dict, model in pairs:
        assert set(get_type_hints(typed_dict)) - {"__pydantic_config__"} == {f.alias or name for name, f in model.model_fields.items()}, typed_dict.__name__


def test_check_note_gives_a_plain_dict_and_a_model_note_counts_the_same(tmp_path):
    from screening.coordinator.aggregate import Aggregate, check_note

    checked = check_note(GOOD)
    assert isinstance(checked, dict) and checked["note_id"] == SIX[0]["note_id"]
    from_dict, from_model = Aggregate(by="need"), Aggregate(by="need")
    from_dict.add(checked, "a.json")
    from_model.add(parse_note(GOOD), "a.json")
    assert from_dict.report(0) == from_model.report(0)


def test_a_file_too_large_to_be_a_note_is_refused_without_reading_it_all(tmp_path):
    from screening.coordinator.aggregate import read_note
    from screening.coordinator.note_reader import MAX_NOTE_BYTES

    big = tmp_path / "big.json"
    big.write_bytes(b" " * (MAX_NOTE_BYTES + 10))
    problem = read_note(big)
    assert isinstance(problem, Problem) and "larger than" in problem.message
    folder = tmp_path / "folder.json"
    folder.mkdir()
    assert isinstance(read_note(folder), Problem)
    assert read_note(tmp_path / "gone.json").message.startswith("cannot read the file")


# One field at a time made into something the published schema refuses; personal data in an
# id, a date in the month, a place name as oblast, an empty label, an over-long free text.
REFUSED = [
    (("note_id",), "1234"),
    (("month",), "2025-13-02"),
    (("oblast",), "Kyiv"),
    (("urgent_needs",), ["call Olena on 067 123 4567"]),
    (("results", 0, "set"), "ILO Adult Labour"),
    (("results", 0, "dimensions_present"), ["Deceptive recruitment"]),
    (("data_versions", 0, "sha256"), "abc"),
    (("data_versions", 0, "version"), "1.0"),
    (("data_versions",), []),
    (("free_text",), "x" * 2001),
]


@pytest.mark.parametrize(("where", "value"), REFUSED, ids=[".".join(map(str, w)) for w, _ in REFUSED])
def test_the_model_the_reader_and_the_schema_refuse_the_same_values(where, value):
    from pydantic import ValidationError

    from screening.catalog.schemas import errors

    note = json.loads(GOOD)
    ReferralNote.model_validate(json.loads(GOOD), strict=False)  # the note itself is fine
    target = note
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value
    assert list(errors("referral-note", note)), "the schema accepts it"
    assert isinstance(parse_note(json.dumps(note).encode()), Problem), "the file reader accepts it"
    with pytest.raises(ValidationError):  # and a note cannot even be built with it
        ReferralNote.model_validate(json.loads(json.dumps(note)), strict=False)
