"""`screening score` through its real entry point, on the shipped ILO adult-labour set.

Expected results worked out by hand: deceived about the job (strong) + deceived about
wages (medium) -> deceptive recruitment present (1 strong + 1 medium); excessive hours
(strong) + low or no salary (medium) -> exploitative conditions present; confiscation of
documents + isolation at destination (2 strong) -> coercion at destination present; so
all three elements -> strong indication.
"""

from __future__ import annotations

import json

from rule_fixture import PRESENT_WHEN
from screening.catalog.data import load_catalog
from models_json import as_json

CATALOG = load_catalog()
ADULT = CATALOG.sets["ilo-adult-labour"]


def ids_of(dimension: str, strength: str) -> list[str]:
    return [i.id for i in ADULT.indicators if i.dimension == dimension and i.strength == strength]


STRONG_CASE = {
    ids_of("deceptive_recruitment", "strong")[0]: "yes",
    ids_of("deceptive_recruitment", "medium")[0]: "yes",
    ids_of("exploitative_conditions", "strong")[0]: "yes",
    ids_of("exploitative_conditions", "medium")[0]: "yes",
    ids_of("coercion_at_destination", "strong")[0]: "yes",
    ids_of("coercion_at_destination", "strong")[1]: "yes",
}


def test_shipped_ilo_sets_carry_the_rule_the_golden_tests_check():
    for set_id in ("ilo-adult-labour", "ilo-adult-sexual", "ilo-child-labour", "ilo-child-sexual"):
        rule = CATALOG.sets[set_id].rule
        assert [[as_json(g) for g in c] for c in rule.dimension_present_when] == [[g for g in c] for c in PRESENT_WHEN]
        assert rule.provenance.verification == "reconstructed"
        strong = json.dumps(as_json(rule.verdicts[0].when), separators=(',', ':'))
        # Adults: a means dimension must be present at destination. Children: the means are not
        # required; one 'yes' in any other dimension shows the act (any_yes_in), never a presence.
        assert ('"dimension_present":"coercion_at_destination"' in strong) == set_id.startswith("ilo-adult")
        assert ("any_yes_in" in strong) == set_id.startswith("ilo-child")


def test_score_json_strong_indication(cli, tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"answers": STRONG_CASE}))
    result = cli("score", "--set", "ilo-adult-labour", "--answers", str(answers), "--format", "json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["set"] == "ilo-adult-labour" and out["set_version"] == ADULT.version
    assert out["verdict"] == "strong-indication"
    assert out["could_change"] is False and out["follow_up"] == []
    present = {k for k, v in out["dimensions"].items() if v["present"]}
    assert present == {"deceptive_recruitment", "exploitative_conditions", "coercion_at_destination"}
    assert out["dimensions"]["coercion_at_destination"]["strong"] == 2


def test_score_reads_standard_input_and_explains_in_text(cli):
    without_destination = {k: v for k, v in STRONG_CASE.items() if not k.startswith("ilo-al-cd-")}
    result = cli("score", "--set", "ilo-adult-labour", "--answers", "-", stdin=json.dumps({"answers": without_destination}))
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "Some indicators of trafficking found" in text
    assert "[x] Deceptive recruitment: present (1 strong + 1 medium or weak)" in text
    assert "Follow up on:" in text
    assert "never decides that a person is a victim" in text
    assert "source: Operational indicators" in text


def test_no_indication_wording_says_it_does_not_rule_out(cli):
    result = cli("score", "--set", "ilo-adult-labour", "--answers", "-", stdin='{"answers": {}}', )
    assert "No indicators found — this does not rule out trafficking" in result.stdout


def test_ukrainian_text_output(cli):
    result = cli("score", "--set", "ilo-adult-labour", "--answers", "-", "--language", "uk", stdin=json.dumps({"answers": STRONG_CASE}))
    assert "Виявлено вагомі ознаки торгівлі людьми" in result.stdout


def test_unknown_set_and_unknown_indicator_exit_2(cli):
    result = cli("score", "--set", "ilo-adult-labor", "--answers", "-", stdin='{"answers": {}}')
    assert result.returncode == 2
    assert "unknown set 'ilo-adult-labor' (did you mean 'ilo-adult-labour'?)" in result.stderr
    wrong = ids_of("deceptive_recruitment", "strong")[0] + "x"
    result = cli("score", "--set", "ilo-adult-labour", "--answers", "-", stdin=json.dumps({"answers": {wrong: "yes"}}))
    assert result.returncode == 2
    assert f"<stdin>: $.answers['{wrong}']: unknown indicator" in result.stderr


def test_bad_answer_value_exit_2_with_path(cli):
    first = ids_of("deceptive_recruitment", "strong")[0]
    result = cli("score", "--set", "ilo-adult-labour", "--answers", "-", stdin=json.dumps({"answers": {first: "maybe"}}))
    assert result.returncode == 2
    assert f"$.answers['{first}']: expected one of yes, no, unknown, declined; found 'maybe'" in result.stderr


def test_score_follow_up_names_only_what_can_still_raise_the_verdict(cli, tmp_path):
    """Recruitment is present through abuse of vulnerability (3 medium), exploitative
    conditions likewise: "some indication". Strong needs a means at destination, so only coercion
    or abuse of vulnerability at destination can raise it. Another recruitment dimension (deceptive,
    coercive) cannot: recruitment is already there. Before the short interview's exact rule the
    follow-up listed them too."""
    case = {
        **dict.fromkeys(ids_of("recruitment_abuse_of_vulnerability", "medium")[:3], "yes"),
        ids_of("exploitative_conditions", "strong")[0]: "yes",
        ids_of("exploitative_conditions", "medium")[0]: "yes",
    }
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"answers": case}))
    result = cli("score", "--set", "ilo-adult-labour", "--answers", str(answers), "--format", "json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["verdict"] == "some-indication" and out["could_change"] is True
    by_dimension = {i.id: i.dimension for i in ADULT.indicators}
    named = {by_dimension[i] for i in out["follow_up"]}
    assert named == {"coercion_at_destination", "abuse_of_vulnerability_at_destination"}
