"""Golden cases for every branch of the rule, worked out by hand from the ILO 2009 rule.

Dimension present when its 'yes' answers number at least: 2 strong; 1 strong + 1 medium
or weak; 3 medium; 2 medium + 1 weak. Adult strong indication: a recruitment dimension
AND exploitative conditions AND a destination dimension; child: the means are not
required. Otherwise some indication if any dimension is present or any strong 'yes'.
"""

from __future__ import annotations

import pytest

from rule_fixture import ids, make_set
from screening.engine.score import UnknownIndicator, score

ADULT = make_set("adult")
CHILD = make_set("child")


def yes(*indicator_ids: str) -> dict[str, str]:
    return {i: "yes" for i in indicator_ids}


DR, EC, CD = "deceptive_recruitment", "exploitative_conditions", "coercion_at_destination"

# (case, answers within one dimension, present?) — each threshold at and just below it
THRESHOLDS = [
    ("2 strong", ids(DR, "s", 2), True),
    ("1 strong", ids(DR, "s", 1), False),
    ("1 strong + 1 medium", ids(DR, "s", 1) + ids(DR, "m", 1), True),
    ("1 strong + 1 weak", ids(DR, "s", 1) + ids(DR, "w", 1), True),
    ("3 medium", ids(DR, "m", 3), True),
    ("2 medium", ids(DR, "m", 2), False),
    ("2 medium + 1 weak", ids(DR, "m", 2) + ids(DR, "w", 1), True),
    ("1 medium + 2 weak", ids(DR, "m", 1) + ids(DR, "w", 2), False),
    ("3 weak alone never", ids(DR, "w", 3), False),
    ("0", [], False),
]


@pytest.mark.parametrize("case,answered,present", THRESHOLDS, ids=[t[0] for t in THRESHOLDS])
def test_dimension_thresholds(case, answered, present):
    result = score(ADULT, yes(*answered))
    assert result.dimensions[DR].present is present
    assert result.dimensions[DR].yes == tuple(answered)


@pytest.mark.parametrize("other", ["unknown", "declined", "no"])
def test_only_yes_counts(other):
    answers = {i: other for i in ids(DR, "s", 3)}
    result = score(ADULT, answers)
    assert not result.dimensions[DR].present
    assert result.verdict == "no-indication"


FULL_ADULT = ids(DR, "s", 2) + ids(EC, "s", 2) + ids(CD, "s", 2)


def test_adult_all_three_elements_is_strong_indication():
    result = score(ADULT, yes(*FULL_ADULT))
    assert result.verdict == "strong-indication"
    assert result.dimensions_present == (DR, EC, CD)
    assert result.could_change is False and result.follow_up == ()


@pytest.mark.parametrize("recruitment", ["deceptive_recruitment", "coercive_recruitment", "recruitment_abuse_of_vulnerability"])
@pytest.mark.parametrize("destination", ["coercion_at_destination", "abuse_of_vulnerability_at_destination"])
def test_adult_any_recruitment_and_any_destination_dimension(recruitment, destination):
    result = score(ADULT, yes(*ids(recruitment, "m", 3), *ids(EC, "m", 3), *ids(destination, "m", 2), *ids(destination, "w", 1)))
    assert result.verdict == "strong-indication"


def test_adult_without_means_at_destination_is_only_some_indication():
    result = score(ADULT, yes(*ids(DR, "s", 2), *ids(EC, "s", 2)))
    assert result.verdict == "some-indication"


def test_adult_without_recruitment_is_only_some_indication():
    result = score(ADULT, yes(*ids(EC, "s", 2), *ids(CD, "s", 2)))
    assert result.verdict == "some-indication"


def test_child_needs_no_means():
    answers = yes(*ids(DR, "s", 2), *ids(EC, "s", 2))
    assert score(CHILD, answers).verdict == "strong-indication"
    assert score(ADULT, answers).verdict == "some-indication"


def test_child_without_exploitation_is_some_indication():
    assert score(CHILD, yes(*ids(DR, "s", 2), *ids(CD, "s", 2))).verdict == "some-indication"


def test_single_strong_yes_is_some_indication_without_any_dimension():
    result = score(ADULT, yes(ids(EC, "s", 1)[0]), )
    assert result.dimensions_present == ()
    assert result.verdict == "some-indication"


def test_medium_yes_below_threshold_is_no_indication():
    result = score(ADULT, yes(*ids(EC, "m", 2)))
    assert result.verdict == "no-indication"


def test_could_change_when_open_answers_could_raise_the_verdict():
    answers = {**yes(*ids(DR, "s", 2), *ids(EC, "s", 2)), **{i: "no" for i in ids(CD, "s", 3)}}
    result = score(ADULT, answers)
    assert result.verdict == "some-indication"
    assert result.could_change is True
    follow = set(result.follow_up)
    # open indicators of the two destination dimensions could change it...
    assert set(ids(CD, "m", 4) + ids(CD, "w", 3)) <= follow
    assert "vd-s1" in follow
    # ...but nothing answered 'no' and nothing in a dimension already present
    assert not follow & set(ids(CD, "s", 3))
    assert not any(i.startswith(("dr-", "ec-")) for i in follow)


def test_could_not_change_when_every_open_door_is_answered_no():
    answers = {i.id: "no" for i in ADULT.indicators}
    answers.update(yes(*ids(DR, "s", 2), *ids(EC, "s", 2)))
    result = score(ADULT, answers)
    assert result.verdict == "some-indication"
    assert result.could_change is False and result.follow_up == ()


def test_unknown_and_declined_are_follow_ups():
    answers = {i.id: "no" for i in ADULT.indicators}
    answers.update(yes(*ids(DR, "s", 2), *ids(EC, "s", 2)))
    answers["cd-s1"], answers["cd-m1"], answers["vd-m1"] = "unknown", "declined", "declined"  # 1 strong + 1 medium could make it present; vd-m1 alone could not, but is still open
    result = score(ADULT, answers)
    assert result.could_change is True
    assert result.follow_up == ("cd-s1", "cd-m1", "vd-m1")


def test_nothing_answered_could_change():
    result = score(ADULT, {})
    assert result.verdict == "no-indication"
    assert result.could_change is True
    assert len(result.follow_up) == len(ADULT.indicators)


def test_explanation_names_the_indicators_and_the_combination():
    result = score(ADULT, yes(*ids(DR, "s", 1), *ids(DR, "w", 1)))
    step = result.explanation()[0]
    assert step == {"dimension": DR, "present": True, "because": "1 strong + 1 medium or weak", "indicators": ["dr-s1", "dr-w1"]}
    assert result.explanation()[-1]["verdict"] == "some-indication"


def test_unknown_indicator_is_an_error_unless_lenient():
    with pytest.raises(UnknownIndicator):
        score(ADULT, {"nope": "yes"})
    assert score(ADULT, {"nope": "yes"}, strict=False).verdict == "no-indication"


def test_json_contract_shape():
    out = score(ADULT, yes(*FULL_ADULT)).as_json()
    assert set(out) == {"set", "set_version", "verdict", "could_change", "follow_up", "dimensions", "explanation"}
    assert out["dimensions"][DR] == {"present": True, "yes": ["dr-s1", "dr-s2"], "strong": 2, "medium": 0, "weak": 0}
