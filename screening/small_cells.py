"""Small-cell suppression, so that a published count cannot point at one person.

Coordinators publish counts (the NGO coalition bulletin in seed 003 is such a table). A
cell of 1, 2 or 3 screenings in one oblast and one month can be enough to recognise
someone, so:

* **Primary suppression.** A count from 1 to threshold-1 is shown as `<5` (for the
  default threshold 5). Zero stays 0: an empty cell points at nobody. A threshold of 0
  or 1 turns suppression off.
* **Complementary suppression.** Where shown cells add up to a shown total (an
  *equation*: screenings per month add up to all screenings; verdicts of one set add
  up to the screenings that used the set), a single withheld cell could be recovered by
  subtraction. In every equation that holds a withheld cell we therefore also withhold
  (`*`) the smallest other non-zero cells until at least two cells are withheld and the
  withheld cells add up to at least the threshold; when no cell is left to withhold, the
  total is withheld as well. This repeats until no equation changes, since withholding
  a cell in one equation can expose it in another.

This protects one published table. It does not protect against differencing between
two tables made from overlapping inputs (say, this month's folder and last month's):
publish one table per period, made once.
"""

from __future__ import annotations

from typing import Hashable, Iterable

PRIMARY = "primary"
COMPLEMENTARY = "complementary"
WITHHELD = "*"


class SuppressedTable:
    """Cells with their counts, the equations between them, and what may be shown."""

    def __init__(self, threshold: int):
        self.threshold = threshold
        self.values: dict[Hashable, int] = {}
        self.equations: list[tuple[Hashable, tuple[Hashable, ...]]] = []
        self.withheld: dict[Hashable, str] = {}

    def cell(self, key: Hashable, value: int) -> None:
        self.values[key] = value

    def equation(self, total: Hashable, members: Iterable[Hashable]) -> None:
        """`total` equals the sum of `members` (every key must be a cell)."""
        self.equations.append((total, tuple(members)))

    def solve(self) -> "SuppressedTable":
        if self.threshold <= 1:
            return self
        for key, value in self.values.items():
            if 0 < value < self.threshold:
                self.withheld[key] = PRIMARY
        changed = bool(self.withheld)
        while changed:
            changed = False
            for total, members in self.equations:
                changed |= self._protect(total, members)
        return self

    def _protect(self, total: Hashable, members: tuple[Hashable, ...]) -> bool:
        withheld = [m for m in members if m in self.withheld]
        if total in self.withheld:
            if withheld:
                return False
            return self._withhold_smallest(members)  # total alone withheld = sum of shown members
        if not withheld:
            return False
        changed = False
        while len(withheld) < 2 or sum(self.values[m] for m in withheld) < self.threshold:
            if not self._withhold_smallest(members):
                self.withheld[total] = COMPLEMENTARY
                return True
            changed = True
            withheld = [m for m in members if m in self.withheld]
        return changed

    def _withhold_smallest(self, members: tuple[Hashable, ...]) -> bool:
        candidates = [m for m in members if m not in self.withheld and self.values[m] > 0]
        if not candidates:
            return False
        smallest = min(candidates, key=lambda m: (self.values[m], str(m)))
        self.withheld[smallest] = COMPLEMENTARY
        return True

    def shown(self, key: Hashable) -> int | str:
        """The count as it may be published: an int, `<N` or `*`."""
        state = self.withheld.get(key)
        if state == PRIMARY:
            return f"<{self.threshold}"
        if state == COMPLEMENTARY:
            return WITHHELD
        return self.values[key]
