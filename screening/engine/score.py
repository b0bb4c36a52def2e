"""The decision engine: pure functions from answers to dimension results and a verdict.

Everything the rule needs is data in the indicator set (`x-set.rule`); nothing about the
ILO thresholds is written here. Every result carries its explanation: which indicators
made which dimension count, and which condition gave the verdict. The engine never says
that someone *is* a victim; it reports indicators.

Each set is prepared once per process (`_index`: indicators grouped by dimension, the rule
as tuples and small functions), so that scoring is one pass over the answers: 10,000
screenings take less than one start of the app (docs/performance.md). The plain reading
of the rule is kept as the reference in tests/core/test_engine_reference.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping

from screening.models import VERDICT_RANK, Answer, IndicatorSet, Verdict
from screening.models.indicator_set import (  # describe_condition: re-exported, the engine's English for a rule
    AllOf, AnyDimensionPresent, AnyOf, AnyYesIn, AnyYesOfStrength, DimensionPresent, Rule, RuleCondition,
    StrengthGroup, describe_condition,
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
    met_by: str | None  # the combination that made it present, in words (English, for tests and logs)
    # Which combination of the rule's `dimension_present_when` made it present, as data (its
    # index): screening.i18n.results puts it into words in each language.
    combination: int | None = field(default=None, compare=False)

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
    # Which of the rule's `verdicts` held, as data (its index; None: the rule's default):
    # screening.i18n.results puts it into words in each language.
    verdict_rule: int | None = field(default=None, compare=False)

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


def _compile(condition: RuleCondition) -> Callable[[set[str], bool, set[str]], bool]:
    """`_holds` for one condition, turned into a function once per set."""
    if isinstance(condition, AllOf):
        parts = tuple(_compile(c) for c in condition.all_of)
        return lambda present, strong_yes, touched: all(p(present, strong_yes, touched) for p in parts)
    if isinstance(condition, AnyOf):
        parts = tuple(_compile(c) for c in condition.any_of)
        return lambda present, strong_yes, touched: any(p(present, strong_yes, touched) for p in parts)
    if isinstance(condition, DimensionPresent):
        dimension = condition.dimension_present
        return lambda present, strong_yes, touched: dimension in present
    if isinstance(condition, AnyDimensionPresent):
        return lambda present, strong_yes, touched: bool(present)
    if isinstance(condition, AnyYesIn):
        dimensions = frozenset(condition.any_yes_in)
        return lambda present, strong_yes, touched: not dimensions.isdisjoint(touched)
    if isinstance(condition, AnyYesOfStrength):
        if condition.any_yes_of_strength == "strong":
            return lambda present, strong_yes, touched: strong_yes
        return lambda present, strong_yes, touched: False
    raise TypeError(condition)


SLOT = {s: k for k, s in enumerate(STRENGTHS)}


@dataclass(frozen=True)
class _Index:
    """A set prepared once for scoring: its indicators grouped by dimension, its rule as tuples.

    `dimensions`: (dimension id, ((indicator id, strength slot or -1), ...)) in set order;
    `combos`: each combination of `dimension_present_when` as ((strength slots, count), ...).
    """

    ids: frozenset[str]
    position: dict[str, int]  # indicator id -> place in the set
    dimensions: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]
    combos: tuple[tuple[tuple[tuple[int, ...], int], ...], ...]
    combo_text: tuple[str, ...]
    verdicts: tuple[tuple[Callable[[set[str], bool, set[str]], bool], Verdict, str], ...]
    uses_touched: bool = False  # the rule has an any_yes_in condition
    uses_strong: bool = False  # the rule has an any_yes_of_strength condition
    met: dict[tuple[int, int, int], int] = field(default_factory=dict, compare=False)  # counts -> first combination met


_INDEXES: dict[int, tuple[IndicatorSet, _Index]] = {}  # id(set) -> (the set, kept alive; its index)


def _index(indicator_set: IndicatorSet) -> _Index:
    found = _INDEXES.get(id(indicator_set))
    if found is not None and found[0] is indicator_set:
        return found[1]
    rule = indicator_set.rule
    combos = rule.dimension_present_when if rule is not None else ()
    index = _Index(
        ids=frozenset(i.id for i in indicator_set.indicators),
        position={i.id: k for k, i in enumerate(indicator_set.indicators)},
        dimensions=tuple(
            (d.id, tuple((i.id, SLOT.get(i.strength or "", -1)) for i in indicator_set.indicators if i.dimension == d.id))
            for d in indicator_set.dimensions
        ),
        combos=tuple(tuple((tuple(SLOT[s] for s in g.strengths), g.count) for g in c) for c in combos),
        combo_text=tuple(describe_combination(c) for c in combos),
        verdicts=tuple((_compile(v.when), v.verdict, describe_condition(v.when)) for v in rule.verdicts) if rule is not None else (),
        uses_touched=rule is not None and any(isinstance(c, AnyYesIn) for v in rule.verdicts for c in _conditions(v.when)),
        uses_strong=rule is not None and any(isinstance(c, AnyYesOfStrength) for v in rule.verdicts for c in _conditions(v.when)),
    )
    _INDEXES[id(indicator_set)] = (indicator_set, index)
    return index


def _conditions(condition: RuleCondition):
    """The condition and every condition inside it."""
    yield condition
    for part in getattr(condition, "all_of", None) or getattr(condition, "any_of", None) or ():
        yield from _conditions(part)


def _first_met(index: _Index, counts: tuple[int, int, int]) -> int:
    """Index of the first combination the counts (strong, medium, weak) meet, or -1 (remembered)."""
    found = index.met.get(counts)
    if found is None:
        found = index.met[counts] = _search(index.combos, counts)
    return found


def _search(combos: tuple, counts: tuple[int, int, int]) -> int:
    for k, combo in enumerate(combos):
        for slots, need in combo:
            total = 0
            for slot in slots:
                total += counts[slot]
            if total < need:
                break
        else:
            return k
    return -1


def _dimensions(indicator_set: IndicatorSet, answers: Mapping[str, Answer]) -> dict[str, DimensionResult]:
    return _score_parts(indicator_set, answers)[0]


def _score_parts(indicator_set: IndicatorSet, answers: Mapping[str, Answer]) -> tuple[dict[str, DimensionResult], set[str], dict[str, list[str]], bool, bool, set[str]]:
    """One pass: the dimension results, the dimensions present if every open answer were 'yes',
    the open indicator ids (unanswered, don't know, declined) per dimension, whether a strong
    indicator is 'yes', whether one is open, and the dimensions with a rated indicator that is
    'yes' or open (those that could have a 'yes')."""
    index = _index(indicator_set)
    rated = indicator_set.rule is not None
    get = answers.get
    results: dict[str, DimensionResult] = {}
    best_present: set[str] = set()
    open_ids: dict[str, list[str]] = {}
    open_strong = strong_yes = False
    best_touched: set[str] = set()
    for dimension_id, rows in index.dimensions:
        yes: list[str] = []
        waiting = open_ids[dimension_id] = []
        counts = [0, 0, 0]
        best = [0, 0, 0]
        for indicator_id, slot in rows:
            answer = get(indicator_id)
            if answer == "yes":
                yes.append(indicator_id)
                if slot >= 0:
                    counts[slot] += 1
                    best[slot] += 1
                    strong_yes = strong_yes or slot == 0
            elif answer != "no":
                waiting.append(indicator_id)
                if slot >= 0:
                    best[slot] += 1
                    open_strong = open_strong or slot == 0
        key = (counts[0], counts[1], counts[2])
        if best[0] or best[1] or best[2]:
            best_touched.add(dimension_id)
        tally = dict(zip(STRENGTHS, key))
        found = tuple(yes)
        if not rated:
            results[dimension_id] = DimensionResult(dimension_id, bool(found), found, tally, f"{len(found)} observed" if found else None)
            continue
        met = _first_met(index, key)
        results[dimension_id] = DimensionResult(dimension_id, met >= 0, found, tally, index.combo_text[met] if met >= 0 else None,
                                                met if met >= 0 else None)
        if met >= 0 or (best != counts and _first_met(index, (best[0], best[1], best[2])) >= 0):
            best_present.add(dimension_id)
    return results, best_present, open_ids, strong_yes, open_strong, best_touched


def touched(dimensions: Mapping[str, DimensionResult]) -> set[str]:
    """Dimensions with at least one rated indicator answered 'yes'."""
    return {d for d, r in dimensions.items() if any(r.counts.values())}


def _verdict_of(index: _Index, rule: Rule, present: set[str], strong_yes: bool, touched_dims: set[str]) -> tuple[Verdict, str, int | None]:
    for k, (holds, verdict, text) in enumerate(index.verdicts):
        if holds(present, strong_yes, touched_dims):
            return verdict, text, k
    return rule.default, "no dimension present and no strong indicator answered yes", None


def prepared(indicator_set: IndicatorSet) -> _Index:
    """The set as the engine prepared it for scoring (dimensions as slots, combinations, verdicts)."""
    return _index(indicator_set)


def verdict_for(indicator_set: IndicatorSet, present: set[str], strong_yes: bool, touched_dims: set[str]) -> Verdict:
    """The rule's verdict for given dimensions present, strong 'yes', and dimensions with a 'yes'."""
    rule = indicator_set.rule
    assert rule is not None, f"set {indicator_set.id!r} is unrated: it has no verdict"
    return _verdict_of(_index(indicator_set), rule, present, strong_yes, touched_dims)[0]


def score(indicator_set: IndicatorSet, answers: Mapping[str, Answer], *, strict: bool = True) -> Assessment:
    """Assess one set. `answers` maps indicator ids to answers; missing ids are unanswered.

    With `strict`, an id the set does not have is an error; otherwise it is ignored (a
    screening answers several sets at once).
    """
    index = _index(indicator_set)
    if strict and not index.ids.issuperset(answers):
        raise UnknownIndicator(indicator_set.id, sorted(set(answers) - index.ids))
    dimensions, best_present, open_ids, strong_yes, open_strong, best_touched = _score_parts(indicator_set, answers)
    rule = indicator_set.rule
    if rule is None:
        return Assessment(indicator_set.id, indicator_set.version, "count", None, False, (), dimensions, None)

    present = {d for d, result in dimensions.items() if result.present}
    verdict, reason, which = _verdict_of(index, rule, present, strong_yes, touched(dimensions))
    # The best case: every open answer (unanswered, don't know, declined) turned into 'yes'.
    best_verdict, _, _ = _verdict_of(index, rule, best_present, strong_yes or open_strong, best_touched)
    could_change = VERDICT_RANK[best_verdict] > VERDICT_RANK[verdict]
    # Only indicators in dimensions not yet present can change the verdict.
    follow_up: tuple[str, ...] = ()
    if could_change:  # open indicators, in set order, of dimensions not yet present
        waiting = [i for d, ids in open_ids.items() if not dimensions[d].present for i in ids]
        follow_up = tuple(sorted(waiting, key=index.position.__getitem__))
    return Assessment(indicator_set.id, indicator_set.version, "rule", verdict, could_change, follow_up, dimensions, reason, which)


def for_set(indicator_set: IndicatorSet, answers: Mapping[str, Answer]) -> dict[str, Answer]:
    """The part of a multi-set answers mapping that belongs to one set."""
    return {k: v for k, v in answers.items() if indicator_set.has(k)}
