"""Small-cell suppression, so that a published count cannot point at one person.

Coordinators publish counts (the NGO coalition bulletin in seed 003 is such a table). A
cell of 1, 2 or 3 screenings in one oblast and one month can be enough to recognise
someone, so:

* **Primary suppression.** A count from 1 to threshold-1 is shown as `<5` (for the
  default threshold 5). A threshold of 0 or 1 turns suppression off.
* **Zeros under a small whole.** A count is often a part of a whole: the screenings that
  used a set are part of a group's screenings, a verdict is part of the set's screenings.
  Where the whole is hidden (under the threshold), a 0 among its parts would say "none of
  these few people" and, next to one `<5`, "all of them": such a 0 is shown as `<5` too
  (`<5` means "fewer than 5", 0 included, there). A 0 stays 0 where it says nothing about
  the small whole: the same count over all screenings is a shown 0, or the count cannot
  be anything else (`keep_zero`, e.g. the `unrated` verdict of a set that gives verdicts).
* **Complementary suppression.** Where cells add up to a total (an *equation*:
  screenings per month add up to all screenings; verdicts of one set add up to the
  screenings that used it; adult and child sets add up to the screenings of a group
  when every screening used exactly one of them), a single hidden cell could be
  recovered by subtraction. In every equation that holds a hidden cell we also withhold
  (`*`) the smallest other non-zero cells until at least two cells are hidden and they
  add up to at least the threshold; when no cell is left to withhold, the total is
  withheld as well. This repeats until no equation changes (a fixed point), since
  withholding a cell in one equation can expose it in another.
* **Audit.** The rule above looks at one equation at a time; two equations together
  (or an equation and what `<5` and `*` say about a size) can still pin a hidden cell.
  So the solved table is then attacked: every combination of its equations is reduced
  exactly (row reduction over fractions, per connected part), and the bounds a reader
  knows (`<5` is 1 to 4, or 0 to 4 under a small whole; `*` is at least 5) are pushed
  through every equation and every derived one. Each hidden cell left with one possible
  value gets its smallest shown neighbour withheld (or the total), and the whole runs
  again until no hidden cell can be worked out.

This protects one published table. It does not protect against differencing between
two tables made from overlapping inputs (say, this month's folder and last month's):
publish one table per period, made once.
"""

from __future__ import annotations

import math
from collections import defaultdict
from fractions import Fraction
from typing import Hashable, Iterable

PRIMARY = "primary"
COMPLEMENTARY = "complementary"
WITHHELD = "*"
UNBOUNDED = 1 << 62
AUDIT_ROUNDS = 200


class SuppressedTable:
    """Cells with their counts, the equations and part-of relations between them, and what may be shown."""

    def __init__(self, threshold: int):
        self.threshold = threshold
        self.values: dict[Hashable, int] = {}
        self.equations: list[tuple[Hashable, tuple[Hashable, ...]]] = []
        self.withheld: dict[Hashable, str] = {}
        self.wholes: dict[Hashable, tuple[Hashable, ...]] = {}
        self.counterparts: dict[Hashable, Hashable] = {}
        self.fixed_zeros: set[Hashable] = set()
        self._by_cell: dict | None = None

    def cell(self, key: Hashable, value: int, wholes: Iterable[Hashable] = (), counterpart: Hashable | None = None,
             keep_zero: bool = False) -> None:
        """A published count. `wholes`: cells it is a part of (its count is at most theirs).
        `counterpart`: the same count over all screenings (a 0 there is a 0 here).
        `keep_zero`: a 0 that cannot be anything else, shown as 0 even under a small whole."""
        self.values[key] = value
        wholes = tuple(wholes)
        if wholes:
            self.wholes[key] = wholes
        if counterpart is not None:
            self.counterparts[key] = counterpart
        if keep_zero:
            self.fixed_zeros.add(key)

    def equation(self, total: Hashable, members: Iterable[Hashable]) -> None:
        """`total` equals the sum of `members` (every key must be a cell)."""
        self.equations.append((total, tuple(members)))

    # -- solving ---------------------------------------------------------------------------

    def solve(self) -> "SuppressedTable":
        if self.threshold <= 1:
            return self
        for key, value in self.values.items():
            if 0 < value < self.threshold:
                self.withheld[key] = PRIMARY
        self._hide_zeros_under_small_wholes()
        for _ in range(AUDIT_ROUNDS):
            self._fixed_point()
            disclosed = self.disclosed()
            if not disclosed:
                return self
            protected = [self._protect_disclosed(key) for key in sorted(disclosed, key=repr)]
            if not any(protected):
                break
        self._hide_everything_around(self.disclosed())  # a last resort; not seen in the tests
        return self

    def _hide_everything_around(self, disclosed: Iterable[Hashable]) -> None:
        """Withhold every cell linked by equations to a cell that can still be worked out.
        Hiding a cell only widens what a reader can infer, so this cannot make things worse."""
        by_cell = self._index()
        todo, seen = list(disclosed), set(disclosed)
        while todo:
            cell = todo.pop()
            for total, members in by_cell.get(cell, ()):
                for other in (total, *members):
                    if other not in seen:
                        seen.add(other)
                        todo.append(other)
                        if other not in self.withheld:
                            self._hide(other)

    def _hide_zeros_under_small_wholes(self) -> None:
        """Zeros among the parts of a hidden whole, in order, as a whole may itself be such a zero."""
        changed = True
        while changed:
            changed = False
            for key, wholes in self.wholes.items():
                if key in self.withheld or self.values[key] != 0 or key in self.fixed_zeros:
                    continue
                if not self._under_small_whole(key):
                    continue
                if any(self.values[w] == 0 and w not in self.withheld for w in self.wholes[key]):
                    continue  # part of a shown 0: a 0 that says nothing new
                other = self.counterparts.get(key)
                if other is not None and self.values.get(other) == 0 and other not in self.withheld:
                    continue
                self.withheld[key] = PRIMARY
                changed = True

    def _fixed_point(self) -> None:
        changed = True
        while changed:
            changed = False
            for total, members in self.equations:
                changed |= self._protect(total, members)

    def _protect(self, total: Hashable, members: tuple[Hashable, ...]) -> bool:
        if len(members) == 1:  # one count shown twice: hidden alike
            (member,) = members
            if (total in self.withheld) == (member in self.withheld):
                return False
            hidden, other = (total, member) if total in self.withheld else (member, total)
            self._hide(other)
            return True
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
                self._hide(total)
                return True
            changed = True
            withheld = [m for m in members if m in self.withheld]
        return changed

    def _withhold_smallest(self, members: Iterable[Hashable]) -> bool:
        candidates = [m for m in members if m not in self.withheld and self.values[m] > 0]
        if not candidates:
            return False
        smallest = min(candidates, key=lambda m: (self.values[m], str(m)))
        self._hide(smallest)
        return True

    def _hide(self, key: Hashable) -> None:
        """Withhold a cell to protect another: `*` when it is at least the threshold, else `<N`."""
        self.withheld[key] = COMPLEMENTARY if self.values[key] >= self.threshold else PRIMARY

    def _index(self) -> dict:
        """The equations each cell is in (built once, when the audit first needs it)."""
        if self._by_cell is None:
            self._by_cell = defaultdict(list)
            for equation in self.equations:
                for cell in (equation[0], *equation[1]):
                    self._by_cell[cell].append(equation)
        return self._by_cell

    def _protect_disclosed(self, key: Hashable) -> bool:
        """Withhold one more cell near a hidden cell that can be worked out: the smallest shown
        non-zero cell of an equation that holds it, else of an equation that holds one of the
        hidden cells of those, and so on outwards."""
        by_cell = self._index()
        frontier, seen = {key}, {key}
        while frontier:
            around = {eq for cell in frontier for eq in by_cell.get(cell, ())}
            cells = {c for total, members in around for c in (total, *members)}
            shown = [c for c in cells if c not in self.withheld and self.values[c] > 0]
            if shown:
                self._hide(min(shown, key=lambda c: (self.values[c], str(c))))
                return True
            zeros = [c for c in cells if c not in self.withheld and c not in self.fixed_zeros]
            if zeros:  # only zeros are shown here: they tell how many hidden parts are 1 or more
                self.withheld[min(zeros, key=str)] = PRIMARY
                return True
            frontier = {c for c in cells if c in self.withheld} - seen
            seen |= frontier
        return False

    # -- the audit -------------------------------------------------------------------------

    def _under_small_whole(self, key: Hashable) -> bool:
        return any(self.withheld.get(whole) == PRIMARY for whole in self.wholes.get(key, ()))

    def bounds(self, key: Hashable) -> tuple[int, int]:
        """What a reader knows of a hidden cell from its mark alone: `*` is at least N; `<N`
        is fewer than N, 0 included, except a count that is part of nothing (the screenings
        of a group that is listed), which is at least 1."""
        if self.withheld[key] == COMPLEMENTARY:
            return self.threshold, UNBOUNDED
        return (0 if key in self.wholes else 1), self.threshold - 1

    def disclosed(self) -> dict[Hashable, int]:
        """Hidden cells whose count follows from the shown ones, the equations and the marks."""
        system = []
        for total, members in self.equations:
            terms: dict[Hashable, int] = defaultdict(int)
            terms[total] -= 1
            for member in members:
                terms[member] += 1
            rhs = 0
            unknown = {}
            for key, coef in terms.items():
                if not coef:
                    continue
                if key in self.withheld:
                    unknown[key] = coef
                else:
                    rhs -= coef * self.values[key]
            if unknown:
                system.append((unknown, rhs))
        found: dict[Hashable, int] = {}
        bounds = {key: list(self.bounds(key)) for key in self.withheld}
        for part in _components(system):
            if self.threshold > 2 and all(_is_equality(u, r) for u, r in part):
                continue  # cells said to be equal, hidden alike: their ranges overlap by 2 or more
            rows = _reduce(part) if len(part) > 1 else []
            for row_unknown, row_rhs in rows or part:
                if len(row_unknown) == 1:
                    (key, coef), = row_unknown.items()
                    found[key] = int(row_rhs / coef)
            _propagate([(list(u.items()), r) for u, r in part] + [_integral(u, r) for u, r in rows], bounds)
        for key, (lo, hi) in bounds.items():
            if lo == hi and self.bounds(key)[0] != self.bounds(key)[1]:
                found.setdefault(key, int(lo))
        return found

    def is_small(self, key: Hashable) -> bool:
        """Whether the count is under the threshold (hidden as `<N`): its parts say nothing."""
        return self.withheld.get(key) == PRIMARY and self.values[key] > 0

    def shown(self, key: Hashable) -> int | str:
        """The count as it may be published: an int, `<N` or `*`."""
        state = self.withheld.get(key)
        if state == PRIMARY:
            return f"<{self.threshold}"
        if state == COMPLEMENTARY:
            return WITHHELD
        return self.values[key]


def _is_equality(unknown: dict, rhs: int) -> bool:
    return rhs == 0 and len(unknown) == 2 and sorted(unknown.values()) == [-1, 1]


def _components(system: list[tuple[dict, int]]) -> list[list[tuple[dict, int]]]:
    """Equations split into groups that share no hidden cell (each is reduced on its own)."""
    parent: dict = {}

    def find(x):
        root = x
        while parent.setdefault(root, root) != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for unknown, _ in system:
        first, *rest = unknown
        for other in rest:
            a, b = find(first), find(other)
            if a != b:
                parent[b] = a
    parts: dict = defaultdict(list)
    for equation in system:
        parts[find(next(iter(equation[0])))].append(equation)
    return list(parts.values())


def _reduce(system: list[tuple[dict, int]]) -> list[tuple[dict, Fraction]]:
    """The reduced row echelon form of the equations, exact: every combination of them in its
    simplest terms. A row with one unknown is a cell worked out."""
    reduced: list[tuple[dict, Fraction]] = []
    pivots: dict[Hashable, int] = {}
    for terms, whole_rhs in system:
        unknown = {k: Fraction(c) for k, c in terms.items()}
        rhs = Fraction(whole_rhs)
        for key in [k for k in unknown if k in pivots]:
            coef = unknown.get(key)
            if not coef:
                continue
            row, row_rhs = reduced[pivots[key]]
            for k, c in row.items():
                value = unknown.get(k, 0) - coef * c
                if value:
                    unknown[k] = value
                else:
                    unknown.pop(k, None)
            rhs -= coef * row_rhs
        if not unknown:
            continue
        pivot = min(unknown, key=repr)
        coef = unknown[pivot]
        unknown = {k: c / coef for k, c in unknown.items()}
        rhs /= coef
        for index, (row, row_rhs) in enumerate(reduced):
            c = row.get(pivot)
            if c:
                for k, v in unknown.items():
                    value = row.get(k, 0) - c * v
                    if value:
                        row[k] = value
                    else:
                        row.pop(k, None)
                reduced[index] = (row, row_rhs - c * rhs)
        pivots[pivot] = len(reduced)
        reduced.append((unknown, rhs))
    return reduced


def _integral(unknown: dict, rhs: Fraction) -> tuple[list[tuple[Hashable, int]], int]:
    """The same equation with whole-number coefficients (times the denominators' multiple)."""
    scale = 1
    for c in (*unknown.values(), rhs):
        d = Fraction(c).denominator
        scale = scale * d // math.gcd(scale, d)
    return [(k, int(c * scale)) for k, c in unknown.items()], int(rhs * scale)


def _propagate(equations: list[tuple[list[tuple[Hashable, int]], int]], bounds: dict[Hashable, list[int]], rounds: int = 30) -> None:
    """Narrow each hidden cell's range through every equation until nothing changes.

    For sum(c * x) = rhs, c_k * x_k lies between rhs - (the most the others can add) and
    rhs - (the least they can add); the sums over all cells are taken once. Integers only."""
    for _ in range(rounds):
        changed = False
        for terms, rhs in equations:
            spans = []
            least = most = 0
            for key, c in terms:
                lo, hi = bounds[key]
                a, b = (c * lo, c * hi) if c > 0 else (c * hi, c * lo)
                spans.append((key, c, a, b))
                least += a
                most += b
            for key, c, own_lo, own_hi in spans:
                lo = rhs - (most - own_hi)
                hi = rhs - (least - own_lo)
                if c > 0:
                    new_lo, new_hi = -((-lo) // c), hi // c
                else:
                    new_lo, new_hi = -((-hi) // c), lo // c
                current = bounds[key]
                if new_lo > current[0]:
                    current[0] = new_lo
                    changed = True
                if new_hi < current[1]:
                    current[1] = new_hi
                    changed = True
        if not changed:
            return
