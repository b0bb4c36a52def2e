"""Every kind of broken file gets one pointed message: the file, the place, what was expected."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from screening.catalog.data import validate_paths

IND = "example-deceived-nature-of-job"
AT = f"$.properties['{IND}']['x-indicator']"


def _dump(doc) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


def _set(d):
    return d["indicator-set"]


def _mutate(kind, fn):
    def build(data):
        doc = copy.deepcopy(data[kind])
        fn(doc)
        return {f"{kind}.json": _dump(doc)}
    return build


def _raw(content: bytes, name="broken.json"):
    return lambda data: {name: content}


def _two_sets_same_indicator(data):
    a = copy.deepcopy(_set(data))
    b = copy.deepcopy(a)
    b["x-set"]["id"] = "example-copy"
    b["$id"] = "urn:victim-screening:indicator-set:example-copy"
    return {"a.json": _dump(a), "b.json": _dump(b)}


def _with_set(kind, fn):
    """A form file checked together with the example set it refers to."""
    def build(data):
        doc = copy.deepcopy(data[kind])
        fn(doc)
        return {"set.json": _dump(_set(data)), f"{kind}.json": _dump(doc)}
    return build


def _later_question(doc):
    doc["sections"][0]["questions"][0]["show_if"] = {"question": "q-pay", "in": ["yes"]}


CASES = [
    # (id, files builder, file that must be named, JSON path (or None), line (or None), message fragment)
    ("json-syntax", _raw(b'{\n  "kind": "questionnaire",\n  "id": "x"\n  "version": "1.0.0"\n}\n'), "broken.json", "$", 4, "JSON syntax error"),
    ("wrong-type", _mutate("indicator-set", lambda d: d["properties"][IND]["x-indicator"]["label"].__setitem__("en", 5)), "indicator-set.json", f"{AT}.label.en", None, "expected string; found integer"),
    ("unknown-strength", _mutate("indicator-set", lambda d: d["properties"][IND]["x-indicator"].__setitem__("strength", "very-strong")), "indicator-set.json", f"{AT}.strength", None, "very-strong"),
    ("duplicate-indicator-id", _two_sets_same_indicator, "json", "['x-indicator'].id", None, "duplicate indicator id"),
    ("dangling-indicator", _with_set("questionnaire", lambda d: d["sections"][0]["questions"][0].__setitem__("indicators", ["example-deceived-nature-of-jobs"])), "questionnaire.json", "$.sections[0].questions[0].indicators[0]", None, "did you mean 'example-deceived-nature-of-job'"),
    ("missing-english", _mutate("indicator-set", lambda d: d["properties"][IND]["x-indicator"]["label"].pop("en")), "indicator-set.json", f"{AT}.label", None, "missing required key 'en'"),
    ("remote-ref", _mutate("indicator-set", lambda d: d["properties"][IND].__setitem__("$ref", "https://example.org/evil.json")), "indicator-set.json", f"$.properties['{IND}']['$ref']", None, "network references are never resolved"),
    ("empty-file", _raw(b""), "broken.json", "$", None, "file is empty"),
    ("not-utf8", _raw('{"kind": "questionnaire", "title": "Опитувальник"}'.encode("cp1251")), "broken.json", "$", 1, "is not UTF-8"),
    ("deeply-nested", _raw(b"[" * 100_000 + b"]" * 100_000), "broken.json", "$", None, "nested too deeply"),
    ("very-large", _raw(b'{"kind": "vignettes", "pad": "' + b"x" * (6 * 1024 * 1024) + b'"}'), "broken.json", "$", None, "larger than 5,242,880 bytes, the most read for a data file"),
    ("skip-refers-to-later-question", _with_set("questionnaire", _later_question), "questionnaire.json", "$.sections[0].questions[0].show_if.question", None, "comes later in the form"),
    ("unknown-dimension", _mutate("indicator-set", lambda d: d["properties"][IND]["x-indicator"].__setitem__("dimension", "deceptive_recruitmen")), "indicator-set.json", f"{AT}.dimension", None, "did you mean 'deceptive_recruitment'"),
    ("note-extra-field", _mutate("referral-note", lambda d: d.__setitem__("name", "Olena")), "referral-note.json", "$", None, "unexpected key(s) 'name'"),
    ("duplicate-json-key", _raw(b'{"kind": "vignettes", "kind": "vignettes"}'), "broken.json", "$", None, "appears twice"),
    ("top-level-array", _raw(b"[1, 2, 3]"), "broken.json", "$", None, "expected a JSON object"),
    ("unknown-kind", _raw(b'{"kind": "spreadsheet"}'), "broken.json", "$", None, "cannot tell what this file is"),
    ("rule-unknown-dimension", _mutate("indicator-set", lambda d: d["x-set"]["rule"]["verdicts"][0]["when"]["all_of"][0].__setitem__("dimension_present", "coercion")), "indicator-set.json", "$['x-set'].rule.verdicts[0].when.all_of[0].dimension_present", None, "unknown dimension 'coercion'"),
    ("note-exact-day", _mutate("referral-note", lambda d: d.__setitem__("month", "2026-11-23")), "referral-note.json", "$.month", None, "expected text matching"),
    ("duplicate-question-id", _with_set("questionnaire", lambda d: d["sections"][0]["questions"][1].__setitem__("id", "q-job-as-promised")), "questionnaire.json", "$.sections[0].questions[1].id", None, "duplicate question id"),
    ("unknown-set-in-form", _with_set("questionnaire", lambda d: d.__setitem__("sets", ["example-labor"])), "questionnaire.json", "$.sets[0]", None, "did you mean 'example-labour'"),
    ("unrated-strength-in-rule-set", _mutate("indicator-set", lambda d: d["properties"][IND]["x-indicator"].__setitem__("strength", None)), "indicator-set.json", f"{AT}.strength", None, "expected a strength"),
    ("answer-enum-changed", _mutate("indicator-set", lambda d: d["properties"][IND].__setitem__("enum", ["yes", "no"])), "indicator-set.json", f"$.properties['{IND}'].enum", None, "expected"),
    ("bad-age-band-in-condition", _with_set("questionnaire", lambda d: d["sections"][0]["questions"][2].__setitem__("show_if", {"setup": "age_band", "in": ["15-17"]})), "questionnaire.json", "$.sections[0].questions[2].show_if.in", None, "unknown age_band '15-17'"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_reported_with_file_and_place(case, tmp_path: Path, example_data):
    _, build, file_fragment, path, line, fragment = case
    for name, content in build(example_data).items():
        (tmp_path / name).write_bytes(content)
    problems, checked = validate_paths([tmp_path])
    errors = [p for p in problems if p.severity == "error"]
    assert errors, "a broken file must give at least one problem"
    matching = [p for p in errors if fragment in p.message]
    assert matching, [p.text() for p in errors]
    problem = matching[0]
    assert file_fragment in problem.file and str(tmp_path) in problem.file
    if path is not None:
        assert path in problem.path, problem.text()
    if line is not None:
        assert problem.line == line, problem.text()
        assert problem.column is not None


def test_there_are_at_least_fifteen_distinct_bad_inputs():
    assert len({c[0] for c in CASES}) >= 15


def test_missing_translation_is_a_counted_fallback_not_an_error(tmp_path: Path, example_data):
    doc = example_data["indicator-set"]
    del doc["properties"][IND]["x-indicator"]["label"]["uk"]
    del doc["x-set"]["title"]["ru"]
    (tmp_path / "set.json").write_bytes(_dump(doc))
    problems, _ = validate_paths([tmp_path])
    assert [p.severity for p in problems] == ["fallback", "fallback"]
    texts = sorted(p.text() for p in problems)
    assert f"{AT}.label: [fallback] no 'uk' text" in texts[0]
    assert "$['x-set'].title: [fallback] no 'ru' text" in texts[1]


def test_cli_problems_on_stderr_one_line_each_and_unusable_files_exit_2(tmp_path: Path, cli):
    (tmp_path / "a.json").write_bytes(b'{"kind": "questionnaire",}')
    (tmp_path / "b.json").write_bytes(b"")
    result = cli("validate", str(tmp_path))
    assert result.returncode == 2  # not JSON: unusable input, as for score, note and redact
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith(f"{tmp_path / 'a.json'}:1:26: $: JSON syntax error")
    assert lines[1] == f"{tmp_path / 'b.json'}: $: file is empty; expected a JSON object"
    assert result.stdout.strip() == "2 file(s) checked, 2 problem(s), 0 translation fallback(s) to English"


def test_cli_problems_in_a_readable_file_exit_1_with_the_problem_on_stderr(tmp_path: Path, cli, example_data):
    doc = example_data["referral-directory"]
    doc["version"] = "1.0.0\n"  # passed before 2026-12: Python's `$` matches before a final newline
    (tmp_path / "d.json").write_text(json.dumps(doc), encoding="utf-8")
    result = cli("validate", str(tmp_path / "d.json"))
    assert result.returncode == 1
    assert '$.version: expected text matching ^[0-9]+\\.[0-9]+\\.[0-9]+$; found "1.0.0\\n"' in result.stderr
    assert result.stdout.startswith("1 file(s) checked, 1 problem(s)")


def test_a_utf8_byte_order_mark_is_accepted_as_by_every_other_command(tmp_path: Path, cli, example_data):
    for kind, doc in example_data.items():
        (tmp_path / f"{kind}.json").write_bytes(b"\xef\xbb\xbf" + json.dumps(doc, ensure_ascii=False).encode("utf-8"))
    result = cli("validate", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("OK: 5 file(s) checked, 0 problem(s)")


def test_standard_input_is_one_file(cli, example_data):
    result = cli("validate", "-", stdin=json.dumps(example_data["questionnaire"]))
    assert result.returncode == 0, result.stderr
    broken = cli("validate", "--format", "json", "-", stdin='{"kind": "vignettes"')
    assert broken.returncode == 2
    assert json.loads(broken.stdout)["problems"][0]["file"] == "<stdin>"


def test_the_example_questionnaire_validates_on_its_own(cli):
    """It refers to the example set, which ships beside it: checked alone, it must still pass."""
    result = cli("validate", "forms/examples/example-questionnaire.json")
    assert result.returncode == 0, result.stderr


def test_cli_json_format_for_machines(tmp_path: Path, cli):
    (tmp_path / "a.json").write_bytes(b'{"kind": "questionnaire",}')
    result = cli("validate", "--format", "json", str(tmp_path / "a.json"))
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert report["valid"] is False
    assert report["problems"][0] | {"file": None} == {"file": None, "path": "$", "message": "JSON syntax error: Expecting property name enclosed in double quotes", "line": 1, "column": 26, "severity": "error"}


def test_missing_path_is_reported(cli, tmp_path):
    result = cli("validate", str(tmp_path / "nope.json"))
    assert result.returncode == 2
    assert f"{tmp_path / 'nope.json'}: $: file not found" in result.stderr
