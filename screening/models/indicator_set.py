"""Typed view of an indicator set: a JSON Schema document with `x-set` and `x-indicator` annotations."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Union

from screening.models.common import (
    Answer,
    Frozen,
    model,
    LocalText,
    Population,
    SourceEntry,
    SourceRef,
    Strength,
    Verification,
)


@model
class Indicator(Frozen):
    id: str
    dimension: str
    strength: Strength | None
    kind: Literal["indicator", "vulnerability", "risk-factor"]
    label: LocalText
    explanation: LocalText
    sources: tuple[SourceRef, ...]
    verification: Verification
    verification_note: str | None = None


@model
class IndicatorProperty(Frozen):
    description: str | None = None
    enum: tuple[Answer, ...]
    x_indicator: Indicator


@model
class Dimension(Frozen):
    id: str
    label: LocalText
    explanation: LocalText | None = None


@model
class StrengthGroup(Frozen):
    """At least `count` 'yes' answers among indicators of the listed strengths."""

    strengths: tuple[Strength, ...]
    count: int


@model
class AllOf(Frozen):
    all_of: tuple["RuleCondition", ...]


@model
class AnyOf(Frozen):
    any_of: tuple["RuleCondition", ...]


@model
class DimensionPresent(Frozen):
    dimension_present: str


@model
class AnyDimensionPresent(Frozen):
    any_dimension_present: Literal[True]


@model
class AnyYesOfStrength(Frozen):
    any_yes_of_strength: Strength


@model
class AnyYesIn(Frozen):
    """At least one rated indicator of any of these dimensions answered 'yes' (the dimension need
    not be present). The child rule uses it: for a child the means are not required, so one sign
    of how the child was recruited, moved or is held by others is evidence of the act."""

    any_yes_in: tuple[str, ...]


RuleCondition = Union[AllOf, AnyOf, DimensionPresent, AnyDimensionPresent, AnyYesOfStrength, AnyYesIn]


def describe_condition(condition: RuleCondition) -> str:
    """The condition in English, as the engine reports which rule held (screening/i18n/results.py
    words it per language)."""
    if isinstance(condition, AllOf):
        return " and ".join(_grouped(c) for c in condition.all_of)
    if isinstance(condition, AnyOf):
        return " or ".join(_grouped(c) for c in condition.any_of)
    if isinstance(condition, DimensionPresent):
        return condition.dimension_present
    if isinstance(condition, AnyDimensionPresent):
        return "any dimension present"
    if isinstance(condition, AnyYesIn):
        return f"any indicator of {' or '.join(condition.any_yes_in)} answered yes"
    return f"any {condition.any_yes_of_strength} indicator answered yes"


def _grouped(condition: RuleCondition) -> str:
    text = describe_condition(condition)
    return f"({text})" if isinstance(condition, (AllOf, AnyOf)) and " " in text else text


@model
class RuleProvenance(Frozen):
    sources: tuple[SourceRef, ...]
    verification: Verification
    note: str


@model
class VerdictWhen(Frozen):
    verdict: Literal["strong-indication", "some-indication"]
    when: RuleCondition


@model
class Rule(Frozen):
    id: str
    provenance: RuleProvenance
    dimension_present_when: tuple[tuple[StrengthGroup, ...], ...]
    verdicts: tuple[VerdictWhen, ...]
    default: Literal["no-indication"]


@model
class SetInfo(Frozen):
    id: str
    version: str
    title: LocalText
    description: LocalText | None = None
    population: Population
    exploitation: Literal["labour", "sexual", "domestic-servitude", "begging-and-criminality", "any"]
    scoring: Literal["rule", "count"]
    dimensions: tuple[Dimension, ...]
    rule: Rule | None
    sources: tuple[SourceEntry, ...]


@model
class IndicatorSetDocument(Frozen):
    """The file as written: a JSON Schema for one screening's answers."""

    schema_uri: str
    id_uri: str
    title: str
    description: str | None = None
    type: Literal["object"]
    additionalProperties: Literal[False]
    properties: dict[str, IndicatorProperty]
    x_set: SetInfo


@dataclass(frozen=True)
class IndicatorSet:
    """An indicator set as the program uses it, with its file's SHA-256 for notes."""

    document: IndicatorSetDocument
    sha256: str
    path: str
    indicators: tuple[Indicator, ...] = field(init=False)
    _by_id: dict[str, Indicator] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        indicators = tuple(p.x_indicator for p in self.document.properties.values())
        object.__setattr__(self, "indicators", indicators)
        object.__setattr__(self, "_by_id", {i.id: i for i in indicators})

    @property
    def info(self) -> SetInfo:
        return self.document.x_set

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def version(self) -> str:
        return self.info.version

    @property
    def rule(self) -> Rule | None:
        return self.info.rule

    @property
    def dimensions(self) -> tuple[Dimension, ...]:
        return self.info.dimensions

    def indicator(self, indicator_id: str) -> Indicator:
        return self._by_id[indicator_id]

    def has(self, indicator_id: str) -> bool:
        return indicator_id in self._by_id

    def dimension(self, dimension_id: str) -> Dimension:
        return next(d for d in self.dimensions if d.id == dimension_id)

    def source(self, source_id: str) -> SourceEntry | None:
        return next((s for s in self.info.sources if s.id == source_id), None)
