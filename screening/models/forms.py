"""Typed views of the form files: questionnaires, the referral directory, training vignettes."""

from __future__ import annotations

from typing import Literal, Union

import re

from screening.models.common import (
    AgeBand,
    Answer,
    Frozen,
    LocalText,
    model,
    Population,
    SourceEntry,
    SourceRef,
    Verdict,
)

# --- skip conditions (declarative; no code in data) -------------------------------


@model
class ShowAllOf(Frozen):
    all_of: tuple["ShowCondition", ...]


@model
class ShowAnyOf(Frozen):
    any_of: tuple["ShowCondition", ...]


@model
class ShowNot(Frozen):
    not_: "ShowCondition"


@model
class QuestionIn(Frozen):
    question: str
    in_: tuple[Answer, ...]


@model
class SetupIn(Frozen):
    setup: Literal["age_band", "exploitation_context", "screener_role"]
    in_: tuple[str, ...]


ShowCondition = Union[ShowAllOf, ShowAnyOf, ShowNot, QuestionIn, SetupIn]


# --- questionnaire -----------------------------------------------------------------


@model
class Question(Frozen):
    id: str
    text: LocalText
    why: LocalText
    indicators: tuple[str, ...]
    show_if: ShowCondition | None = None
    urgent_if_yes: bool = False


@model
class Section(Frozen):
    id: str
    title: LocalText
    intro: LocalText | None = None
    mode: Literal["ask", "observe"]
    show_if: ShowCondition | None = None
    questions: tuple[Question, ...]


@model
class ShortInterview(Frozen):
    """The short interview's core: asked first, in this order (see screening/engine/interview.py)."""

    core: tuple[str, ...]


@model
class Questionnaire(Frozen):
    kind: Literal["questionnaire"]
    id: str
    version: str
    title: LocalText
    description: LocalText | None = None
    population: Population
    sets: tuple[str, ...]
    short_interview: ShortInterview | None = None
    sections: tuple[Section, ...]

    def questions(self) -> list[tuple[Section, Question]]:
        return [(s, q) for s in self.sections for q in s.questions]


_CHECKED = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?", re.ASCII)


# --- referral directory --------------------------------------------------------------


@model
class Need(Frozen):
    id: str
    label: LocalText
    question: LocalText | None = None
    urgent: bool


@model
class ContactVerification(Frozen):
    status: Literal["verified", "secondary", "unverified", "category"]
    source: str
    # The date as of which the source confirms the entry (the day a page was read, else the
    # date the report or page was published): YYYY-MM-DD or YYYY-MM; None when not known.
    checked: str | None = None

    def __post_init__(self) -> None:
        if self.checked is not None and not _CHECKED.fullmatch(self.checked):
            raise ValueError(f"'checked' is {self.checked!r}; expected a date YYYY-MM-DD or a month YYYY-MM")


@model
class Service(Frozen):
    id: str
    name: LocalText
    category: Literal[
        "status-procedure", "hotline", "police", "emergency", "child-services",
        "shelter", "social-psychological", "medical", "legal", "documents", "employment",
        "labour-inspection", "international",
    ]
    contact: str | None
    description: LocalText
    needs: tuple[str, ...]
    population: Population
    languages: tuple[str, ...]
    verification: ContactVerification


@model
class Country(Frozen):
    code: str
    name: LocalText
    services: tuple[Service, ...]


@model
class RoutingWhen(Frozen):
    verdict_at_least: Literal["some-indication", "strong-indication"] | None = None
    need: str | None = None
    population: Literal["adult", "child"] | None = None
    always: Literal[True] | None = None


@model
class RoutingRule(Frozen):
    when: RoutingWhen
    services: tuple[str, ...]


@model
class ReferralDirectory(Frozen):
    kind: Literal["referral-directory"]
    id: str
    version: str
    title: LocalText
    needs: tuple[Need, ...]
    countries: tuple[Country, ...]
    routing: tuple[RoutingRule, ...]


# --- training vignettes ----------------------------------------------------------------


@model
class ExpectedResult(Frozen):
    set: str
    verdict: Verdict
    dimensions_present: tuple[str, ...]
    working: LocalText


@model
class VignetteInterview(Frozen):
    """The story put through the shipped form: set-up context and question id -> answer
    (questions left out count as 'no')."""

    exploitation_context: Literal["unknown", "labour", "sexual", "domestic-servitude", "other"]
    answers: dict[str, Answer]


@model
class Vignette(Frozen):
    id: str
    title: LocalText
    story: LocalText
    age_band: AgeBand
    themes: tuple[str, ...]
    case_status: Literal["trafficking", "not-trafficking", "not-determined"]
    based_on: tuple[SourceRef, ...]
    expected_answers: dict[str, Answer]
    expected_results: tuple[ExpectedResult, ...]
    teaching_points: LocalText
    interview: VignetteInterview


@model
class VignetteCollection(Frozen):
    kind: Literal["vignettes"]
    id: str
    version: str
    title: LocalText
    sources: tuple[SourceEntry, ...]
    vignettes: tuple[Vignette, ...]
