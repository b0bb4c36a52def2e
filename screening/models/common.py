"""Building blocks shared by every typed model: strict, frozen, no unknown keys."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Answer = Literal["yes", "no", "unknown", "declined"]
Strength = Literal["strong", "medium", "weak"]
Language = Literal["en", "uk", "ru"]
Population = Literal["adult", "child", "any"]
AgeBand = Literal["<14", "14-17", "18-24", "25-59", "60+"]
Verification = Literal["primary", "secondary", "seed-verbatim", "reconstructed"]
Verdict = Literal["strong-indication", "some-indication", "no-indication"]

ANSWERS: tuple[Answer, ...] = ("yes", "no", "unknown", "declined")
LANGUAGES: tuple[Language, ...] = ("en", "uk", "ru")
AGE_BANDS: tuple[AgeBand, ...] = ("<14", "14-17", "18-24", "25-59", "60+")
CHILD_AGE_BANDS: frozenset[str] = frozenset({"<14", "14-17"})
VERDICT_RANK: dict[str, int] = {"no-indication": 0, "some-indication": 1, "strong-indication": 2}


class Frozen(BaseModel):
    """Base of all data models: strict types, unknown keys refused, immutable."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, populate_by_name=True)


class LocalText(Frozen):
    """Text per interface language; English is always there and is the fallback."""

    en: str
    uk: str | None = None
    ru: str | None = None

    def get(self, language: str) -> str:
        value = getattr(self, language, None) if language in LANGUAGES else None
        return value or self.en

    def missing(self) -> list[str]:
        return [lang for lang in LANGUAGES if not getattr(self, lang)]


class SourceRef(Frozen):
    source: str
    locator: str
    quote: str | None


class SourceEntry(Frozen):
    id: str
    title: str
    publisher: str | None = None
    year: int | None = None
    where: str | None = None
