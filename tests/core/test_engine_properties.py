"""Properties of the rule: more 'yes' never lowers a verdict; answer order never matters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rule_fixture import make_set
from screening.engine.score import score
from screening.models import VERDICT_RANK

SETS = [make_set("adult"), make_set("child")]
IDS = [i.id for i in SETS[0].indicators]
ANSWERS = st.dictionaries(st.sampled_from(IDS), st.sampled_from(["yes", "no", "unknown", "declined"]), max_size=len(IDS))


@settings(max_examples=400, deadline=None)
@given(ANSWERS, st.sampled_from(IDS), st.sampled_from([0, 1]))
def test_turning_no_into_yes_never_lowers_the_verdict(answers, flip, which):
    indicator_set = SETS[which]
    before = score(indicator_set, {**answers, flip: "no"})
    after = score(indicator_set, {**answers, flip: "yes"})
    assert VERDICT_RANK[after.verdict] >= VERDICT_RANK[before.verdict]
    assert set(before.dimensions_present) <= set(after.dimensions_present)


@settings(max_examples=300, deadline=None)
@given(ANSWERS, st.randoms(use_true_random=False))
def test_order_of_answers_never_matters(answers, rnd):
    items = list(answers.items())
    rnd.shuffle(items)
    assert score(SETS[0], dict(items)).as_json() == score(SETS[0], answers).as_json()


@settings(max_examples=300, deadline=None)
@given(ANSWERS)
def test_could_change_agrees_with_the_best_case(answers):
    result = score(SETS[0], answers)
    best = score(SETS[0], {i: ("yes" if answers.get(i) not in ("yes", "no") else answers[i]) for i in IDS})
    assert result.could_change == (VERDICT_RANK[best.verdict] > VERDICT_RANK[result.verdict])
    assert result.could_change == bool(result.follow_up)
