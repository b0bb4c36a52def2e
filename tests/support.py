"""Paths and the real command line, for tests to import by a name no other file shares.

(`from conftest import ...` is ambiguous: pytest may have put tests/tui/conftest.py under
that module name first.)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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


def json_paths(node, prefix=()):
    """Every path (a tuple of keys and indexes) into a parsed JSON document, the root first."""
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from json_paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from json_paths(value, prefix + (index,))


def json_at(doc, path):
    """The node of a parsed JSON document at a path from json_paths."""
    for step in path:
        doc = doc[step]
    return doc
