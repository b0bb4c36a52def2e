"""Test helpers: the data models back to JSON-shaped data (by their JSON names), as a file holds them."""

from __future__ import annotations

import dataclasses
from typing import Any

from screening.models.common import json_name


def as_json(value: Any, *, exclude_none: bool = False) -> Any:
    """A data model (or anything holding them) as plain JSON data, keys by their JSON names."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            json_name(f.name): as_json(getattr(value, f.name), exclude_none=exclude_none)
            for f in dataclasses.fields(value)
            if not (exclude_none and getattr(value, f.name) is None)
        }
    if isinstance(value, (tuple, list)):
        return [as_json(v, exclude_none=exclude_none) for v in value]
    if isinstance(value, dict):
        return {k: as_json(v, exclude_none=exclude_none) for k, v in value.items()}
    return value
