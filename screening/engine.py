"""The decision engine: pure functions from answers to dimension results and a verdict.

Everything the rule needs is data in the indicator set (`x-set.rule`); nothing about the
ILO thresholds is written here. Every result carries its explanation: which indicators
made which dimension count, and which condition gave the verdict. The engine never says
that someone *is* a victim; it reports indicators.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from screening.models import VERDICT_RANK, Answer, IndicatorSet, Verdict
from screening.models.indicator_set import (
    AllOf, AnyDimensionPresent, AnyOf, AnyYesOfStrength, DimensionPresent, Rule, RuleCondition,
    StrengthGroup,
)

STRENGTHS = ("strong", "medium", "weak")


class UnknownIndicator(ValueError):
    """An answer names an indicator the set does not have."""

    def __init__(self, set_id: str, indicator_ids: list[str]):
        self.set_id, self.indicator_ids = set_id, indicator_ids
        super().__init__(f"set {set_id!r} has no indicator(s) {', '.join(map(repr, indicator_ids))}")


@dataclass(frozen=True)
class DimensionResult:
    id: str
    present: bool
    yes: tuple[str, ...]
    counts: Mapping[str, int]  # 'yes' answers per strength
    met_by: str | None  # the combination that made it present, in words

    def as_json(self) -> dict:
        return {"present": self.present, "yes": list(self.yes), **{s: self.counts[s] for s in STRENGTHS}}


@dataclass(frozen=True)
class Assessment:
    """The result of one set for one screening."""

    set_id: str
    set_version: str
    scoring: str
    verdict: Verdict | None  # None for unrated sets: counts only
    could_change: bool
    follow_up: tuple[str, ...]
    dimensions: Mapping[str, DimensionResult]
    verdict_reason: str | None

    @property
    def yes(self) -> tuple[str, ...]:
        return tuple(i for d in self.dimensions.values() for i in d.yes)

    @property
    def dimensions_present(self) -> tuple[str, ...]:
        return tuple(d.id for d in self.dimensions.values() if d.present)

    def explanation(self) -> list[dict]:
        steps: list[dict] = [
            {"dimension": d.id, "present": d.present, "because": d.met_by, "indicators": list(d.yes)}
            for d in self.dimensions.values()
        ]
        if self.verdict is not None:
            steps.append({"verdict": self.verdict, "because": self.verdict_reason})
        return steps

    def as_json(self) -> dict:
        return {
            "set": self.set_id,
            "set_version": self.set_version,
            "verdict": self.verdict,
            "could_change": self.could_change,
            "follow_up": list(self.follow_up),
            "dimensions": {d.id: d.as_json() for d in self.dimensions.values()},
            "explanation": self.explanation(),
        }


def describe_combination(combination: tuple[StrengthGroup, ...]) -> str:
    return " + ".join(f"{g.count} {' or '.join(g.strengths)}" for g in combination)


def describe_condition(condition: RuleCondition) -> str:
    if isinstance(condition, AllOf):
        return " and ".join(_grouped(c) for c in condition.all_of)
    if isinstance(condition, AnyOf):
        return " or ".join(_grouped(c) for c in condition.any_of)
    if isinstance(condition, DimensionPresent):
        return condition.dimension_present
    if isinstance(condition, AnyDimensionPresent):
        return "any dimension present"
    return f"any {condition.any_yes_of_strength} indicator answered yes"


def _grouped(condition: RuleCondition) -> str:
    text = describe_condition(condition)
    return f"({text})" if isinstance(condition, (AllOf, AnyOf)) and " " in text else text


def _met(combination: tuple[StrengthGroup, ...], counts: Mapping[str, int]) -> bool:
    return all(sum(counts[s] for s in group.strengths) >= group.count for group in combination)


def _holds(condition: RuleCondition, present: set[str], strong_yes: bool) -> bool:
    if isinstance(condition, AllOf):
        return all(_holds(c, present, strong_yes) for c in condition.all_of)
    if isinstance(condition, AnyOf):
        return any(_holds(c, present, strong_yes) for c in condition.any_of)
    if isinstance(condition, DimensionPresent):
        return condition.dimension_present in present
    if isinstance(condition, AnyDimensionPresent):
        return bool(present)
    if isinstance(condition, AnyYesOfStrength):
        return strong_yes if condition.any_yes_of_strength == "strong" else False
    raise TypeError(condition)


def _dimensions(indicator_set: IndicatorSet, answers: Mapping[str, Answer]) -> dict[str, DimensionResult]:
    rule = indicator_set.rule
    results: dict[str, DimensionResult] = {}
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


def _verdict(rule: Rule, dimensions: Mapping[str, DimensionResult], strong_yes: bool) -> tuple[Verdict, str]:
    present = {d.id for d in dimensions.values() if d.present}
    for candidate in rule.verdicts:
        if _holds(candidate.when, present, strong_yes):
            return candidate.verdict, describe_condition(candidate.when)
    return rule.default, "no dimension present and no strong indicator answered yes"


def score(indicator_set: IndicatorSet, answers: Mapping[str, Answer], *, strict: bool = True) -> Assessment:
    """Assess one set. `answers` maps indicator ids to answers; missing ids are unanswered.

    With `strict`, an id the set does not have is an error; otherwise it is ignored (a
    screening answers several sets at once).
    """
    unknown = [i for i in answers if not indicator_set.has(i)]
    if strict and unknown:
        raise UnknownIndicator(indicator_set.id, sorted(unknown))
    dimensions = _dimensions(indicator_set, answers)
    rule = indicator_set.rule
    if rule is None:
        return Assessment(indicator_set.id, indicator_set.version, "count", None, False, (), dimensions, None)

    strong_yes = any(i.strength == "strong" and answers.get(i.id) == "yes" for i in indicator_set.indicators)
    verdict, reason = _verdict(rule, dimensions, strong_yes)

    open_ids = [i.id for i in indicator_set.indicators if answers.get(i.id) not in ("yes", "no")]
    best_case = {**answers, **{i: "yes" for i in open_ids}}
    best_dimensions = _dimensions(indicator_set, best_case)
    best_verdict, _ = _verdict(rule, best_dimensions, strong_yes or any(indicator_set.indicator(i).strength == "strong" for i in open_ids))
    could_change = VERDICT_RANK[best_verdict] > VERDICT_RANK[verdict]
    # Only indicators in dimensions not yet present can change the verdict.
    follow_up = tuple(i for i in open_ids if not dimensions[indicator_set.indicator(i).dimension].present) if could_change else ()
    return Assessment(indicator_set.id, indicator_set.version, "rule", verdict, could_change, follow_up, dimensions, reason)


def for_set(indicator_set: IndicatorSet, answers: Mapping[str, Answer]) -> dict[str, Answer]:
    """The part of a multi-set answers mapping that belongs to one set."""
    return {k: v for k, v in answers.items() if indicator_set.has(k)}
