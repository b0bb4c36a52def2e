"""Load data files once, at the edge: parse -> JSON Schema -> typed models -> cross-file checks.

`load_catalog()` gives the shipped data as typed, frozen models (kept in memory, never
cached on disk), read by screening/catalog/decode.py without pydantic; a file that reader
refuses goes to pydantic (screening/catalog/typed.py) for the message. `validate_paths()`
checks any files or folders, strictly, and returns every problem with the file, the JSON
path and what was expected.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from screening.catalog import checks
from screening.catalog.decode import DecodeError, decode, sharing_texts
from screening.catalog.jsonio import JsonFile, read_json
from screening.models import (
    IndicatorSet,
    IndicatorSetDocument,
    Questionnaire,
    ReferralDirectory,
    VignetteCollection,
)
from screening.catalog.problems import DataError, InputProblem, Problem, loc_to_path, sort_problems
from screening.catalog.resources import data_root, schema_files, shipped_data_files

try:  # CPython's own SHA-256 (3.12+: _sha2, 3.11: _sha256): `hashlib` would start OpenSSL's digests
    from _sha2 import sha256 as _sha256  # for every algorithm, 0.8 MiB more at the app's first question
except ImportError:  # (docs/performance.md, figure 8); the digests are the same
    try:
        from _sha256 import sha256 as _sha256
    except ImportError:
        from hashlib import sha256 as _sha256


def sha256_hex(raw: bytes) -> str:
    """The SHA-256 of a file's bytes, as notes cite the data they were made with."""
    return _sha256(raw).hexdigest()


KINDS = ("indicator-set", "questionnaire", "referral-directory", "vignettes", "referral-note")
_MODELS: dict[str, type[Any]] = {
    "indicator-set": IndicatorSetDocument,
    "questionnaire": Questionnaire,
    "referral-directory": ReferralDirectory,
    "vignettes": VignetteCollection,
}


def model_class(kind: str) -> type[Any]:
    """The typed model of a kind of file (the note's, a pydantic model, imported when asked for)."""
    if kind == "referral-note":
        from screening.models.note import ReferralNote

        return ReferralNote
    return _MODELS[kind]


@dataclass
class Catalog:
    """Everything the program knows, typed. Built once per process."""

    sets: dict[str, IndicatorSet] = field(default_factory=dict)
    questionnaires: dict[str, Questionnaire] = field(default_factory=dict)
    directories: dict[str, ReferralDirectory] = field(default_factory=dict)
    vignettes: dict[str, VignetteCollection] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)  # form/directory id -> sha256

    def indicator_owner(self, indicator_id: str) -> IndicatorSet | None:
        return next((s for s in self.sets.values() if s.has(indicator_id)), None)

    def all_indicator_ids(self) -> set[str]:
        return {i.id for s in self.sets.values() for i in s.indicators}


def kind_of(doc: dict[str, Any]) -> str | None:
    if "x-set" in doc:
        return "indicator-set"
    kind = doc.get("kind")
    return kind if kind in KINDS else None


def display_name(path: Path) -> str:
    """Shipped files are named relative to the data root, others as given."""
    try:
        return str(path.resolve().relative_to(data_root()))
    except ValueError:
        return str(path)


def check_file(jf: JsonFile, *, check_schema: bool = True) -> tuple[str | None, Any, list[Problem]]:
    """Schema and model checks of one parsed file. Returns (kind, model or None, problems).

    Without `check_schema` only the strict typed models check the file: for the shipped
    data at start-up, which the test suite has already checked against the schemas.
    """

    kind = kind_of(jf.data)
    if kind is None:
        found = jf.data.get("kind")
        what = f"'kind' is {found!r}" if "kind" in jf.data else "it has neither 'x-set' nor 'kind'"
        return None, None, [Problem(jf.path, "$", f"cannot tell what this file is ({what}); expected an indicator set (with 'x-set') or 'kind' one of {', '.join(KINDS[1:])}")]
    problems = [Problem(jf.path, path, msg) for path, msg in checks.foreign_refs(jf.data)] if check_schema and _may_refer(jf.raw) else []
    if problems:
        return kind, None, problems
    problems = schema_problems(jf, kind) if check_schema else []
    if problems:
        return kind, None, problems
    model, problems = typed_model(kind, jf.raw, jf.path)
    if model is None:
        return kind, None, problems
    return kind, model, checks.fallbacks(jf.path, jf.data) if check_schema else []


def _may_refer(raw: bytes) -> bool:
    """False when the bytes cannot hold a `$ref` key: no such text and no \\u escape to spell one."""
    return b"$ref" in raw or b"$dynamicRef" in raw or b"\\u" in raw


def typed_model(kind: str, raw: bytes, name: str) -> tuple[Any, list[Problem]]:
    """The strict typed model of one file's bytes, or None and what is wrong (pydantic)."""
    from screening.catalog.typed import ValidationError, validate_json

    try:
        return validate_json(model_class(kind), raw.removeprefix(b"\xef\xbb\xbf")), []  # a BOM, as jsonio allows
    except ValidationError as exc:
        return None, [Problem(name, loc_to_path(err["loc"]), f"{err['msg']} (typed model)") for err in exc.errors()]


def quick_model(kind: str, raw: bytes, name: str) -> tuple[Any, list[Problem]]:
    """The typed model of a shipped file's bytes, read without pydantic (screening/catalog/decode.py);
    whatever that reader refuses, pydantic reads, for its message (or its verdict)."""
    if kind != "referral-note":
        try:
            return decode(_MODELS[kind], json.loads(raw.removeprefix(b"\xef\xbb\xbf"))), []
        except (DecodeError, ValueError, RecursionError):  # ValueError: not JSON, or not UTF-8
            pass
    return typed_model(kind, raw, name)


def schema_problems(jf: JsonFile, kind: str) -> list[Problem]:
    """Schema problems of one file (jsonschema-rs, compiled once; see screening/catalog/schema_check.py)."""
    from screening.catalog.schema_check import problems

    return [Problem(jf.path, path, message) for path, message in problems(kind, jf.data)]


def _expand(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if str(path) == "-":  # standard input, read by read_json
            files.append(path)
        elif path.is_dir():
            found = sorted(p for p in path.rglob("*.json") if p.is_file())
            if not found:
                problems.append(Problem(str(path), "$", "folder holds no .json files; expected data files"))
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            problems.append(InputProblem(str(path), "$", "file not found"))
    return files, problems


def validate_paths(paths: Iterable[Path] | None = None) -> tuple[list[Problem], int]:
    """Check files and folders (default: all shipped data). Returns (problems, files checked)."""
    shipped = paths is None
    files, problems = _expand(schema_files() + shipped_data_files() if paths is None else paths)
    catalog = Catalog()
    models: list[tuple[str, str, Any]] = []
    for path in files:
        name = "<stdin>" if str(path) == "-" else display_name(path)
        if path.name.endswith(".schema.json"):
            problems.extend(checks.check_schema_file(path, name))
            continue
        jf, read_problems = read_json(path, name)
        problems.extend(read_problems)
        if jf is None:
            continue
        kind, model, file_problems = check_file(jf)
        problems.extend(file_problems)
        if model is not None and kind is not None:  # a model has a kind
            models.append((name, kind, model))
            _add(catalog, name, kind, model, jf.raw)
    if not shipped:  # a file checked alone may refer to shipped sets and forms, examples included
        checks.borrow_missing(catalog, load_catalog_or_empty(include_examples=True))
    problems.extend(checks.cross_check(catalog, models))
    return sort_problems(problems), len(files)


def _add(catalog: Catalog, name: str, kind: str, model: Any, raw: bytes) -> None:
    _add_digest(catalog, name, kind, model, sha256_hex(raw))


def _add_digest(catalog: Catalog, name: str, kind: str, model: Any, digest: str) -> None:
    if kind == "indicator-set":
        catalog.sets.setdefault(model.x_set.id, IndicatorSet(model, digest, name))
    elif kind == "questionnaire":
        catalog.questionnaires.setdefault(model.id, model)
    elif kind == "referral-directory":
        catalog.directories.setdefault(model.id, model)
    elif kind == "vignettes":
        catalog.vignettes.setdefault(model.id, model)
    if kind != "indicator-set" and kind != "referral-note":
        catalog.hashes.setdefault(model.id, digest)


_LEADING_KIND = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{\s*"kind"\s*:\s*"([a-z-]+)"')


def _sniff_kind(raw: bytes) -> str | None:
    """The kind of a shipped file from its first bytes: forms start with "kind", sets carry "x-set"."""
    found = _LEADING_KIND.match(raw)
    if found:
        kind = found.group(1).decode()
        return kind if kind in KINDS else None
    return "indicator-set" if b'"x-set"' in raw else None


@lru_cache(maxsize=None)
def _shipped_file(path: Path, check_schemas: bool) -> tuple[str, str | None, Any, str, tuple[Problem, ...]]:
    """One shipped file, parsed and typed once per process (in memory only, never on disk).

    At start-up (without `check_schemas`) the bytes are parsed and go straight into the
    typed models, without pydantic (`quick_model`); the example note, which the catalog
    does not hold, is not read at all.
    """
    name = display_name(path)
    kind = None
    if not check_schemas:
        try:
            raw = path.read_bytes()
        except OSError:
            raw = b""
        kind = _sniff_kind(raw)
        if kind == "referral-note":
            return name, kind, None, sha256_hex(raw), ()
    if kind is None:
        jf, problems = read_json(path, name, thorough=check_schemas)
        if jf is None:
            return name, None, None, "", tuple(problems)
        kind, model, file_problems = check_file(jf, check_schema=check_schemas)
        raw = jf.raw
    else:
        model, file_problems = quick_model(kind, raw, name)
    errors = tuple(p for p in file_problems if p.severity == "error")
    return name, kind, model, sha256_hex(raw), errors


@lru_cache(maxsize=4)
def load_catalog(include_examples: bool = False, *, check_schemas: bool = False) -> Catalog:
    """The shipped data, typed, cross-checked and kept in memory (examples only on request).

    The shipped files are checked against their JSON Schemas by `screening validate` and
    by the test suite; at start-up the strict models and the cross-file checks suffice,
    which keeps the app's first screen fast on old laptops (see docs/performance.md).
    Each file is parsed once per process, so asking again with the examples re-reads
    only the examples.
    """
    catalog = Catalog()
    problems: list[Problem] = []
    models: list[tuple[str, str, Any]] = []
    with sharing_texts():
        files = [_shipped_file(path, check_schemas) for path in shipped_data_files(include_examples=include_examples)]
    for name, kind, model, digest, file_problems in files:
        problems.extend(file_problems)
        if model is not None and kind is not None and kind != "referral-note":
            models.append((name, kind, model))
            _add_digest(catalog, name, kind, model, digest)
    problems.extend(p for p in checks.cross_check(catalog, models) if p.severity == "error")
    if problems:
        raise DataError(problems)
    return catalog


def load_catalog_or_empty(include_examples: bool = False) -> Catalog:
    try:
        return load_catalog(include_examples)
    except DataError:
        return Catalog()
