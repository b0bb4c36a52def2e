"""Building blocks shared by every typed model: strict, frozen, no unknown keys.

The data models (indicator sets, forms, directory, vignettes) are standard-library
dataclasses, frozen and slotted, declared once here and in the sibling modules. Two
readers build them:

- pydantic, strictly (`screening.catalog.typed`): `screening validate`, any file that is not
  the shipped data as packaged, and the tests. It reads each class's `__pydantic_config__`
  (strict types, unknown keys refused, the JSON names of `ALIASES`), which is a plain dict,
  so that importing the models does not import pydantic.
- `screening.catalog.decode`, at the app's start-up: the shipped files, already checked by
  `screening validate` and the test suite, go from `json.loads` straight into the same
  classes, without pydantic in memory (docs/performance.md, figure 8). Whatever it cannot
  read is handed to pydantic, whose message is the one shown.

Only the referral note (screening/models/note.py) is a pydantic model: it is built and
checked when a note is made, never at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, TypeVar, dataclass_transform

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

# Who screens, and where: the note's closed lists (screening/models/note.py), also offered by
# the set-up screen and checked in the forms, so they live here, without pydantic.
OBLASTS: tuple[str, ...] = (
    "UA-05", "UA-07", "UA-09", "UA-12", "UA-14", "UA-18", "UA-21", "UA-23", "UA-26",
    "UA-30", "UA-32", "UA-35", "UA-40", "UA-43", "UA-46", "UA-48", "UA-51", "UA-53",
    "UA-56", "UA-59", "UA-61", "UA-63", "UA-65", "UA-68", "UA-71", "UA-74", "UA-77",
)
ScreenerRole = Literal[
    "social-worker", "child-services", "police", "ngo-outreach", "hotline",
    "border-reception", "health-worker", "other",
]
SCREENER_ROLES: tuple[str, ...] = ScreenerRole.__args__  # type: ignore[attr-defined]

# Field names that are not Python names: the JSON key of each.
ALIASES: dict[str, str] = {
    "x_indicator": "x-indicator",
    "x_set": "x-set",
    "schema_uri": "$schema",
    "id_uri": "$id",
    "not_": "not",
    "in_": "in",
}


def json_name(field: str) -> str:
    """The JSON key of a model field."""
    return ALIASES.get(field, field)


T = TypeVar("T")


@dataclass_transform(frozen_default=True, kw_only_default=True)
def model(cls: type[T]) -> type[T]:
    """A data model: a frozen, slotted, keyword-only dataclass.

    Equality, hashing and repr come from `Frozen`, shared, instead of being generated for each
    of the 40 classes: importing the models takes half the time (the app's first question waits
    for it; docs/performance.md, figure 7).
    """
    return dataclass(frozen=True, slots=True, kw_only=True, repr=False, eq=False, match_args=False)(cls)


class Frozen:
    """Base of all data models: strict types, unknown keys refused, immutable (with `@model`)."""

    __slots__ = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__dataclass_fields__)  # type: ignore[attr-defined]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((self.__class__, self._values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__dataclass_fields__)  # type: ignore[attr-defined]
        return f"{self.__class__.__qualname__}({fields})"

    # Read by pydantic only (screening/catalog/typed.py); a plain dict, so no pydantic import.
    __pydantic_config__ = {
        "strict": True,
        "extra": "forbid",
        "alias_generator": json_name,
        "validate_by_name": True,
        "validate_by_alias": True,
    }


@model
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


@model
class SourceRef(Frozen):
    source: str
    locator: str
    quote: str | None


@model
class SourceEntry(Frozen):
    id: str
    title: str
    publisher: str | None = None
    year: int | None = None
    where: str | None = None


