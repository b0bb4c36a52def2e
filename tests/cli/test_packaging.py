"""Build the wheel, install it in a fresh virtual environment, and run it outside the checkout."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from support import ROOT


@pytest.mark.slow
def test_wheel_installs_and_runs_outside_the_checkout(tmp_path: Path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)], check=True, capture_output=True, timeout=600)
    wheel = next(dist.glob("*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "screening/_data/indicators/schemas/indicator-set.schema.json" in names
    assert "screening/_data/forms/schemas/referral-note.schema.json" in names
    assert "screening/cli/main.py" in names
    assert "screening/export/fonts/DejaVuSans.ttf" in names and "screening/export/fonts/LICENSE" in names
    assert not any(n.startswith("tests/") for n in names)
    for language in ("uk", "ru"):  # the compiled catalogues the program reads, and their sources
        assert {f"screening/i18n/locale/{language}/LC_MESSAGES/screening.{ext}" for ext in ("mo", "po")} <= set(names)

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True, timeout=900)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    program = env_dir / "bin" / "screening"

    validated = subprocess.run([str(program), "validate"], capture_output=True, text=True, cwd=elsewhere, timeout=120)
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert validated.stdout.strip().splitlines()[-1].startswith("OK: ")

    listed = subprocess.run([str(program), "catalog", "--format", "json"], capture_output=True, text=True, cwd=elsewhere, timeout=120)
    assert listed.returncode == 0, listed.stderr
    catalog = json.loads(listed.stdout)
    assert isinstance(catalog["sets"], list)

    where = subprocess.run([str(python), "-c", "import screening.catalog.resources as r; print(r.data_root())"], capture_output=True, text=True, cwd=elsewhere)
    assert str(env_dir) in where.stdout and "_data" in where.stdout

    said = subprocess.run([str(python), "-c", "from screening.tui.strings import t; print(t('k_quit', 'uk'), t('k_quit', 'ru'))"],
                          capture_output=True, text=True, cwd=elsewhere)
    assert said.stdout.split() == ["Вийти", "Выйти"], said.stderr
