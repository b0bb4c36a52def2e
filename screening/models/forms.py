"""Typed views of the form files: questionnaires, the referral directory, training vignettes."""

from __future__ import annotations

from typing import Literal, Union

from pydantic import Field

from screening.models.common import (
    AgeBand,
    Answer,
    Frozen,
    LocalText,
    Population,
    SourceEntry,
    SourceRef,
    Verdict,
)

# --- skip conditions (declarative; no code in data) -------------------------------


class ShowAllOf(Frozen):
    all_of: tuple["ShowCondition", ...]


class ShowAnyOf(Frozen):
    any_of: tuple["ShowCondition", ...]


class ShowNot(Frozen):
    not_: "ShowCondition" = Field(alias="not")


class QuestionIn(Frozen):
    question: str
    in_: tuple[Answer, ...] = Field(alias="in")


class SetupIn(Frozen):
    setup: Literal["age_band", "exploitation_context", "screener_role"]
    in_: tuple[str, ...] = Field(alias="in")


ShowCondition = Union[ShowAllOf, ShowAnyOf, ShowNot, QuestionIn, SetupIn]
ShowAllOf.model_rebuild()
ShowAnyOf.model_rebuild()
ShowNot.model_rebuild()


# --- questionnaire -----------------------------------------------------------------


class Question(Frozen):
    id: str
    text: LocalText
    why: LocalText
    indicators: tuple[str, ...]
    show_if: ShowCondition | None = None
    urgent_if_yes: bool = False


class Section(Frozen):
    id: str
    title: LocalText
    intro: LocalText | None = None
    mode: Literal["ask", "observe"]
    show_if: ShowCondition | None = None
    questions: tuple[Question, ...]


class ShortInterview(Frozen):
    """The short interview's core: asked first, in this order (see screening/engine/interview.py)."""

    core: tuple[str, ...]


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


# --- referral directory --------------------------------------------------------------


class Need(Frozen):
    id: str
    label: LocalText
    question: LocalText | None = None
    urgent: bool


class ContactVerification(Frozen):
    status: Literal["verified", "secondary", "unverified", "category"]
    source: str
    # The date as of which the source confirms the entry (the day a page was read, else the
    # date the report or page was published): YYYY-MM-DD or YYYY-MM; None when not known.
    checked: str | None = Field(default=None, pattern=r"^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$")


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


class Country(Frozen):
    code: str
    name: LocalText
    services: tuple[Service, ...]


class RoutingWhen(Frozen):
    verdict_at_least: Literal["some-indication", "strong-indication"] | None = None
    need: str | None = None
    population: Literal["adult", "child"] | None = None
    always: Literal[True] | None = None


class RoutingRule(Frozen):
    when: RoutingWhen
    services: tuple[str, ...]


class ReferralDirectory(Frozen):
    kind: Literal["referral-directory"]
    id: str
    version: str
    title: LocalText
    needs: tuple[Need, ...]
    countries: tuple[Country, ...]
    routing: tuple[RoutingRule, ...]


# --- training vignettes ----------------------------------------------------------------


class ExpectedResult(Frozen):
    set: str
    verdict: Verdict
    dimensions_present: tuple[str, ...]
    working: LocalText


class VignetteInterview(Frozen):
    """The story put through the shipped form: set-up context and question id -> answer
    (questions left out count as 'no')."""

    exploitation_context: Literal["unknown", "labour", "sexual", "domestic-servitude", "other"]
    answers: dict[str, Answer]


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


class VignetteCollection(Frozen):
    kind: Literal["vignettes"]
    id: str
    version: str
    title: LocalText
    sources: tuple[SourceEntry, ...]
    vignettes: tuple[Vignette, ...]
