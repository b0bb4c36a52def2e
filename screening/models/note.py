"""The anonymised referral note: the only thing the program ever writes.

Aligned field for field with forms/schemas/referral-note.schema.json (a test keeps them
so). Nothing here can hold a name, a contact, a document number or an exact date.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from screening.models.common import OBLASTS, SCREENER_ROLES, AgeBand, Language, ScreenerRole, Verdict

__all__ = ["OBLASTS", "SCREENER_ROLES", "ReferralNote", "ScreenerRole"]


class Frozen(BaseModel):
    """Base of the note's models: strict types, unknown keys refused, immutable."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, populate_by_name=True)

# The schema's constraints, shared with the fast reader of note files (screening/coordinator/note_reader.py):
# a note built here cannot carry what the schema refuses (a free-form id, an exact date, a long text).
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,79}$")]
Oblast = Literal[("abroad", *OBLASTS)]  # type: ignore[valid-type]
NoteId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
Month = Annotated[str, StringConstraints(pattern=r"^20[0-9]{2}-(0[1-9]|1[0-2])$")]
Label = Annotated[str, StringConstraints(min_length=1, max_length=300)]
ServiceName = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Contact = Annotated[str, StringConstraints(max_length=100)]
Version = Annotated[str, StringConstraints(pattern=r"^[0-9]+\.[0-9]+\.[0-9]+$")]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
FreeText = Annotated[str, StringConstraints(max_length=2000)]
PoliceInvolvement = Literal["wanted", "not-wanted", "not-asked", "declined"]


class IndicatorPresent(Frozen):
    id: Id
    label: Label


class SetResult(Frozen):
    set: Id
    verdict: Verdict | None
    could_change: bool
    dimensions_present: tuple[Id, ...]
    indicators_present: tuple[IndicatorPresent, ...]


class ReferralTarget(Frozen):
    service: Id
    name: ServiceName
    contact: Contact | None
    reason: Label


class DataVersion(Frozen):
    id: Id
    version: Version
    sha256: Sha256


class ReferralNote(Frozen):
    # An editor's pointer to referral-note.schema.json, allowed in a note file; never written.
    schema_uri: str | None = Field(default=None, alias="$schema", exclude=True)
    kind: Literal["referral-note"] = "referral-note"
    schema_version: Literal[1] = 1
    note_id: NoteId
    month: Month
    age_band: AgeBand
    oblast: Oblast | None
    screener_role: ScreenerRole
    language: Language
    consent_to_refer: bool
    results: tuple[SetResult, ...]
    urgent_needs: tuple[Id, ...]
    police_involvement: PoliceInvolvement
    referral_targets: tuple[ReferralTarget, ...]
    data_versions: Annotated[tuple[DataVersion, ...], Field(min_length=1)]
    free_text: FreeText | None
