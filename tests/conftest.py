"""Shared fixtures: the real command line as users run it, and paths to shipped data."""

from __future__ import annotations

import json

import pytest

from support import EXAMPLES, ROOT, run_screening  # noqa: F401  (re-exported for older imports)


@pytest.fixture
def cli():
    return run_screening


@pytest.fixture
def example_data():
    """A fresh, mutable copy of each example document, keyed by kind."""
    return {kind: json.loads(path.read_text(encoding="utf-8")) for kind, path in EXAMPLES.items()}
