"""The short interview: ask only what can still change a verdict, gentle questions first.

A full screening asks over a hundred questions; most cannot change the outcome once a few
are answered. This module decides, after each answer, which question comes next:

1. the form's short core (`short_interview.core`, in its order: the offer, the work, the
   freedom to leave first), then
2. the rest of the form in form order,

asking a question only if it *can still change a verdict* of an applicable rated set, or if
it signals possible danger (`urgent_if_yes`: always asked). A gateway question (one that
opens follow-ups) is asked when one of its follow-ups could matter. The interview ends
when no visible, unasked question can change anything.

"Can change a verdict" is worked out exactly on the rule's structure, not guessed: every
rule here is monotone (another 'yes' never lowers a verdict), so for each set the verdict
lies between the verdict of the answers as they are (open questions counted as 'no') and
the verdict with every open question 'yes'. When the two agree, nothing left can change
that set. Otherwise a feature (a dimension becoming present, a dimension getting its first
'yes', the first strong 'yes') matters when some combination of the other undecided features
makes the verdict depend on it; an open indicator matters when it can bring about a feature
that matters. Pure functions: no Textual, nothing stored.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Collection, Container, Iterable, Mapping

from screening.engine.score import Assessment, prepared, score, verdict_for
from screening.models import VERDICT_RANK, Answer, IndicatorSet, Question, Questionnaire, Section
from screening.engine.policy import sets_for
from screening.models.forms import QuestionIn, SetupIn, ShowAllOf, ShowAnyOf, ShowCondition, ShowNot

STRONG = 0  # the strength slot of 'strong' in the engine's counts


@dataclass(frozen=True)
class Next:
    """The question to ask next and why it is asked."""

    section: Section
    question: Question
    reason: str  # "core", "urgent", "settle" (rules out the next verdict up soonest) or "deepen"


# --- which questions can still appear -------------------------------------------------


def _may_hold(condition: ShowCondition | None, answers: Mapping[str, str], setup, state: Mapping[str, bool | None]) -> bool | None:
    """Three-valued skip logic: True (holds now), False (cannot hold any more), None (depends on an
    unanswered question that may still be asked)."""
    if condition is None:
        return True
    if isinstance(condition, ShowAllOf):
        parts = [_may_hold(c, answers, setup, state) for c in condition.all_of]
        return False if False in parts else (None if None in parts else True)
    if isinstance(condition, ShowAnyOf):
        parts = [_may_hold(c, answers, setup, state) for c in condition.any_of]
        return True if True in parts else (None if None in parts else False)
    if isinstance(condition, ShowNot):
        inner = _may_hold(condition.not_, answers, setup, state)
        return None if inner is None else not inner
    if isinstance(condition, QuestionIn):
        if condition.question in answers:
            return answers[condition.question] in condition.in_
        # Unanswered: it may still be answered (and so open this) only if it can still be shown.
        return None if state.get(condition.question) is not False else False
    if isinstance(condition, SetupIn):
        return setup.value(condition.setup) in condition.in_
    raise TypeError(condition)


def question_states(form: Questionnaire, answers: Mapping[str, str], setup) -> dict[str, bool | None]:
    """Question id -> True (shown now), None (may be shown after a later answer), False (cannot be)."""
    state: dict[str, bool | None] = {}
    for section in form.sections:
        shown = _may_hold(section.show_if, answers, setup, state)
        for question in section.questions:
            own = _may_hold(question.show_if, answers, setup, state) if shown is not False else False
            state[question.id] = False if False in (shown, own) else (None if None in (shown, own) else True)
    return state


def _named(condition: ShowCondition | None) -> set[str]:
    if condition is None:
        return set()
    if isinstance(condition, ShowAllOf):
        return set().union(*(_named(c) for c in condition.all_of))
    if isinstance(condition, ShowAnyOf):
        return set().union(*(_named(c) for c in condition.any_of))
    if isinstance(condition, ShowNot):
        return _named(condition.not_)
    if isinstance(condition, QuestionIn):
        return {condition.question}
    return set()


_OPENS: dict[int, tuple[Questionnaire, dict[str, tuple[str, ...]]]] = {}


def _opens(form: Questionnaire) -> dict[str, tuple[str, ...]]:
    """Question id -> the questions whose skip logic (own or section's) names it (once per form)."""
    found = _OPENS.get(id(form))
    if found is not None and found[0] is form:
        return found[1]
    opens: dict[str, list[str]] = {}
    for section in form.sections:
        for question in section.questions:
            for name in _named(section.show_if) | _named(question.show_if):
                opens.setdefault(name, []).append(question.id)
    result = {k: tuple(v) for k, v in opens.items()}
    _OPENS[id(form)] = (form, result)
    return result


# --- which indicators can still change a verdict ----------------------------------------


def _achievable(combo, counts) -> bool:
    return all(sum(counts[s] for s in slots) >= need for slots, need in combo)


@lru_cache(maxsize=8192)
def _can_tip(combos, counts: tuple[int, int, int], others: tuple[int, int, int], slot: int) -> bool:
    """Whether one more 'yes' of strength `slot` can be what makes the dimension present: for some
    number of the other open indicators (per strength, up to `others`) it is absent without it and
    present with it."""
    def present(c):
        return any(_achievable(combo, c) for combo in combos)

    for a in range(others[0] + 1):
        for b in range(others[1] + 1):
            for w in range(others[2] + 1):
                base = (counts[0] + a, counts[1] + b, counts[2] + w)
                tipped = list(base)
                tipped[slot] += 1
                if not present(base) and present(tuple(tipped)):
                    return True
    return False


_TABLES: dict[tuple, tuple[int, ...]] = {}


def _table(indicator_set: IndicatorSet, low_present: frozenset[str], low_touched: frozenset[str], strong_yes: bool,
           features: tuple[tuple[str, str], ...]) -> tuple[int, ...]:
    """The verdict rank for every subset (bit mask) of the undecided features turned on (remembered:
    the same undecided state comes back many times in one interview)."""
    key = (id(indicator_set), indicator_set.id, low_present, low_touched, strong_yes, features)
    found = _TABLES.get(key)
    if found is not None:
        return found
    if len(_TABLES) > 4096:
        _TABLES.clear()
    table = []
    for mask in range(1 << len(features)):
        on = [features[k] for k in range(len(features)) if mask >> k & 1]
        present = low_present | {d for kind, d in on if kind == "present"}
        touched = low_touched | {d for kind, d in on if kind in ("touched", "present")}
        strong = strong_yes or ("strong", "") in on
        table.append(VERDICT_RANK[verdict_for(indicator_set, set(present), strong, set(touched))])
    _TABLES[key] = result = tuple(table)
    return result


@dataclass(frozen=True)
class Open:
    """What an indicator set still depends on: the open indicators that can change its verdict,
    and among them those of the cheapest way to settle the next verdict up (asked first)."""

    mattering: frozenset[str]
    cheapest: frozenset[str]


NOTHING = Open(frozenset(), frozenset())


def open_indicators(indicator_set: IndicatorSet, answers: Mapping[str, str], open_ids: set[str]) -> Open:
    """Which of `open_ids` (indicators not 'yes' that a question still to be asked records) could
    change this set's verdict for some answers to the others. Nothing for unrated sets."""
    if indicator_set.rule is None:
        return NOTHING
    index = prepared(indicator_set)
    low_present: set[str] = set()
    low_touched: set[str] = set()
    strong_yes = False
    waiting: dict[str, list[tuple[str, int]]] = {}
    best_counts: dict[str, list[int]] = {}
    low_counts: dict[str, tuple[int, int, int]] = {}
    open_strong: list[str] = []
    for dimension_id, rows in index.dimensions:
        counts, best = [0, 0, 0], [0, 0, 0]
        mine = waiting[dimension_id] = []
        for indicator_id, slot in rows:
            if slot < 0:
                continue
            if answers.get(indicator_id) == "yes":
                counts[slot] += 1
                best[slot] += 1
                strong_yes = strong_yes or slot == STRONG
            elif indicator_id in open_ids:
                mine.append((indicator_id, slot))
                best[slot] += 1
                if slot == STRONG:
                    open_strong.append(indicator_id)
        best_counts[dimension_id] = best
        low_counts[dimension_id] = (counts[0], counts[1], counts[2])
        if any(counts):
            low_touched.add(dimension_id)
        if any(_achievable(c, counts) for c in index.combos):
            low_present.add(dimension_id)
    features: list[tuple[str, str]] = []
    for dimension_id, mine in waiting.items():
        if mine and dimension_id not in low_present and any(_achievable(c, best_counts[dimension_id]) for c in index.combos):
            features.append(("present", dimension_id))
        if mine and dimension_id not in low_touched and index.uses_touched:
            features.append(("touched", dimension_id))
    if open_strong and not strong_yes and index.uses_strong:
        features.append(("strong", ""))
    if not features:
        return NOTHING
    table = _table(indicator_set, frozenset(low_present), frozenset(low_touched), strong_yes, tuple(features))
    full = len(table) - 1
    if table[0] == table[full]:
        return NOTHING

    def indicators_of(feature: tuple[str, str]) -> set[str]:
        kind, dimension_id = feature
        if kind == "strong":
            return set(open_strong)
        rows = waiting[dimension_id]
        if kind == "touched":
            return {i for i, _ in rows}
        now = low_counts[dimension_id]
        found = set()
        for indicator_id, slot in rows:
            others = [best_counts[dimension_id][k] - now[k] - (k == slot) for k in range(3)]
            if _can_tip(index.combos, now, tuple(others), slot):
                found.add(indicator_id)
        return found

    members = [indicators_of(f) for f in features]
    mattering: set[str] = set()
    for k in range(len(features)):
        bit = 1 << k
        if any(table[m | bit] > table[m] for m in range(len(table)) if not m & bit):
            mattering |= members[k]
    # The cheapest set of features to rule out so that the verdict cannot rise above the current
    # one: asked first, since the verdict is settled only when they are ruled out (or one is 'yes').
    target = table[0] + 1
    costs = [len(m) for m in members]
    best_cost, best_closed = None, 0
    for allowed in range(len(table)):
        if table[allowed] < target:
            closed = full & ~allowed
            cost = sum(costs[k] for k in range(len(features)) if closed >> k & 1)
            if best_cost is None or cost < best_cost:
                best_cost, best_closed = cost, closed
    cheapest = set().union(*(members[k] for k in range(len(features)) if best_closed >> k & 1)) & mattering
    return Open(frozenset(mattering), frozenset(cheapest))


@dataclass(frozen=True)
class Reach:
    """What more answers to a form can still bring in, as a set of indicator ids for `in`.

    An indicator the form records is reachable while an unanswered question records it, shown
    now or after a later answer; once its questions are answered or hidden (a gateway answered
    "no") it is not. An indicator the form never asks stays open: the screener may learn it in
    conversation, and the results say that no question of the form asks it."""

    in_form: frozenset[str]
    still_asked: frozenset[str]

    def __contains__(self, indicator_id: object) -> bool:
        return indicator_id not in self.in_form or indicator_id in self.still_asked

    def widened(self, more: Collection[str]) -> Reach:
        return Reach(self.in_form, self.still_asked | frozenset(more))


def askable_indicators(form: Questionnaire, setup, answers: Mapping[str, str]) -> Reach:
    """Indicators that more answers can still bring in (see `Reach`): an indicator whose only
    questions an earlier answer hides (a gateway answered "no") is not among them."""
    state = question_states(form, answers, setup)
    pairs = form.questions()
    return Reach(
        in_form=frozenset(i for _, q in pairs for i in q.indicators),
        still_asked=frozenset(i for _, q in pairs if q.id not in answers and state[q.id] is not False for i in q.indicators),
    )


def assess(indicator_set: IndicatorSet, answers: Mapping[str, Answer], askable: Container[str] | None = None,
           *, strict: bool = True) -> Assessment:
    """The engine's assessment, with `could_change` and `follow_up` made exact: the open indicators
    that, for some answers to the others, would raise the verdict (in set order).

    Open means not answered yes or no: unanswered, "don't know" or declined. With `askable`
    (see `askable_indicators`), an unanswered indicator outside it counts as closed: no question
    will ask it any more, so it cannot change the result with more answers."""
    assessment = score(indicator_set, answers, strict=strict)
    if assessment.verdict is None or not assessment.could_change:
        return assessment
    index = prepared(indicator_set)
    unsettled = {i for i in index.ids if answers.get(i) not in ("yes", "no")}
    if askable is not None:
        unsettled = {i for i in unsettled if i in askable or i in answers}
    found = open_indicators(indicator_set, answers, unsettled).mattering
    return replace(assessment, could_change=bool(found), follow_up=tuple(sorted(found, key=index.position.__getitem__)))


def out_of_reach(indicator_set: IndicatorSet, answers: Mapping[str, Answer], askable: Reach,
                 in_form: Collection[str]) -> tuple[str, ...]:
    """Open indicators that the form asks (`in_form`: the indicators of its unanswered questions,
    hidden or not) and that would raise the verdict, but that no question will ask any more (an
    earlier answer hides their questions), in set order: worth checking when that earlier answer
    may have been a mistake."""
    reachable = set(assess(indicator_set, answers, askable, strict=False).follow_up)
    wider = assess(indicator_set, answers, askable.widened(in_form), strict=False).follow_up
    return tuple(i for i in wider if i not in reachable)


# --- the next question --------------------------------------------------------------------


def order(form: Questionnaire) -> list[tuple[Section, Question]]:
    """The short interview's order: the core first, then the rest of the form in form order."""
    pairs = form.questions()
    by_id = {q.id: (s, q) for s, q in pairs}
    core = [by_id[q] for q in (form.short_interview.core if form.short_interview else ()) if q in by_id]
    core_ids = {q.id for _, q in core}
    return core + [(s, q) for s, q in pairs if q.id not in core_ids]


def useful_questions(form: Questionnaire, setup, answers: Mapping[str, str], indicator_answers: Mapping[str, str],
                     sets: Iterable[IndicatorSet], passed: Iterable[str] = ()) -> dict[str, str]:
    """Unanswered questions that are worth asking, with why: "urgent", "settle" or "deepen"."""
    return _useful(form, setup, answers, indicator_answers, sets, passed)[0]


def _useful(form, setup, answers, indicator_answers, sets, passed=()) -> tuple[dict[str, str], set[str]]:
    """`useful_questions`, and the indicators of the cheapest way to settle the verdict.

    `answers` are the question answers; `indicator_answers` the combined indicator answers of the
    visible questions; `sets` the rated sets that apply; `passed` questions the screener moved past.
    """
    state = question_states(form, answers, setup)
    passed = set(passed)
    askable = {q.id: q for _, q in form.questions() if q.id not in answers and q.id not in passed and state[q.id] is not False}
    open_ids = {i for q in askable.values() for i in q.indicators}
    mattering: set[str] = set()
    cheapest: set[str] = set()
    for indicator_set in sets:
        found = open_indicators(indicator_set, indicator_answers, {i for i in open_ids if indicator_set.has(i)})
        mattering |= found.mattering
        cheapest |= found.cheapest
    useful: dict[str, str] = {}
    opens = _opens(form)
    for _, question in reversed(form.questions()):  # follow-ups come after their gateway
        if question.id not in askable:
            continue
        follow_ups = [useful[q] for q in opens.get(question.id, ()) if q in useful]
        if question.urgent_if_yes:
            useful[question.id] = "urgent"
        elif not cheapest.isdisjoint(question.indicators) or "settle" in follow_ups:
            useful[question.id] = "settle"
        elif not mattering.isdisjoint(question.indicators) or follow_ups:
            useful[question.id] = "deepen"
    return useful, cheapest


def next_question(form: Questionnaire, setup, answers: Mapping[str, str], indicator_answers: Mapping[str, str],
                  sets: Iterable[IndicatorSet], passed: Iterable[str] = ()) -> Next | None:
    """The next question of the short interview, or None when nothing left can change a verdict."""
    useful, cheapest = _useful(form, setup, answers, indicator_answers, sets, passed)
    if not useful:
        return None
    state = question_states(form, answers, setup)
    core = set(form.short_interview.core) if form.short_interview else set()
    ready = [(s, q) for s, q in order(form) if state[q.id] is True and q.id in useful]
    for section, question in ready:  # the core, in its order
        if question.id in core:
            return Next(section, question, "core" if useful[question.id] != "urgent" else "urgent")
    urgent = [(s, q) for s, q in ready if useful[q.id] == "urgent"]
    if urgent:
        return Next(*urgent[0], "urgent")
    settle = [(s, q) for s, q in ready if useful[q.id] == "settle"]
    if settle:  # the question that settles most of what is left first (form order on a tie)
        section, question = max(settle, key=lambda pair: len(cheapest.intersection(pair[1].indicators)))
        return Next(section, question, "settle")
    if ready:
        return Next(*ready[0], useful[ready[0][1].id])
    return None



# --- one screening ---------------------------------------------------------------------------


def next_step(catalog, session) -> Next | None:
    """The short interview's next question for this screening (its sets by screening.engine.policy), or
    None when nothing left can change a verdict."""
    rated = [s for s in sets_for(catalog, session) if s.rule is not None]
    return next_question(session.form, session.setup, session.answers, session.indicator_answers(), rated, session.passed)


def not_asked(session) -> list[tuple[Section, Question]]:
    """Visible questions without an answer: in a finished short interview, none of them could
    have changed a verdict."""
    return [(s, q) for s, q in session.visible() if q.id not in session.answers]


def run(catalog, session, answer_of: Callable[[Question], str]) -> list[str]:
    """Put the short interview to someone whose answers `answer_of` gives; the question ids asked."""
    asked: list[str] = []
    while (step := next_step(catalog, session)) is not None:
        session.answer(step.question.id, answer_of(step.question))
        asked.append(step.question.id)
    return asked


def run_full(session, answer_of: Callable[[Question], str]) -> list[str]:
    """Put every question of the form, in form order (skip logic applied as answers come)."""
    asked: list[str] = []
    while True:
        waiting = [q for _, q in session.visible() if q.id not in session.answers]
        if not waiting:
            return asked
        session.answer(waiting[0].id, answer_of(waiting[0]))
        asked.append(waiting[0].id)
