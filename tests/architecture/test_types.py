"""The package type-checks: mypy, configured in pyproject.toml ([tool.mypy], `packages =
["screening"]`), finds no issue. `python -m mypy` from the repository root runs the same check;
mypy's cache (.mypy_cache/) keeps a second run to a few seconds."""

from __future__ import annotations

from pathlib import Path

from mypy import api  # in the test extra: CI runs this, never skips it

ROOT = Path(__file__).resolve().parents[2]


def test_the_package_type_checks(monkeypatch):
    monkeypatch.chdir(ROOT)  # mypy reads pyproject.toml from the working directory
    out, err, status = api.run([])
    assert status == 0, out + err
