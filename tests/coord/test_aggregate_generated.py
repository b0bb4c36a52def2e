"""2,000 generated notes in nested folders: the aggregate agrees with a plain count of the dicts,
and every published cell is consistent with the truth (no timing here; see tests/benchmarks)."""

from __future__ import annotations

from collections import Counter

import pytest

from notes_factory import write_notes
from screening.coordinator.aggregate import aggregate


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("generated")
    notes = write_notes(root, 2000, seed=7, per_folder=300)
    return root, notes


def truth(notes) -> dict:
    sets, verdicts, indicators, needs, months = Counter(), Counter(), Counter(), Counter(), Counter()
    for note in notes:
        months[note["month"]] += 1
        needs.update(note["urgent_needs"])
        indicators.update({i["id"] for r in note["results"] for i in r["indicators_present"]})
        for r in note["results"]:
            sets[r["set"]] += 1
            verdicts[(r["set"], r["verdict"] or "unrated")] += 1
    return {"sets": sets, "verdicts": verdicts, "indicators": indicators, "needs": needs, "months": months}


def test_counts_agree_with_a_plain_count(folder):
    root, notes = folder
    expected = truth(notes)
    result = aggregate([root], by="month")
    assert (result.files, result.notes, result.problems) == (2000, 2000, [])
    report = result.report(min_cell=0)
    assert {g["key"]: g["screenings"] for g in report["groups"]} == dict(expected["months"])
    every = report["all"]
    assert every["screenings"] == 2000
    assert {s["set"]: s["screened"] for s in every["sets"]} == dict(expected["sets"])
    assert {(s["set"], v): c for s in every["sets"] for v, c in s["verdicts"].items() if c} == dict(expected["verdicts"])
    assert every["indicators"] == dict(sorted(expected["indicators"].items(), key=lambda kv: (-kv[1], kv[0])))
    assert every["urgent_needs"] == {k: v for k, v in expected["needs"].items()}


@pytest.mark.parametrize("by", ["month", "oblast", "indicator"])
def test_every_published_cell_is_true_or_hidden_and_no_small_cell_can_be_subtracted(folder, by):
    root, _ = folder
    result = aggregate([root], by=by)
    plain, hidden = result.report(min_cell=0), result.report(min_cell=5)

    def cells(report):
        out = {}
        for scope in [report["all"]] + report["groups"]:
            name = scope.get("key", "(all)")
            out[(name, "screenings")] = scope["screenings"]
            for s in scope["sets"]:
                out[(name, s["set"])] = s["screened"]
                out.update({(name, s["set"], v): c for v, c in s["verdicts"].items()})
            out.update({(name, "ind", k): c for k, c in scope["indicators"].items()})
        return out

    true, shown = cells(plain), cells(hidden)
    assert true.keys() >= {k for k, v in shown.items() if isinstance(v, int) and v != 0}
    kinds = Counter()
    for key, value in shown.items():
        real = true.get(key, 0)
        if value == "<5":  # fewer than 5, zeros under a small whole included
            assert 0 <= real <= 4, key
        elif value == "*":
            assert real >= 5, key
        else:
            assert value == real, key
        kinds[type(value).__name__ if value not in ("<5", "*") else value] += 1
    assert kinds["<5"] > 0 and kinds["int"] > 0
    for group in hidden["groups"]:  # a group under 5 shows its count and nothing else
        assert (group["breakdown"] == "withheld") == (group["screenings"] == "<5")
    if by in ("month", "oblast"):  # groups add up to the total: never exactly one hidden cell
        groups = [g["screenings"] for g in hidden["groups"]]
        assert sum(1 for g in groups if not isinstance(g, int)) != 1


def test_no_csv_cell_could_be_taken_for_a_spreadsheet_formula(folder):
    import csv
    import io

    from screening.coordinator.aggregate_report import report_csv

    root, _ = folder
    for by in ("oblast", "age_band", "target"):
        rows = list(csv.reader(io.StringIO(report_csv(aggregate([root], by=by).report()))))
        assert len(rows) > 100
        assert not [cell for row in rows for cell in row if cell[:1] in ("=", "+", "-", "@")]
