"""The engine gives exactly what the plain reading of the rule gives, on every shipped set.

`screening.engine.score` groups a set's indicators once and tallies answers in one pass (so that
scoring 10,000 screenings takes less than one app start; see docs/performance.md). This test
keeps the first, plain implementation as the reference and compares every field of the
assessment on random answers, including unanswered, don't know and declined.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from screening.catalog.data import load_catalog
from screening.engine.score import DimensionResult, describe_combination, describe_condition, score
from screening.models import VERDICT_RANK
from screening.models.indicator_set import AllOf, AnyDimensionPresent, AnyOf, AnyYesIn, AnyYesOfStrength, DimensionPresent

CATALOG = load_catalog(include_examples=True)
SETS = sorted(CATALOG.sets)
STRENGTHS = ("strong", "medium", "weak")


def _met(combination, counts):
    return all(sum(counts[s] for s in group.strengths) >= group.count for group in combination)


def _holds(condition, present, strong_yes, touched):
    if isinstance(condition, AllOf):
        return all(_holds(c, present, strong_yes, touched) for c in condition.all_of)
    if isinstance(condition, AnyOf):
        return any(_holds(c, present, strong_yes, touched) for c in condition.any_of)
    if isinstance(condition, AnyYesIn):
        return any(d in touched for d in condition.any_yes_in)
    if isinstance(condition, DimensionPresent):
        return condition.dimension_present in present
    if isinstance(condition, AnyDimensionPresent):
        return bool(present)
    if isinstance(condition, AnyYesOfStrength):
        return strong_yes if condition.any_yes_of_strength == "strong" else False
    raise TypeError(condition)


def reference_dimensions(indicator_set, answers):
    rule = indicator_set.rule
    results = {}
    for dimension in indicator_set.dimensions:
        members = [i for i in indicator_set.indicators if i.dimension == dimension.id]
        yes = tuple(i.id for i in members if answers.get(i.id) == "yes")
        counts = {s: sum(1 for i in members if i.strength == s and answers.get(i.id) == "yes") for s in STRENGTHS}
        if rule is None:
            results[dimension.id] = DimensionResult(dimension.id, bool(yes), yes, counts, f"{len(yes)} observed" if yes else None)
            continue
        met = next((c for c in rule.dimension_present_when if _met(c, counts)), None)
        results[dimension.id] = DimensionResult(dimension.id, met is not None, yes, counts, describe_combination(met) if met else None)
    return results


def reference_verdict(rule, dimensions, strong_yes):
    present = {d.id for d in dimensions.values() if d.present}
    touched = {d.id for d in dimensions.values() if any(d.counts.values())}
    for candidate in rule.verdicts:
        if _holds(candidate.when, present, strong_yes, touched):
            return candidate.verdict, describe_condition(candidate.when)
    return rule.default, "no dimension present and no strong indicator answered yes"


def reference_score(indicator_set, answers):
    dimensions = reference_dimensions(indicator_set, answers)
    rule = indicator_set.rule
    if rule is None:
        return (None, False, (), dimensions, None)
    strong_yes = any(i.strength == "strong" and answers.get(i.id) == "yes" for i in indicator_set.indicators)
    verdict, reason = reference_verdict(rule, dimensions, strong_yes)
    open_ids = [i.id for i in indicator_set.indicators if answers.get(i.id) not in ("yes", "no")]
    best_case = {**answers, **{i: "yes" for i in open_ids}}
    best_verdict, _ = reference_verdict(rule, reference_dimensions(indicator_set, best_case), strong_yes or any(indicator_set.indicator(i).strength == "strong" for i in open_ids))
    could_change = VERDICT_RANK[best_verdict] > VERDICT_RANK[verdict]
    follow_up = tuple(i for i in open_ids if not dimensions[indicator_set.indicator(i).dimension].present) if could_change else ()
    return (verdict, could_change, follow_up, dimensions, reason)


@st.composite
def set_and_answers(draw):
    indicator_set = CATALOG.sets[draw(st.sampled_from(SETS))]
    yes_rate = draw(st.sampled_from([0.0, 0.05, 0.2, 0.5, 1.0]))
    answers = {}
    for indicator in indicator_set.indicators:
        if draw(st.floats(0, 1)) < yes_rate:
            answers[indicator.id] = "yes"
        else:
            choice = draw(st.sampled_from(["no", "unknown", "declined", None]))
            if choice is not None:
                answers[indicator.id] = choice
    return indicator_set, answers


@settings(max_examples=400, deadline=None)
@given(set_and_answers())
def test_fast_engine_matches_the_plain_reading_of_the_rule(pair):
    indicator_set, answers = pair
    got = score(indicator_set, answers)
    verdict, could_change, follow_up, dimensions, reason = reference_score(indicator_set, answers)
    assert (got.verdict, got.could_change, got.follow_up, got.verdict_reason) == (verdict, could_change, follow_up, reason)
    assert list(got.dimensions) == list(dimensions)
    for key, expected in dimensions.items():
        assert got.dimensions[key] == expected
        assert dict(got.dimensions[key].counts) == dict(expected.counts)


def test_scoring_a_set_twice_with_different_answers_does_not_mix_them():
    indicator_set = CATALOG.sets["ilo-adult-labour"]
    every_yes = score(indicator_set, {i.id: "yes" for i in indicator_set.indicators})
    nothing = score(indicator_set, {})
    assert every_yes.dimensions_present and not nothing.dimensions_present
    assert nothing.verdict == reference_score(indicator_set, {})[0]
