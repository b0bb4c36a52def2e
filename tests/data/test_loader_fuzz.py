"""Thousands of malformed documents reach the loader; only our Problems come back, never a traceback."""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support import EXAMPLES, json_at, json_paths
from screening.catalog.data import check_file
from screening.catalog.jsonio import parse_json
from screening.catalog.problems import Problem

BASE = {kind: json.loads(path.read_text(encoding="utf-8")) for kind, path in EXAMPLES.items()}
JSON_LEAVES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20))
JSON_VALUES = st.recursive(JSON_LEAVES, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)


@st.composite
def mutated(draw):
    kind = draw(st.sampled_from(sorted(BASE)))
    doc = copy.deepcopy(BASE[kind])
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in json_paths(doc) if p]
        path = draw(st.sampled_from(paths))
        parent = json_at(doc, path[:-1])
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "delete" and isinstance(parent, dict):
            del parent[path[-1]]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.text(max_size=8))] = draw(JSON_VALUES)
        else:
            parent[path[-1]] = draw(JSON_VALUES)
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _check(raw: bytes) -> None:
    jf, problems = parse_json(raw, "fuzz.json")
    assert all(isinstance(p, Problem) for p in problems)
    if jf is not None:
        kind, model, found = check_file(jf)
        assert all(isinstance(p, Problem) and p.file == "fuzz.json" and p.path.startswith("$") for p in found)
        assert (model is None) == any(p.severity == "error" for p in found)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_valid_documents_give_problems_not_tracebacks(raw):
    _check(raw)


@settings(max_examples=1000, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_give_problems_not_tracebacks(raw):
    _check(raw)


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=40), st.sampled_from(sorted(BASE)))
def test_truncated_and_spliced_files_give_problems_not_tracebacks(junk, kind):
    text = json.dumps(BASE[kind]).encode()
    _check(text[: len(text) // 2] + junk)
