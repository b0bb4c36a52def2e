"""`screening catalog` through its real entry point."""

from __future__ import annotations

import json


def test_catalog_json_has_the_contract_shape(cli):
    result = cli("catalog", "--format", "json")
    assert result.returncode == 0, result.stderr
    catalog = json.loads(result.stdout)
    assert set(catalog) == {"sets"}
    for s in catalog["sets"]:
        assert set(s) == {"id", "version", "title", "population", "indicators"}
        for i in s["indicators"]:
            assert set(i) == {"id", "dimension", "strength", "label", "sources"}
            assert set(i["label"]) == {"en", "uk", "ru"}
            assert all(set(src) == {"source", "locator", "quote"} for src in i["sources"])


def test_unknown_set_is_a_clear_error(cli):
    result = cli("catalog", "--set", "no-such-set")
    assert result.returncode == 2
    assert "unknown set 'no-such-set'" in result.stderr
