"""One screening in memory: set-up, answers to questions, skip logic, and the wipe.

This is where the screening's state lives (not in widgets), so a language switch or a
screen change never loses an answer, and quick exit has one thing to clear. Answers to
questions hidden by skip logic are cleared at once, so they can never reach results or
notes. Nothing here touches the disk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from screening.models import CHILD_AGE_BANDS, Answer, IndicatorSet, Question, Questionnaire, Section
from screening.models.forms import QuestionIn, SetupIn, ShowAllOf, ShowAnyOf, ShowCondition, ShowNot

# When several questions answer one indicator: any 'yes' wins; a refusal is kept as a
# refusal (never turned into 'no'); 'no' only when every answer is 'no'.
_PRECEDENCE: dict[str, int] = {"yes": 3, "declined": 2, "unknown": 1, "no": 0}


def population_for(is_child: bool) -> str:
    """The population a set, a form or a routing rule names: 'child' or 'adult'."""
    return "child" if is_child else "adult"


@dataclass(frozen=True)
class Setup:
    """What the screener enters before the questions. Never a name or a date of birth."""

    age_band: str
    screener_role: str = "social-worker"
    language: str = "en"
    exploitation_context: str = "unknown"
    oblast: str | None = None

    @property
    def is_child(self) -> bool:
        return self.age_band in CHILD_AGE_BANDS

    @property
    def population(self) -> str:
        """'child' under 18, else 'adult': the one place the population is decided."""
        return population_for(self.is_child)

    def value(self, name: str) -> str:
        return getattr(self, name)


@dataclass
class Session:
    form: Questionnaire
    setup: Setup
    answers: dict[str, Answer] = field(default_factory=dict)  # in the order answered
    short: bool = True  # the short interview (screening/engine/interview.py); False: every question in form order
    passed: set[str] = field(default_factory=set)  # questions moved past unanswered in the short interview

    # --- skip logic ---------------------------------------------------------------

    def _holds(self, condition: ShowCondition | None) -> bool:
        if condition is None:
            return True
        if isinstance(condition, ShowAllOf):
            return all(self._holds(c) for c in condition.all_of)
        if isinstance(condition, ShowAnyOf):
            return any(self._holds(c) for c in condition.any_of)
        if isinstance(condition, ShowNot):
            return not self._holds(condition.not_)
        if isinstance(condition, QuestionIn):
            return self.answers.get(condition.question) in condition.in_
        if isinstance(condition, SetupIn):
            return self.setup.value(condition.setup) in condition.in_
        raise TypeError(condition)

    def holds(self, condition: ShowCondition | None) -> bool:
        """Whether a show_if condition holds for the answers and set-up now."""
        return self._holds(condition)

    def visible(self) -> list[tuple[Section, Question]]:
        """Questions shown now, in form order."""
        return [
            (section, question)
            for section in self.form.sections
            if self._holds(section.show_if)
            for question in section.questions
            if self._holds(question.show_if)
        ]

    def visible_sections(self) -> list[Section]:
        seen: list[Section] = []
        for section, _ in self.visible():
            if section not in seen:
                seen.append(section)
        return seen

    def _prune(self) -> list[str]:
        """Clear answers to hidden questions, until nothing more changes."""
        cleared: list[str] = []
        while True:
            shown = {q.id for _, q in self.visible()}
            hidden = [qid for qid in self.answers if qid not in shown]
            if not hidden:
                return cleared
            for qid in hidden:
                del self.answers[qid]
            cleared += hidden

    # --- intents ------------------------------------------------------------------

    def answer(self, question_id: str, value: Answer | None) -> list[str]:
        """Record (or with None, remove) an answer. Returns ids of answers cleared by skip logic."""
        if question_id not in {q.id for _, q in self.visible()}:
            raise KeyError(f"question {question_id!r} is not shown now")
        if value is None:
            self.answers.pop(question_id, None)
        else:
            self.answers[question_id] = value
        return self._prune()

    def change_setup(self, setup: Setup) -> list[str]:
        self.setup = setup
        return self._prune()

    def wipe(self) -> None:
        """Forget every answer (quick exit, inactivity)."""
        self.answers.clear()
        self.passed.clear()

    # --- results ------------------------------------------------------------------

    def indicator_answers(self) -> dict[str, Answer]:
        """Indicator id -> answer, combined over the visible questions that answer it."""
        combined: dict[str, Answer] = {}
        for _, question in self.visible():
            value = self.answers.get(question.id)
            if value is None:
                continue
            for indicator_id in question.indicators:
                old = combined.get(indicator_id)
                if old is None or _PRECEDENCE[value] > _PRECEDENCE[old]:
                    combined[indicator_id] = value
        return combined

    def yes_questions(self) -> list[Question]:
        """The visible questions answered 'yes'."""
        return [q for _, q in self.visible() if self.answers.get(q.id) == "yes"]

    def urgent_flags(self) -> list[str]:
        """Questions answered 'yes' that signal possible danger."""
        return [q.id for _, q in self.visible() if q.urgent_if_yes and self.answers.get(q.id) == "yes"]


def applicable_sets(sets: Iterable[IndicatorSet], setup: Setup, wanted: Iterable[str] | None = None) -> list[IndicatorSet]:
    """The sets that apply to this person: the child sets under 18, the adult sets from 18."""
    population = setup.population
    names = set(wanted) if wanted is not None else None
    return [s for s in sets if s.info.population in (population, "any") and (names is None or s.id in names)]
