"""Read referral notes that arrive from many screeners: find the files, check each one strictly.

A coordinator's folder holds whatever people sent: notes, other JSON, spreadsheets,
half-written files. Each file is checked on its own, in one pass of pydantic-core's JSON
parser (no separate `json.loads`), against a strict view of the note that enforces what
the published schema (forms/schemas/referral-note.schema.json) says: `kind` and
`schema_version` must be present, unknown keys are refused at every level, ids, months
and note ids have their patterns, oblasts are codes. Anything else becomes a Problem
(file + reason) and is skipped; nothing here raises on bad input.

Why TypedDicts and not the ReferralNote model: building ~30 frozen model instances per
note costs about twice what parsing the JSON does, and the aggregate of 100,000 notes
must stay within 1.5x of only parsing them. Validating into plain dicts checks the same
rules at less than the cost of `json.loads`. `parse_note` still gives a ReferralNote for
callers that want the typed model; a test keeps the two views' fields aligned.

Known limit: like most JSON parsers, pydantic keeps the last of two duplicate keys;
`screening validate` reports duplicate keys, the aggregate does not look for them.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated, Any, Iterable, Iterator, Literal

from pydantic import ConfigDict, Field, TypeAdapter, ValidationError
from typing_extensions import NotRequired, TypedDict

from screening.models.common import AgeBand, Language
from screening.models.note import (
    Contact, FreeText, Id, Label, Month, NoteId, Oblast, PoliceInvolvement, ReferralNote, ScreenerRole,
    ServiceName, Sha256, Version,
)
from screening.catalog.problems import Problem

MAX_NOTE_BYTES = 1024 * 1024  # a real note is a few KiB; anything near this is not one
BOM = b"\xef\xbb\xbf"

_STRICT = ConfigDict(strict=True, extra="forbid")


class IndicatorDict(TypedDict):
    __pydantic_config__ = _STRICT  # type: ignore[misc]
    id: Id
    label: Label


class SetResultDict(TypedDict):
    __pydantic_config__ = _STRICT  # type: ignore[misc]
    set: Id
    verdict: Literal["strong-indication", "some-indication", "no-indication", None]
    could_change: bool
    dimensions_present: list[Id]
    indicators_present: list[IndicatorDict]


class TargetDict(TypedDict):
    __pydantic_config__ = _STRICT  # type: ignore[misc]
    service: Id
    name: ServiceName
    contact: Contact | None
    reason: Label


class DataVersionDict(TypedDict):
    __pydantic_config__ = _STRICT  # type: ignore[misc]
    id: Id
    version: Version
    sha256: Sha256


# "$schema" (optional): an editor's pointer to referral-note.schema.json; allowed, never counted.
_EditorSchemaKey = TypedDict("_EditorSchemaKey", {"$schema": NotRequired[str]})


class NoteDict(_EditorSchemaKey):
    """A referral note as it must arrive in a file: every key required, every pattern."""

    __pydantic_config__ = _STRICT  # type: ignore[misc]
    kind: Literal["referral-note"]
    schema_version: Literal[1]
    note_id: NoteId
    month: Month
    age_band: AgeBand
    oblast: Oblast | None
    screener_role: ScreenerRole
    language: Language
    consent_to_refer: bool
    results: list[SetResultDict]
    urgent_needs: list[Id]
    police_involvement: PoliceInvolvement
    referral_targets: list[TargetDict]
    data_versions: Annotated[list[DataVersionDict], Field(min_length=1)]
    free_text: FreeText | None


NOTE = TypeAdapter(NoteDict)

_FOREIGN_KIND = re.compile(rb'"kind"\s*:\s*"([^"\\]{0,60})"')


def iter_note_files(paths: Iterable[Path | str], problems: list[Problem] | None = None) -> Iterator[str]:
    """Every `*.json` file under the given files and folders, in a stable (sorted) order.

    Files named directly are yielded whatever their name. Folders are walked with
    os.scandir (cheaper than pathlib's rglob on 100,000 files), without following
    symbolic links to folders; paths come as strings, which is all `open` needs.
    Missing paths go to `problems` when given.
    """
    for given in paths:
        path = os.fspath(given)
        if os.path.isdir(path):
            yield from _walk(path)
        elif os.path.exists(path):
            yield path
        elif problems is not None:
            problems.append(Problem(path, "$", "file or folder not found"))


def _walk(folder: str) -> Iterator[str]:
    try:
        with os.scandir(folder) as found:
            entries = sorted(found, key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif entry.name.endswith(".json") and entry.is_file():
            yield entry.path


def read_note(path: Path | str) -> NoteDict | Problem:
    """Read and check one file: the note as a checked dict, or a Problem naming file and reason."""
    try:
        raw = _read_bytes(path)
    except OSError as exc:
        return Problem(str(path), "$", f"cannot read the file: {exc.strerror or exc}")
    if raw is None:
        return Problem(str(path), "$", f"file is larger than {MAX_NOTE_BYTES:,} bytes; expected a referral note of a few KiB")
    return check_note(raw, str(path))


def _read_bytes(path: Path | str) -> bytes | None:
    """The file's bytes (None when too large), with plain os calls.

    `open()` builds a buffered file object per file, and `read(n)` would allocate n bytes
    for every file; over 100,000 small files both show, so: one fstat, one read.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        size = os.fstat(fd).st_size
        if size > MAX_NOTE_BYTES:
            return None
        raw = os.read(fd, size + 1)
        while len(raw) != size and len(raw) <= MAX_NOTE_BYTES:  # a short read, or a file that grew
            more = os.read(fd, MAX_NOTE_BYTES + 1 - len(raw))
            if not more:
                break
            raw += more
    finally:
        os.close(fd)
    return None if len(raw) > MAX_NOTE_BYTES else raw


def check_note(raw: bytes, name: str = "<note>") -> NoteDict | Problem:
    """The note in these bytes as a checked dict (the fast path), or why it is not a note."""
    if len(raw) > MAX_NOTE_BYTES:
        return Problem(name, "$", f"file is larger than {MAX_NOTE_BYTES:,} bytes; expected a referral note of a few KiB")
    if raw[:3] == BOM:
        raw = raw[3:]
    try:
        note = NOTE.validate_json(raw)
    except ValidationError as exc:
        if not raw.strip():
            return Problem(name, "$", "file is empty; expected a referral note (a JSON object)")
        return _explain(exc, raw, name)
    duplicated = _first_duplicate(note)
    if duplicated:
        return Problem(name, duplicated[0], f"{duplicated[1]!r} appears twice; expected each at most once")
    return note


def parse_note(raw: bytes, name: str = "<note>") -> ReferralNote | Problem:
    """One note from its bytes as the typed model, or a Problem saying why it is not a note."""
    checked = check_note(raw, name)
    if isinstance(checked, Problem):
        return checked
    return ReferralNote.model_validate_json(raw.removeprefix(BOM), strict=True)


def _first_duplicate(note: NoteDict) -> tuple[str, str] | None:
    needs = note["urgent_needs"]
    if len(needs) > 1 and len(set(needs)) != len(needs):
        return "$.urgent_needs", next(n for n in needs if needs.count(n) > 1)
    for index, result in enumerate(note["results"]):
        dims = result["dimensions_present"]
        if len(dims) > 1 and len(set(dims)) != len(dims):
            return f"$.results[{index}].dimensions_present", next(d for d in dims if dims.count(d) > 1)
    return None


def _explain(exc: ValidationError, raw: bytes, name: str) -> Problem:
    from screening.catalog.problems import loc_to_path

    errors = exc.errors(include_url=False)
    first = errors[0]
    kind_errors = [e for e in errors if e["loc"][:1] == ("kind",)]
    if first["type"] == "json_invalid":
        return Problem(name, "$", f"not JSON ({first['msg'].removeprefix('Invalid JSON: ')}); expected a referral note")
    if first["type"] in ("model_type", "model_attributes_type", "dict_type"):
        return Problem(name, "$", "top level is not a JSON object; expected a referral note")
    if kind_errors:
        found = kind_errors[0].get("input")
        if kind_errors[0]["type"] == "missing":
            match = None
            what = "it has no 'kind'"
        else:
            match = _FOREIGN_KIND.search(raw)
            what = f"'kind' is {found!r}" if isinstance(found, str) else f"'kind' is {match.group(1).decode(errors='replace')!r}" if match else "'kind' is not 'referral-note'"
        return Problem(name, "$.kind", f"not a referral note ({what}); expected 'kind': 'referral-note'")
    path = loc_to_path(first["loc"])
    message = first["msg"]
    if first["type"] == "extra_forbidden":
        message = f"unexpected key {first['loc'][-1]!r}; a referral note has no such field"
    elif first["loc"] == ("oblast",):
        message = f"expected an oblast code (UA-05 ... UA-77), 'abroad' or null; found {first.get('input')!r}"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return Problem(name, path, f"{message}{more}")

