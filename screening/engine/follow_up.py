"""Which questions of the form ask about an indicator still open, and which of them are hidden.

The results list "what could change the result": indicators not yet answered. Some can no
longer be asked because skip logic hides their only questions (a gateway answered "no").
A screener who sees only the indicator's name cannot tell, so for each open indicator this
names the questions that ask it (in the interview language) and, for a hidden one, the
earlier answers or set-up choices that hide it. Pure and Textual-free: the results screen
formats what it returns.
"""

from __future__ import annotations

from dataclasses import dataclass

from screening.models import Answer, Question, Section
from screening.models.forms import QuestionIn, SetupIn, ShowAllOf, ShowAnyOf, ShowCondition, ShowNot
from screening.engine.session import Session


@dataclass(frozen=True)
class Gate:
    """One condition that hides a question now: an earlier answer, or a set-up choice."""

    question: Question | None  # the earlier question, when an answer hides it
    answer: Answer | None      # its current answer (None: not answered yet)
    setup: str | None = None   # the set-up field, when a set-up choice hides it


@dataclass(frozen=True)
class AskedBy:
    """A question of the form that answers the indicator; `gates` empty when it is shown."""

    section: Section
    question: Question
    gates: tuple[Gate, ...] = ()

    @property
    def hidden(self) -> bool:
        return bool(self.gates)


def _blocking(session: Session, condition: ShowCondition | None, want: bool = True) -> list[ShowCondition]:
    """The leaf conditions that make `condition` differ from `want` (empty when it agrees)."""
    if condition is None or session.holds(condition) == want:
        return []
    if isinstance(condition, ShowNot):
        return _blocking(session, condition.not_, not want)
    if isinstance(condition, ShowAllOf):
        return [leaf for c in condition.all_of for leaf in _blocking(session, c, want)]
    if isinstance(condition, ShowAnyOf):
        return [leaf for c in condition.any_of for leaf in _blocking(session, c, want)]
    return [condition]


def _gate(session: Session, leaf: ShowCondition, questions: dict[str, Question]) -> Gate:
    if isinstance(leaf, QuestionIn):
        return Gate(questions.get(leaf.question), session.answers.get(leaf.question))
    assert isinstance(leaf, SetupIn), leaf
    return Gate(None, None, setup=leaf.setup)


def asked_by(session: Session, indicator_id: str) -> list[AskedBy]:
    """Every question of the form that answers `indicator_id`, in form order, with what hides it."""
    questions = {q.id: q for _, q in session.form.questions()}
    found: list[AskedBy] = []
    for section in session.form.sections:
        for question in section.questions:
            if indicator_id not in question.indicators:
                continue
            leaves = _blocking(session, section.show_if) + _blocking(session, question.show_if)
            gates = tuple(dict.fromkeys(_gate(session, leaf, questions) for leaf in leaves))
            found.append(AskedBy(section, question, gates))
    return found
