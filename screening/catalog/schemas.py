"""The packaged JSON Schemas, one `referencing` registry, and validators compiled once.

No `$ref` is ever resolved over the network: the registry holds our schemas and the
JSON Schema specification's own meta-schemas, and its `retrieve` refuses everything else.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, Iterator

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource
from referencing.jsonschema import DRAFT202012

from screening.catalog.resources import schema_files

SCHEMA_IDS = {
    "common": "urn:victim-screening:schema:common:1",
    "indicator-set": "urn:victim-screening:schema:indicator-set:1",
    "questionnaire": "urn:victim-screening:schema:questionnaire:1",
    "referral-directory": "urn:victim-screening:schema:referral-directory:1",
    "vignettes": "urn:victim-screening:schema:vignettes:1",
    "referral-note": "urn:victim-screening:schema:referral-note:1",
}


def _refuse(uri: str) -> Resource:
    raise NoSuchResource(ref=uri)  # type: ignore[call-arg]  # referencing's attrs classes: its stub's __dataclass_transform__ is not one mypy knows


@lru_cache(maxsize=1)
def registry() -> Registry:
    from jsonschema_specifications import REGISTRY as SPECIFICATIONS

    resources = []
    for path in schema_files():
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((contents["$id"], Resource.from_contents(contents, default_specification=DRAFT202012)))
    specifications = [(uri, SPECIFICATIONS[uri]) for uri in SPECIFICATIONS]
    return Registry(retrieve=_refuse).with_resources(specifications + resources).crawl()  # type: ignore[call-arg]  # referencing's attrs classes: its stub's __dataclass_transform__ is not one mypy knows


@lru_cache(maxsize=None)
def validator(kind: str) -> Draft202012Validator:
    schema = registry().contents(SCHEMA_IDS[kind])
    return Draft202012Validator(schema, registry=registry())


def schema(kind: str) -> dict[str, Any]:
    return registry().contents(SCHEMA_IDS[kind])


def errors(kind: str, instance: Any) -> Iterator[ValidationError]:
    """Schema errors, each narrowed to its most relevant cause, best first."""
    found = list(validator(kind).iter_errors(instance))
    if not found:
        return iter(())
    narrowed = [best_match([e]) if e.context else e for e in found]
    first = best_match(found)
    first = best_match([first]) if first.context else first
    rest = [e for e in narrowed if e is not first and (e.json_path, e.message) != (first.json_path, first.message)]
    return iter([first, *sorted(rest, key=lambda e: e.json_path)])
