"""The suppression rule on bare cells and equations, by hand."""

from __future__ import annotations

from screening.coordinator.small_cells import SuppressedTable


def table(values: dict, equations: list, threshold: int = 5) -> SuppressedTable:
    t = SuppressedTable(threshold)
    for key, value in values.items():
        t.cell(key, value)
    for total, members in equations:
        t.equation(total, members)
    return t.solve()


def shown(t: SuppressedTable) -> dict:
    return {k: t.shown(k) for k in t.values}


def test_counts_from_one_to_threshold_minus_one_are_hidden_and_zero_stays():
    t = table({"a": 0, "b": 1, "c": 4, "d": 5}, [])
    assert shown(t) == {"a": 0, "b": "<5", "c": "<5", "d": 5}


def test_threshold_zero_or_one_shows_everything():
    for threshold in (0, 1):
        assert shown(table({"a": 1, "t": 1}, [("t", ["a"])], threshold)) == {"a": 1, "t": 1}


def test_one_hidden_cell_in_an_equation_takes_the_smallest_other_nonzero_cell():
    t = table({"t": 27, "a": 20, "b": 6, "c": 1, "z": 0}, [("t", ["a", "b", "c", "z"])])
    assert shown(t) == {"t": 27, "a": 20, "b": "*", "c": "<5", "z": 0}


def test_two_hidden_cells_adding_below_the_threshold_take_a_third():
    t = table({"t": 22, "a": 1, "b": 1, "c": 8, "d": 12}, [("t", ["a", "b", "c", "d"])])
    assert shown(t) == {"t": 22, "a": "<5", "b": "<5", "c": "*", "d": 12}


def test_when_nothing_is_left_to_hide_the_total_is_hidden():
    t = table({"t": 9, "a": 1, "b": 8}, [("t", ["a"])])  # b not a member here
    assert shown(t)["t"] == "*"


def test_hiding_spreads_along_a_second_equation():
    """Rows r1 = a + b, r2 = c + d, column k1 = a + c: a is 2, so b is hidden (row); then
    the column k1 holds only a hidden: c is hidden too; then row r2 holds c: d is hidden."""
    values = {"r1": 12, "a": 2, "b": 10, "r2": 16, "c": 7, "d": 9, "k1": 9, "k2": 19, "t": 28}
    equations = [("r1", ["a", "b"]), ("r2", ["c", "d"]), ("k1", ["a", "c"]), ("k2", ["b", "d"]), ("t", ["r1", "r2"])]
    t = table(values, equations)
    assert {k for k, v in shown(t).items() if not isinstance(v, int)} == {"a", "b", "c", "d"}
    assert (t.shown("r1"), t.shown("r2"), t.shown("t")) == (12, 16, 28)


def test_a_sum_that_pins_a_hidden_cell_by_its_bounds_hides_the_total():
    """6 = 1 + 5: the 1 is <5 (1 to 4) and the 5 withheld as * (5 or more), so with the
    total shown both follow (6 - 5 = 1). The first version showed 6; the audit hides it."""
    t = table({"t": 6, "a": 1, "b": 5}, [("t", ["a", "b"])])
    assert shown(t) == {"t": "*", "a": "<5", "b": "*"}
    assert t.disclosed() == {}


def test_a_zero_under_a_small_whole_is_hidden_unless_it_cannot_be_anything_else():
    t = SuppressedTable(5)
    t.cell("screened", 3)
    t.cell("strong", 3, wholes=["screened"])
    t.cell("some", 0, wholes=["screened"])
    t.cell("unrated", 0, wholes=["screened"], keep_zero=True)  # a rated set never gives it
    t.cell("elsewhere", 0, wholes=["big"])
    t.cell("big", 40)
    t.solve()
    assert {k: t.shown(k) for k in t.values} == {"screened": "<5", "strong": "<5", "some": "<5", "unrated": 0, "elsewhere": 0, "big": 40}


def test_a_zero_whose_count_over_all_screenings_is_a_shown_zero_stays():
    t = SuppressedTable(5)
    t.cell(("g", "screenings"), 2)
    t.cell(("all", "x"), 0)
    t.cell(("g", "x"), 0, wholes=[("g", "screenings")], counterpart=("all", "x"))
    t.solve()
    assert t.shown(("g", "x")) == 0


def test_one_count_shown_twice_is_hidden_alike():
    """Notes with X and Y: group X's count of Y is a hidden 0 (group X is small); group Y's
    count of X is the same number and must not show it."""
    t2 = SuppressedTable(5)
    t2.cell("gx", 3)
    t2.cell("xy", 0, wholes=["gx"])
    t2.cell("yx", 0, wholes=["gy"])
    t2.cell("gy", 40)
    t2.equation("xy", ["yx"])
    t2.solve()
    assert (t2.shown("xy"), t2.shown("yx")) == ("<5", "<5")


def test_when_nothing_near_is_left_to_withhold_everything_linked_is_hidden():
    """The last resort, reached directly: every cell linked to a cell that can be worked out."""
    t = SuppressedTable(5)
    for key, value in {"t": 9, "a": 4, "b": 5, "u": 20, "c": 20}.items():
        t.cell(key, value)
    t.equation("t", ["a", "b"])
    t.equation("u", ["c"])
    t.withheld["a"] = "primary"  # the cell that could still be worked out
    t._hide_everything_around(["a"])
    assert {k for k in t.values if k in t.withheld} == {"t", "a", "b"}
