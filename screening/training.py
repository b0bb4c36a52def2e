"""Trainer mode without a screen: practice scoring, demonstration steps, catalog search.

Trainers teach the indicators to newly appointed staff with fictional vignettes. This
module compares a trainee's answers with a vignette's expected answers, builds the
expected result step by step for a demonstration, and searches the indicator catalog.
It is pure (no Textual, no I/O), so the TUI, the tests and any future front end share it.

The practice score is the **F1 score over "yes" answers**, per set and pooled over all
sets of the vignette: with E the indicators the vignette expects as "yes" and T those
the trainee marked "yes", score = 2·|E∩T| / (|E| + |T|) (1.0 when both are empty).
F1 is used rather than percent agreement because a set has up to 70 indicators and a
vignette touches a dozen: a trainee who marked nothing would still "agree" on 85-95 %
of them. F1 falls with every indicator missed and every indicator over-called, and
only "yes" counts, as in the decision rule ("don't know" and "declined" are never yes).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Iterable, Mapping

from screening.catalog.data import Catalog
from screening.engine.score import Assessment, score
from screening.models import Answer, IndicatorSet, Verdict
from screening.models.forms import Vignette
from screening.models.indicator_set import Indicator

STRENGTH_FILTERS = ("strong", "medium", "weak", "unrated")


# --- vignettes --------------------------------------------------------------------


def all_vignettes(catalog: Catalog) -> list[Vignette]:
    """Every vignette of every shipped collection, in file order."""
    return [v for collection in catalog.vignettes.values() for v in collection.vignettes]


def find_vignette(catalog: Catalog, vignette_id: str) -> Vignette:
    for vignette in all_vignettes(catalog):
        if vignette.id == vignette_id:
            return vignette
    raise KeyError(vignette_id)


def vignette_sets(catalog: Catalog, vignette: Vignette, extra_ids: Iterable[str] = ()) -> list[IndicatorSet]:
    """The sets a vignette is about: those with an expected result first, then the sets
    that own an expected answer (or one of `extra_ids`), in catalog order."""
    ordered = [catalog.sets[r.set] for r in vignette.expected_results if r.set in catalog.sets]
    owners = {owner.id for i in [*vignette.expected_answers, *extra_ids] if (owner := catalog.indicator_owner(i))}
    ordered += [s for s in catalog.sets.values() if s.id in owners and s not in ordered]
    return ordered


def _yes(indicator_set: IndicatorSet, answers: Mapping[str, Answer]) -> set[str]:
    return {i.id for i in indicator_set.indicators if answers.get(i.id) == "yes"}


def f1(expected: set[str], given: set[str]) -> float:
    """2·|E∩T| / (|E|+|T|); 1.0 when nothing was expected and nothing given."""
    if not expected and not given:
        return 1.0
    return 2 * len(expected & given) / (len(expected) + len(given))


# --- practice ---------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorNote:
    """One indicator the trainee missed or over-called, with what the trainer shows."""

    set_id: str
    indicator: Indicator
    expected: Answer | None
    trainee: Answer | None


@dataclass(frozen=True)
class SetComparison:
    set_id: str
    rated: bool
    expected_verdict: Verdict | None  # from the vignette (worked by hand)
    trainee_verdict: Verdict | None  # the engine on the trainee's answers
    expected_dimensions: tuple[str, ...]
    trainee_dimensions: tuple[str, ...]
    agreed: tuple[str, ...]  # "yes" in both
    missed: tuple[IndicatorNote, ...]  # expected yes, trainee not yes
    over_called: tuple[IndicatorNote, ...]  # trainee yes, expected not yes
    score: float  # F1 over "yes" answers
    trainee_assessment: Assessment

    @property
    def verdict_agrees(self) -> bool | None:
        return None if not self.rated else self.expected_verdict == self.trainee_verdict


@dataclass(frozen=True)
class PracticeResult:
    vignette_id: str
    sets: tuple[SetComparison, ...]
    score: float  # F1 pooled over every set
    expected_yes: int
    trainee_yes: int
    agreed_yes: int

    @property
    def missed(self) -> tuple[IndicatorNote, ...]:
        return tuple(n for s in self.sets for n in s.missed)

    @property
    def over_called(self) -> tuple[IndicatorNote, ...]:
        return tuple(n for s in self.sets for n in s.over_called)

    @property
    def verdicts_agreed(self) -> tuple[int, int]:
        rated = [s for s in self.sets if s.rated and s.expected_verdict is not None]
        return sum(1 for s in rated if s.verdict_agrees), len(rated)

    def comparison(self, set_id: str) -> SetComparison:
        return next(s for s in self.sets if s.set_id == set_id)


def practice_result(catalog: Catalog, vignette: Vignette, trainee_answers: Mapping[str, Answer]) -> PracticeResult:
    """Compare a trainee's answers (indicator id -> answer) with the vignette's."""
    expected_answers = vignette.expected_answers
    expected_by_set = {r.set: r for r in vignette.expected_results}
    trainee_yes_ids = [i for i, a in trainee_answers.items() if a == "yes"]
    comparisons: list[SetComparison] = []
    for indicator_set in vignette_sets(catalog, vignette, trainee_yes_ids):
        expected = _yes(indicator_set, expected_answers)
        given = _yes(indicator_set, trainee_answers)
        assessment = score(indicator_set, {k: v for k, v in trainee_answers.items() if indicator_set.has(k)})
        hand = expected_by_set.get(indicator_set.id)

        def note(indicator_id: str) -> IndicatorNote:
            return IndicatorNote(indicator_set.id, indicator_set.indicator(indicator_id),
                                 expected_answers.get(indicator_id), trainee_answers.get(indicator_id))

        order = [i.id for i in indicator_set.indicators]
        comparisons.append(SetComparison(
            set_id=indicator_set.id,
            rated=indicator_set.rule is not None,
            expected_verdict=hand.verdict if hand else None,
            trainee_verdict=assessment.verdict,
            expected_dimensions=hand.dimensions_present if hand else (),
            trainee_dimensions=assessment.dimensions_present,
            agreed=tuple(i for i in order if i in expected & given),
            missed=tuple(note(i) for i in order if i in expected - given),
            over_called=tuple(note(i) for i in order if i in given - expected),
            score=f1(expected, given),
            trainee_assessment=assessment,
        ))
    expected_n = sum(len(c.agreed) + len(c.missed) for c in comparisons)
    given_n = sum(len(c.agreed) + len(c.over_called) for c in comparisons)
    agreed_n = sum(len(c.agreed) for c in comparisons)
    pooled = 1.0 if expected_n + given_n == 0 else 2 * agreed_n / (expected_n + given_n)
    return PracticeResult(vignette.id, tuple(comparisons), pooled, expected_n, given_n, agreed_n)


# --- demonstration ----------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """One step of a demonstration: the answers of one dimension are added."""

    number: int
    set_id: str
    dimension: str
    added: tuple[tuple[str, Answer], ...]  # (indicator id, expected answer)
    dimensions_present: tuple[str, ...]  # so far, in this set
    verdict: Verdict | None  # so far (None for unrated sets)
    dimension_now_present: bool
    assessment: Assessment


def demonstration_steps(catalog: Catalog, vignette: Vignette) -> list[Step]:
    """The expected result, built dimension by dimension, set by set.

    Each step adds the expected answers of one dimension (in the set's order) and
    re-scores the set, so the trainer can show when a dimension turns present and how
    the verdict climbs. The last step of each rated set gives the expected verdict.
    """
    steps: list[Step] = []
    for indicator_set in vignette_sets(catalog, vignette):
        so_far: dict[str, Answer] = {}
        for dimension in indicator_set.dimensions:
            added = tuple((i.id, vignette.expected_answers[i.id]) for i in indicator_set.indicators
                          if i.dimension == dimension.id and i.id in vignette.expected_answers)
            if not added:
                continue
            so_far.update(added)
            assessment = score(indicator_set, dict(so_far))
            steps.append(Step(len(steps) + 1, indicator_set.id, dimension.id, added, assessment.dimensions_present,
                              assessment.verdict, assessment.dimensions[dimension.id].present, assessment))
    return steps


# --- catalog search ---------------------------------------------------------------

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})


def fold(text: str) -> str:
    """Case- and form-insensitive text for search: NFC, casefold (Cyrillic too),
    one apostrophe (Ukrainian writes ' ’ ʼ), and ё as е (Russian often omits the dots)."""
    return unicodedata.normalize("NFC", text).translate(_APOSTROPHES).casefold().replace("ё", "е")


def search_catalog(
    catalog: Catalog,
    query: str,
    language: str,
    *,
    set_id: str | None = None,
    dimension: str | None = None,
    strength: str | None = None,
    population: str | None = None,
) -> list[tuple[IndicatorSet, Indicator]]:
    """Indicators whose label or explanation (in `language`) or id holds every word of
    `query`. Filters: exact set id and dimension id; strength one of strong, medium,
    weak or "unrated" (unrated lists); population "adult" or "child" keeps sets for that
    population and sets for anyone, "any" keeps only sets for anyone. Matches in the
    label or id come before matches only in the explanation; otherwise catalog order."""
    words = fold(query).split()
    hits: list[tuple[int, int, IndicatorSet, Indicator]] = []
    for indicator_set in catalog.sets.values():
        if set_id and indicator_set.id != set_id:
            continue
        if population and indicator_set.info.population not in ({population, "any"} if population != "any" else {"any"}):
            continue
        for position, indicator in enumerate(indicator_set.indicators):
            if dimension and indicator.dimension != dimension:
                continue
            if strength and (indicator.strength or "unrated") != strength:
                continue
            head = fold(f"{indicator.label.get(language)} {indicator.id}")
            body = fold(indicator.explanation.get(language))
            if all(w in head or w in body for w in words):
                rank = 0 if all(w in head for w in words) else 1
                hits.append((rank, len(hits), indicator_set, indicator))
    hits.sort(key=lambda h: (h[0], h[1]))
    return [(s, i) for _, _, s, i in hits]


# --- the short interview on a vignette ------------------------------------------------


@dataclass(frozen=True)
class InterviewWalk:
    """A vignette's story put through the form twice: every question in form order, and the short
    interview (screening/engine/interview.py). Questions the story does not answer are answered "no"."""

    vignette_id: str
    full: tuple[str, ...]   # question ids asked, in order
    short: tuple[str, ...]
    full_verdicts: dict[str, Verdict | None]   # rated set id -> verdict
    short_verdicts: dict[str, Verdict | None]

    @property
    def same_verdicts(self) -> bool:
        return self.full_verdicts == self.short_verdicts


def interview_walk(catalog: Catalog, vignette: Vignette) -> InterviewWalk | None:
    """The vignette through the full form and the short interview; None without an interview."""
    from screening.engine.interview import run, run_full
    from screening.engine.policy import choose_form, sets_for
    from screening.engine.session import Session, Setup

    if vignette.interview is None:
        return None
    setup = Setup(age_band=vignette.age_band, exploitation_context=vignette.interview.exploitation_context)
    form = choose_form(catalog, setup)
    if form is None:
        return None
    story = vignette.interview.answers

    def answer_of(question) -> Answer:
        return story.get(question.id, "no")

    def verdicts(session: Session) -> dict[str, Verdict | None]:
        answers = session.indicator_answers()
        return {s.id: score(s, {k: v for k, v in answers.items() if s.has(k)}).verdict for s in sets_for(catalog, session) if s.rule is not None}

    full, short = Session(form, setup), Session(form, setup)
    full_asked = run_full(full, answer_of)
    short_asked = run(catalog, short, answer_of)
    return InterviewWalk(vignette.id, tuple(full_asked), tuple(short_asked), verdicts(full), verdicts(short))

