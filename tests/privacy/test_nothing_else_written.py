"""Invariant 1: the export the user asked for is the only file written, and it is owner-only.

The whole `note` command runs with HOME, TMPDIR and every XDG folder pointed at empty
folders and the working directory empty; afterwards they are still empty, the checkout
gained no file, and the output folder holds exactly the export, with mode 0600.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from support import ROOT
from planted import FREE_TEXT

WATCHED = ("home", "tmp", "xdg-config", "xdg-cache", "xdg-data", "xdg-state", "xdg-runtime", "cwd")
IGNORED_IN_CHECKOUT = {"__pycache__", ".pytest_cache", ".hypothesis", ".git"}


def checkout_files() -> set[Path]:
    found = set()
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in IGNORED_IN_CHECKOUT]
        found.update(Path(folder, f) for f in files)
    return found


def everything_under(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*"))


@pytest.mark.parametrize("fmt", ["md", "txt", "json", "pdf"])
def test_note_command_writes_only_the_export(tmp_path, fmt):
    places = {name: tmp_path / name for name in WATCHED}
    for folder in places.values():
        folder.mkdir()
    places["xdg-runtime"].chmod(0o700)
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    answers = inputs / "answers.json"
    answers.write_text(json.dumps({"age_band": "14-17", "language": "uk", "oblast": "UA-63", "free_text": FREE_TEXT,
                                   "answers": {"ilo-cl-ec-excessive-hours": "yes", "ilo-cl-cd-violence": "declined"}},
                                  ensure_ascii=False), encoding="utf-8")
    output = tmp_path / "output"
    output.mkdir()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(ROOT),
        "PYTHONDONTWRITEBYTECODE": "1",
        "HOME": str(places["home"]),
        "TMPDIR": str(places["tmp"]),
        "TEMP": str(places["tmp"]),
        "TMP": str(places["tmp"]),
        "XDG_CONFIG_HOME": str(places["xdg-config"]),
        "XDG_CACHE_HOME": str(places["xdg-cache"]),
        "XDG_DATA_HOME": str(places["xdg-data"]),
        "XDG_STATE_HOME": str(places["xdg-state"]),
        "XDG_RUNTIME_DIR": str(places["xdg-runtime"]),
        "NO_COLOR": "1",
    }
    before = checkout_files()
    target = output / f"note.{fmt}"
    result = subprocess.run(
        [sys.executable, "-m", "screening", "note", "--answers", str(answers), "--format", fmt, "--output", str(target), "--consent"],
        env=env, cwd=places["cwd"], capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    for name, folder in places.items():
        assert everything_under(folder) == [], f"{name} is not empty: {everything_under(folder)}"
    assert everything_under(output) == [target]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert everything_under(inputs) == [answers]
    assert checkout_files() == before
