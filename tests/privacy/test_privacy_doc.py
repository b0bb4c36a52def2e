"""docs/privacy.md names a test for each invariant: those tests exist, and the quoted seed is verbatim."""

from __future__ import annotations

import ast
import re

from support import ROOT

DOC = (ROOT / "docs" / "privacy.md").read_text(encoding="utf-8")
SEED = ROOT / "docs" / "sources" / "003_eb425a313f991208.txt"  # copied byte for byte; see docs/sources/README.md


def _named_tests() -> list[tuple[str, str]]:
    found, last_file = [], None
    for match in re.finditer(r"`(tests/[\w/]+\.py)?::(test_\w+)`", DOC):
        last_file = match.group(1) or last_file
        found.append((last_file, match.group(2)))
    return found


def test_every_test_the_doc_names_exists():
    named = _named_tests()
    assert len(named) >= 20
    for path, name in named:
        tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
        functions = {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        assert name in functions, f"{path}::{name} is named in docs/privacy.md but does not exist"


def test_all_seven_invariants_are_listed():
    for number in range(1, 8):
        assert re.search(rf"^{number}\. \*\*", DOC, re.M), number


def test_the_golden_rule_quote_is_verbatim_in_the_seed():
    quote = " ".join(line[2:] for line in DOC.splitlines() if line.startswith("> "))
    assert '"golden" rule' in quote
    assert quote in " ".join(SEED.read_text(encoding="utf-8").split())
