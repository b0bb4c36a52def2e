"""The anonymised referral note: the only thing the program ever writes.

Aligned field for field with forms/schemas/referral-note.schema.json (a test keeps them
so). Nothing here can hold a name, a contact, a document number or an exact date.
"""

from __future__ import annotations

from typing import Literal

from screening.models.common import AgeBand, Frozen, Language, Verdict

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


class IndicatorPresent(Frozen):
    id: str
    label: str


class SetResult(Frozen):
    set: str
    verdict: Verdict | None
    could_change: bool
    dimensions_present: tuple[str, ...]
    indicators_present: tuple[IndicatorPresent, ...]


class ReferralTarget(Frozen):
    service: str
    name: str
    contact: str | None
    reason: str


class DataVersion(Frozen):
    id: str
    version: str
    sha256: str


class ReferralNote(Frozen):
    kind: Literal["referral-note"] = "referral-note"
    schema_version: Literal[1] = 1
    note_id: str
    month: str
    age_band: AgeBand
    oblast: str | None
    screener_role: ScreenerRole
    language: Language
    consent_to_refer: bool
    results: tuple[SetResult, ...]
    urgent_needs: tuple[str, ...]
    police_involvement: Literal["wanted", "not-wanted", "not-asked", "declined"]
    referral_targets: tuple[ReferralTarget, ...]
    data_versions: tuple[DataVersion, ...]
    free_text: str | None
