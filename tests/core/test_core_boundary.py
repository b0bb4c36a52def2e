"""The core never imports Textual: the command line and the engine stay lean and UI-free."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import screening
from support import ROOT, run_screening

CORE_MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(screening.__path__, "screening.")
    if not m.name.startswith("screening.tui") and m.name != "screening.__main__"
)


def test_there_are_core_modules_to_check():
    # the walk above finds every module; this guards against it silently finding none
    expected = {
        "screening.coordinator.aggregate",
        "screening.coordinator.aggregate_report",
        "screening.cli.main",
        "screening.cli.commands.aggregate",
        "screening.cli.commands.export_xlsform",
        "screening.cli.commands.note",
        "screening.cli.commands.redact",
        "screening.catalog.data",
        "screening.export",
        "screening.export.pdf",
        "screening.engine.follow_up",
        "screening.models",
        "screening.coordinator.note_reader",
        "screening.redact.text",
        "screening.redact.names",
        "screening.redact.numbers",
        "screening.redact.words",
        "screening.export.referral",
        "screening.coordinator.small_cells",
        "screening.training",
        "screening.coordinator.xlsform",
    }
    assert expected <= set(CORE_MODULES), expected - set(CORE_MODULES)


def test_no_core_module_imports_textual():
    code = (
        "import importlib, sys\n"
        f"for name in {CORE_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "    assert 'textual' not in sys.modules, name\n"
        "print('clean')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "clean"


def test_validate_and_catalog_commands_do_not_import_textual():
    code = (
        "import sys, runpy, contextlib, io\n"
        "from screening.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['validate']); main(['catalog', '--format', 'json'])\n"
        "print('textual' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_help_lists_the_commands():
    result = run_screening("--help")
    assert result.returncode == 0
    assert "validate" in result.stdout and "catalog" in result.stdout
