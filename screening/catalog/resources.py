"""The one place that finds the shipped data folders, in a wheel or in a checkout.

The wheel carries `indicators/` and `forms/` inside the package as `screening/_data/`;
a checkout (or an editable install) has them beside the package. Nothing here reads
or writes anything else.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # screening/ (this file is screening/catalog/resources.py)


def data_root() -> Path:
    """The folder that holds `indicators/` and `forms/`."""
    installed = _PACKAGE / "_data"
    if (installed / "indicators").is_dir():
        return installed
    checkout = _PACKAGE.parent
    if (checkout / "indicators").is_dir():
        return checkout
    raise FileNotFoundError(
        f"cannot find the shipped data: neither {installed / 'indicators'} "
        f"nor {checkout / 'indicators'} exists; reinstall the package"
    )


def indicators_dir() -> Path:
    return data_root() / "indicators"


def forms_dir() -> Path:
    return data_root() / "forms"


def schema_files() -> list[Path]:
    """Every packaged JSON Schema (meta-schemas and shared definitions)."""
    root = data_root()
    return sorted((root / "indicators" / "schemas").glob("*.schema.json")) + sorted(
        (root / "forms" / "schemas").glob("*.schema.json")
    )


def shipped_data_files(*, include_examples: bool = True) -> list[Path]:
    """The data files the program ships: indicator sets and forms (not schemas)."""
    root = data_root()
    files = sorted((root / "indicators").glob("*.json")) + sorted((root / "forms").glob("*.json"))
    if include_examples:
        files += sorted((root / "indicators" / "examples").glob("*.json"))
        files += sorted((root / "forms" / "examples").glob("*.json"))
    return files
