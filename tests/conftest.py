"""Shared fixtures: the real command line as users run it, and paths to shipped data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = {
    "indicator-set": ROOT / "indicators" / "examples" / "example-set.json",
    "questionnaire": ROOT / "forms" / "examples" / "example-questionnaire.json",
    "referral-directory": ROOT / "forms" / "examples" / "example-directory.json",
    "vignettes": ROOT / "forms" / "examples" / "example-vignettes.json",
    "referral-note": ROOT / "forms" / "examples" / "example-referral-note.json",
}


def run_screening(*args: str, stdin: str | None = None, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `python -m screening ARGS` exactly as a user's shell would."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "screening", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env=full_env,
        timeout=120,
    )


@pytest.fixture
def cli():
    return run_screening


@pytest.fixture
def example_data():
    """A fresh, mutable copy of each example document, keyed by kind."""
    return {kind: json.loads(path.read_text(encoding="utf-8")) for kind, path in EXAMPLES.items()}
