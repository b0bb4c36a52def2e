"""Differencing attacks on one published aggregate: no hidden count can be worked out.

The attacker (tests/coord/attack.py) takes every linear relation the output exposes
(totals minus shown parts, verdicts adding up to a set's screenings, adult + child sets
adding up to the screenings, equal counts of overlapping groups), every combination of
them, and the bounds `<N` and `*` give; it reads only the published report and the
app's rules. The three fixed cases below are the attacks found against the first
version of screening/coordinator/small_cells.py (which withheld one hidden cell's smallest
neighbours, one equation at a time, showed zeros next to `<5` and knew nothing of
adult and child sets); each fails there.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attack import cells, disclosed, exact_covers, scope_combos
from handmade import note, write
from notes_factory import make_notes
from screening.coordinator.aggregate import GROUPINGS, aggregate
from small_notes import random_notes


def leaks(folder, notes, by, min_cell=5) -> dict:
    """Hidden cells the attacker pins to their true value."""
    report = aggregate([folder], by=by).report(min_cell=min_cell)
    truth = cells(aggregate([folder], by=by).report(min_cell=0))
    return {k: v for k, v in disclosed(report, scope_combos(notes, by)).items() if truth.get(k, 0) == v}


def labour(n: int, month: str, age: str, set_id: str, verdict: str = "no-indication", inds=()) -> dict:
    return note(n, month, "UA-12", age, [(set_id, verdict, [], list(inds))], [], [])


def test_adult_and_child_set_counts_do_not_give_a_child_away(tmp_path):
    """20 adults and 2 children in a month: 22 screenings, 20 used the adult set, so the
    child set's `<5` is 22 - 20 = 2 (each screening uses exactly one of the two)."""
    notes = [labour(i, "2026-01", "25-59", "ilo-adult-labour") for i in range(20)]
    notes += [labour(100 + i, "2026-01", "14-17", "ilo-child-labour") for i in range(2)]
    notes += [labour(200 + i, "2026-02", "25-59", "ilo-adult-labour") for i in range(8)]
    folder = write(tmp_path, notes)
    assert exact_covers({frozenset({"ilo-adult-labour"}), frozenset({"ilo-child-labour"})}) == [("ilo-adult-labour", "ilo-child-labour")]
    assert leaks(folder, notes, "month") == {}
    every = aggregate([folder]).report()["all"]
    shown = {s["set"]: s["screened"] for s in every["sets"]}
    assert shown["ilo-child-labour"] == "<5"
    assert not (isinstance(every["screenings"], int) and isinstance(shown["ilo-adult-labour"], int))


def test_an_indicator_count_and_its_total_do_not_give_the_other_rows_away(tmp_path):
    """Indicator X: 13 in all, 5 in March, `<5` in January and February. 13 - 5 = 8 left
    for two cells of at most 4: both are 4."""
    notes, n = [], 0
    for month, size, with_x in (("2026-01", 19, 4), ("2026-02", 8, 4), ("2026-03", 13, 5)):
        for i in range(size):
            notes.append(labour(n, month, "25-59", "ilo-adult-labour", inds=["x"] if i < with_x else []))
            n += 1
    folder = write(tmp_path, notes)
    assert leaks(folder, notes, "month") == {}
    report = aggregate([folder]).report()
    x = {g["key"]: g["indicators"].get("x", 0) for g in report["groups"]}
    assert x["2026-01"] == x["2026-02"] == "<5"
    assert not (isinstance(report["all"]["indicators"]["x"], int) and isinstance(x["2026-03"], int))


def test_zeros_next_to_a_small_count_do_not_say_what_the_few_people_have(tmp_path):
    """A month of 2 screenings, one child with a strong indication: with the child set's
    other verdicts shown as 0, the table says the child's verdict. A group under the
    threshold now shows its count only, and under a set used fewer than 5 times no 0
    stands next to a `<5`."""
    notes = [labour(1, "2026-01", "25-59", "ilo-adult-labour", "some-indication"),
             labour(2, "2026-01", "<14", "ilo-child-labour", "strong-indication")]
    notes += [labour(10 + i, "2026-02", "25-59", "ilo-adult-labour", "no-indication") for i in range(9)]
    notes += [labour(30 + i, "2026-02", "14-17", "ilo-child-labour", "no-indication") for i in range(3)]
    folder = write(tmp_path, notes)
    report = aggregate([folder]).report()
    january = next(g for g in report["groups"] if g["key"] == "2026-01")
    assert january == {"key": "2026-01", "screenings": "<5", "breakdown": "withheld", "sets": [],
                       "indicators": {}, "urgent_needs": {}, "referral_targets": {}}
    for scope in [report["all"]] + report["groups"]:
        for entry in scope["sets"]:
            if entry["screened"] == "<5":
                rated = [entry["verdicts"][v] for v in ("strong-indication", "some-indication", "no-indication")]
                assert 0 not in rated, (scope.get("key"), entry)
    assert leaks(folder, notes, "month") == {}


def test_every_output_format_shows_the_same_hidden_cells(tmp_path):
    from screening.coordinator.aggregate_report import report_csv

    notes = random_notes(3, 30)
    folder = write(tmp_path, notes)
    report = aggregate([folder], by="oblast").report()
    rows = report_csv(report).splitlines()[1:]
    hidden_json = sum(1 for v in cells(report).values() if isinstance(v, str))
    hidden_csv = sum(1 for r in rows if r.endswith((",<5", ",*")))
    assert hidden_json == hidden_csv > 0
    assert sum(1 for r in rows if r.endswith(",withheld")) == sum(1 for g in report["groups"] if g["breakdown"] == "withheld")


@pytest.mark.parametrize("by", ["month", "age_band", "need", "indicator"])
def test_generated_notes_with_the_shipped_sets_leak_nothing(tmp_path, by):
    notes = list(make_notes(60, seed=11))
    assert leaks(write(tmp_path, notes), notes, by) == {}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**6), n=st.integers(1, 45), child_share=st.sampled_from([0.0, 0.1, 0.3, 0.6]),
       by=st.sampled_from(GROUPINGS), min_cell=st.sampled_from([3, 5, 10]))
def test_random_note_sets_leak_nothing(tmp_path_factory, seed, n, child_share, by, min_cell):
    notes = random_notes(seed, n, child_share)
    folder = write(tmp_path_factory.mktemp("notes"), notes)
    assert leaks(folder, notes, by, min_cell) == {}


def test_the_table_says_why_it_shows_no_breakdown_when_all_screenings_are_few(tmp_path):
    from screening.coordinator.aggregate_report import report_table

    notes = [labour(i, "2026-01", "14-17", "ilo-child-labour", "strong-indication") for i in range(3)]
    text = report_table(aggregate([write(tmp_path, notes)]).report())
    assert text.endswith("Fewer than 5 screenings in all: no breakdown is shown.")
    assert "strong" not in text and "Verdicts" not in text


def test_a_threshold_of_two_is_refused_as_it_would_hide_nothing(tmp_path):
    """`<2` on a listed group can only be 1 (random note sets leaked every time with it)."""
    notes = [labour(1, "2026-01", "25-59", "ilo-adult-labour")] + [labour(i, "2026-02", "25-59", "ilo-adult-labour") for i in range(2, 6)]
    result = aggregate([write(tmp_path, notes)])
    with pytest.raises(ValueError, match="3 or more"):
        result.report(min_cell=2)
    assert result.report(min_cell=3)["groups"][0]["screenings"] == "<3"
