"""The package's layers, as import-linter checks them (the contracts are in pyproject.toml,
[tool.importlinter]): no import cycle between modules, no Textual (or interface) import in the
core, and each layer imports only the layers below it. `lint-imports` runs the same check."""

from __future__ import annotations

from importlinter.cli import lint_imports  # in the test extra: CI runs this, never skips it


def test_the_import_contracts_hold(capsys):
    status = lint_imports(config_filename="pyproject.toml", no_cache=True)
    out = capsys.readouterr().out
    assert status == 0, out
    assert "3 kept, 0 broken" in out
