"""The strict reader of the data models: pydantic, and the only module of the data layer that imports it.

`screening validate`, the files a user hands us, a shipped file that the start-up reader
(screening/catalog/decode.py) could not read, and the tests go through here: strict types,
unknown keys refused, each problem with its JSON path. The data models are plain dataclasses
(screening/models/common.py); pydantic builds a validator for each class on first use.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, TypeVar, cast

from pydantic import TypeAdapter, ValidationError

__all__ = ["ValidationError", "validate_json", "validate_python"]

T = TypeVar("T")


@lru_cache(maxsize=None)
def _adapter(cls: type[Any]) -> TypeAdapter[Any]:
    return TypeAdapter(cls)


def validate_json(cls: type[T], raw: bytes | str) -> T:
    """An instance of `cls` from JSON text, strictly; raises ValidationError."""
    result: T = _adapter(cast(Any, cls)).validate_json(raw)
    return result


def validate_python(cls: type[T], data: Any) -> T:
    """An instance of `cls` from JSON-shaped Python data (dicts, lists, texts, numbers), as
    strictly as from a file; raises ValidationError. (pydantic's strict Python mode would
    want instances of the classes themselves, not dicts.)"""
    return validate_json(cls, json.dumps(data))
