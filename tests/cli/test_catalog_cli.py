"""`screening catalog` through its real entry point."""

from __future__ import annotations

import json


def test_catalog_json_has_the_contract_shape(cli):
    result = cli("catalog", "--format", "json")
    assert result.returncode == 0, result.stderr
    catalog = json.loads(result.stdout)
    assert set(catalog) == {"sets", "questionnaires"}
    for form in catalog["questionnaires"]:
        assert set(form) == {"id", "version", "title", "population", "sets", "questions", "example"}
    for s in catalog["sets"]:
        assert set(s) == {"id", "version", "title", "population", "indicators"}
        for i in s["indicators"]:
            assert set(i) == {"id", "dimension", "strength", "label", "sources"}
            assert set(i["label"]) == {"en", "uk", "ru"}
            assert all(set(src) == {"source", "locator", "quote"} for src in i["sources"])


def test_unknown_set_is_a_clear_error(cli):
    result = cli("catalog", "--set", "no-such-set")
    assert result.returncode == 2
    assert "unknown set 'no-such-set'" in result.stderr


def test_catalog_lists_the_questionnaires_as_its_help_and_the_guides_say(cli):
    """export-xlsform's --help and the coordinator guide send people to `screening catalog` for form ids."""
    assert "see `screening catalog`" in cli("export-xlsform", "--help").stdout
    table = cli("catalog").stdout
    assert "Questionnaires" in table
    listed = {form["id"]: form for form in json.loads(cli("catalog", "--format", "json").stdout)["questionnaires"]}
    assert {"adult-screening", "child-screening", "example-questionnaire"} <= set(listed)
    assert listed["example-questionnaire"]["example"] is True and listed["adult-screening"]["example"] is False
    for form_id, form in listed.items():
        assert f"  {form_id} {form['version']}  " in table
    assert listed["adult-screening"]["questions"] > 50
