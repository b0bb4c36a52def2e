"""Aggregate counts of the six hand-made notes (tests/coord/handmade.py), worked out by hand.

By hand, from the table in handmade.py:
- month: 2026-10 = N1 N2 N3 N6 = 4; 2026-11 = N4 N5 = 2; all = 6.
- oblast: UA-12 = N1 N2 N5 = 3; UA-46 = 1; abroad = 1; not-recorded (null) = N4 = 1.
- age band: <14 = 1; 18-24 = 1; 25-59 = N1 N3 N5 = 3; 60+ = 1.
- strongest verdict: strong = N1 N6; some = N2 N4 (set-b is unrated); no = N3; unrated = N5.
- set-a screened 5 (all but N5): strong 2, some 2, no 1; set-b screened 2 (N4 N5): unrated 2.
- dimensions: set-a a1 = N1 N2 N4 N6 = 4, a2 = N1 N6 = 2; set-b b1 = 1.
- indicators: ia1 = 4, ia2 = 2, ib1 = 1. needs: danger = N1 N4 N6 = 3, medical = 1.
- targets: emerg = 3, shelter = 1.
- by need: danger 3, medical 1, none = N2 N3 N5 = 3. by indicator: ia1 4, ia2 2,
  ib1 1, none = N3 N5 = 2. by target: emerg 3, shelter 1, none 3.
"""

from __future__ import annotations

import pytest

from handmade import SIX, months, write
from screening.coordinator.aggregate import aggregate


def groups(report) -> dict:
    return {g["key"]: g["screenings"] for g in report["groups"]}


@pytest.fixture
def six(tmp_path):
    return write(tmp_path / "notes", SIX)


@pytest.mark.parametrize("by, expected", [
    ("month", {"2026-10": 4, "2026-11": 2}),
    ("oblast", {"UA-12": 3, "UA-46": 1, "abroad": 1, "not-recorded": 1}),
    ("age_band", {"<14": 1, "18-24": 1, "25-59": 3, "60+": 1}),
    ("verdict", {"strong-indication": 2, "some-indication": 2, "no-indication": 1, "unrated": 1}),
    ("need", {"danger": 3, "medical": 1, "none": 3}),
    ("indicator", {"ia1": 4, "ia2": 2, "ib1": 1, "none": 2}),
    ("target", {"emerg": 3, "shelter": 1, "none": 3}),
])
def test_every_grouping_counts_by_hand(six, by, expected):
    report = aggregate([six], by=by).report(min_cell=0)
    assert groups(report) == expected
    assert report["all"]["screenings"] == 6
    assert report["by"] == by


def test_group_order_is_the_readers_order(six):
    assert list(groups(aggregate([six], by="age_band").report(0))) == ["<14", "18-24", "25-59", "60+"]
    assert list(groups(aggregate([six], by="verdict").report(0))) == ["strong-indication", "some-indication", "no-indication", "unrated"]
    assert list(groups(aggregate([six], by="oblast").report(0))) == ["UA-12", "UA-46", "abroad", "not-recorded"]
    assert list(groups(aggregate([six], by="indicator").report(0))) == ["ia1", "ia2", "ib1", "none"]


def test_all_counts_by_hand(six):
    every = aggregate([six]).report(min_cell=0)["all"]
    assert every["sets"] == [
        {"set": "set-a", "screened": 5, "verdicts": {"strong-indication": 2, "some-indication": 2, "no-indication": 1, "unrated": 0}, "dimensions": {"a1": 4, "a2": 2}},
        {"set": "set-b", "screened": 2, "verdicts": {"strong-indication": 0, "some-indication": 0, "no-indication": 0, "unrated": 2}, "dimensions": {"b1": 1}},
    ]
    assert every["indicators"] == {"ia1": 4, "ia2": 2, "ib1": 1}
    assert every["urgent_needs"] == {"danger": 3, "medical": 1}
    assert every["referral_targets"] == {"emerg": 3, "shelter": 1}


def test_per_group_counts_by_hand(six):
    report = aggregate([six], by="month").report(min_cell=0)
    november = next(g for g in report["groups"] if g["key"] == "2026-11")
    assert november["screenings"] == 2
    assert [s["set"] for s in november["sets"]] == ["set-a", "set-b"]
    assert november["sets"][0]["verdicts"]["some-indication"] == 1
    assert november["sets"][1]["screened"] == 2
    assert november["urgent_needs"] == {"danger": 1}
    assert november["referral_targets"] == {"emerg": 1, "shelter": 1}


def test_default_threshold_suppresses_the_six_by_hand(six):
    """min cell 5: 4 and 2 are <5; both withheld, they add to 6 >= 5, so the total 6 stays.
    set-a screened 5 stays (its cells 4 + 1 by month, and 2 + 2 + 1 by verdict, are all <5)."""
    report = aggregate([six]).report()
    assert groups(report) == {"2026-10": "<5", "2026-11": "<5"}
    every = report["all"]
    assert every["screenings"] == 6
    assert every["sets"][0]["screened"] == 5
    assert every["sets"][0]["verdicts"] == {"strong-indication": "<5", "some-indication": "<5", "no-indication": "<5", "unrated": 0}
    assert every["sets"][1]["screened"] == "<5"
    assert every["indicators"] == {"ia1": "<5", "ia2": "<5", "ib1": "<5"}


def test_a_lone_small_cell_takes_its_smallest_neighbour_with_it(tmp_path):
    """5 and 4 by month, threshold 5: 4 is <5; 9 - 5 would give it away, so 5 is withheld (*)."""
    result = aggregate([write(tmp_path, months({"2026-01": 5, "2026-02": 4}))])
    report = result.report(min_cell=5)
    assert groups(report) == {"2026-01": "*", "2026-02": "<5"}
    assert report["all"]["screenings"] == 9


@pytest.mark.parametrize("min_cell, expected", [
    (4, {"2026-01": 5, "2026-02": 4}),   # 4 is not below 4
    (6, {"2026-01": "<6", "2026-02": "<6"}),  # both below 6; they add up to 9 >= 6
    (1, {"2026-01": 5, "2026-02": 4}),
    (0, {"2026-01": 5, "2026-02": 4}),
])
def test_threshold_boundaries(tmp_path, min_cell, expected):
    report = aggregate([write(tmp_path, months({"2026-01": 5, "2026-02": 4}))]).report(min_cell=min_cell)
    assert groups(report) == expected
    assert report["all"]["screenings"] == 9
    assert report["min_cell"] == min_cell


def test_smallest_other_cells_are_withheld_until_they_hide_the_small_one(tmp_path):
    """10, 6, 2: 2 is <5; withholding 6 too gives two cells adding to 8 >= 5; 10 stays."""
    report = aggregate([write(tmp_path, months({"2026-01": 10, "2026-02": 6, "2026-03": 2}))]).report()
    assert groups(report) == {"2026-01": 10, "2026-02": "*", "2026-03": "<5"}
    assert report["all"]["screenings"] == 18


def test_a_small_total_is_suppressed_too(tmp_path):
    report = aggregate([write(tmp_path, months({"2026-01": 3}))]).report()
    assert groups(report) == {"2026-01": "<5"}
    assert report["all"]["screenings"] == "<5"


def test_zero_stays_zero(six):
    every = aggregate([six]).report()["all"]
    assert every["sets"][0]["verdicts"]["unrated"] == 0
    assert every["sets"][1]["verdicts"]["strong-indication"] == 0


def test_overlapping_groups_are_not_an_equation_but_equal_counts_match(six):
    """by need: the group 'danger' and the count of the need 'danger' are one number shown twice."""
    report = aggregate([six], by="need").report()
    assert groups(report) == {"danger": "<5", "medical": "<5", "none": "<5"}
    assert report["all"]["urgent_needs"] == {"danger": "<5", "medical": "<5"}
    assert report["all"]["screenings"] == 6
