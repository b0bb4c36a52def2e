"""A differencing attacker for one published aggregate, written apart from the code it attacks.

It reads only what a reader has: the published report (JSON shape), the grouping, and
what anyone who knows the app can say about the notes (which sets always come alone or
together: an adult set and a child set are never in one note). From these it writes
every linear relation the output exposes:

* the verdicts of a set add up to the screenings that used it (in every scope);
* for a grouping that splits the notes (month, oblast, age band, verdict), every count
  of all screenings is the sum of the same count over the groups;
* sets that every screening used exactly one of (say, adult and child labour: the app's
  rule, read here from the notes) add up to the screenings of every scope;
* for overlapping groupings (need, indicator, target): the group "X" has as many
  screenings as all screenings have X, and its count of X is the same number; the count
  of Y in group X equals the count of X in group Y; the group "none" has no X.

Unknowns are the hidden cells (`<N` and `*`). Every combination of these relations is
searched exactly (row reduction over fractions, per connected part), and the bounds a
reader knows from docs/coordinator-guide.md (`<N` is 0 to N-1, a listed group's screenings
1 to N-1; `*` is at least N) are pushed through every relation and every derived one. A hidden cell is
disclosed when one value is left for it.
"""

from __future__ import annotations

from collections import defaultdict
from fractions import Fraction
from itertools import combinations
from typing import Any, Hashable, Iterable

PARTITIONS = {"month", "oblast", "age_band", "verdict"}
STAT_OF = {"need": "urgent_needs", "indicator": "indicators", "target": "referral_targets"}
MAPS = ("indicators", "urgent_needs", "referral_targets")
VERDICTS = ("strong-indication", "some-indication", "no-indication", "unrated")
BIG = 10**9


def cells(report: dict[str, Any]) -> dict[Hashable, int | str]:
    """Every published count, keyed (scope, kind, ...); a key missing from a map is 0."""
    out: dict[Hashable, int | str] = {}
    for scope in [report["all"]] + report["groups"]:
        name = scope.get("key", "(all)")
        out[(name, "screenings")] = scope["screenings"]
        for entry in scope["sets"]:
            out[(name, "screened", entry["set"])] = entry["screened"]
            for verdict, count in entry["verdicts"].items():
                out[(name, "verdict", entry["set"], verdict)] = count
            for dim, count in entry["dimensions"].items():
                out[(name, "dimension", entry["set"], dim)] = count
        for stat in MAPS:
            for key, count in scope[stat].items():
                out[(name, stat, key)] = count
    return out


def exact_covers(combos: Iterable[frozenset[str]]) -> list[tuple[str, ...]]:
    """Families of sets of which every one of `combos` (the sets of one note) holds exactly one."""
    combos = set(combos)
    if not combos:
        return []
    sets = sorted(set().union(*combos))
    found = []
    for size in range(1, len(sets) + 1):
        for family in combinations(sets, size):
            if all(len(c.intersection(family)) == 1 for c in combos):
                found.append(family)
    return found


def relations(report: dict[str, Any], scope_combos: dict[str, list[frozenset[str]]]) -> list[tuple[dict[Hashable, int], int]]:
    """Linear relations sum(coef * cell) = constant between published cells (as keys)."""
    shown = cells(report)
    scopes = ["(all)"] + [g["key"] for g in report["groups"]]
    rels: list[tuple[dict[Hashable, int], int]] = []

    def rel(total: Hashable, parts: Iterable[Hashable]) -> None:
        terms: dict[Hashable, int] = defaultdict(int)
        terms[total] -= 1
        for part in parts:
            terms[part] += 1
        rels.append(({k: c for k, c in terms.items() if c}, 0))

    every_set = {k[2] for k in shown if k[1] == "screened"}
    withheld = {g.get("key", "(all)") for g in [report["all"]] + report["groups"] if g.get("breakdown") == "withheld"}
    rules = exact_covers(scope_combos.get("(all)", []))  # the app's rules hold in every group
    for scope in scopes:
        set_ids = every_set if scope in withheld else {k[2] for k in shown if k[0] == scope and k[1] == "screened"}
        for set_id in set_ids:
            rel((scope, "screened", set_id), [(scope, "verdict", set_id, v) for v in VERDICTS])
        for family in rules:
            rel((scope, "screenings"), [(scope, "screened", s) for s in family])
    by = report["by"]
    if by in PARTITIONS:
        keys = {k[1:] for k in shown}
        for key in keys:
            rel(("(all)", *key), [(g, *key) for g in scopes[1:]])
    else:
        stat = STAT_OF[by]
        groups = [g for g in scopes[1:] if g != "none"]
        for g in groups:
            rel(("(all)", stat, g), [(g, "screenings")])
            rel((g, stat, g), [(g, "screenings")])
            for h in groups:
                if g < h:
                    rel((g, stat, h), [(h, stat, g)])
    return rels


def disclosed(report: dict[str, Any], scope_combos: dict[str, list[frozenset[str]]]) -> dict[Hashable, int]:
    """Hidden cells whose value the relations and bounds pin to one number.

    `scope_combos` maps a scope ("(all)" or a group key) to the sets of each of its notes."""
    threshold = report["min_cell"]
    shown = cells(report)
    rels = relations(report, scope_combos)
    withheld = {g.get("key", "(all)") for g in [report["all"]] + report["groups"] if g.get("breakdown") == "withheld"}
    for terms, _ in rels:  # a key named by a relation but not published is a shown 0, or hidden (0 to N-1)
        for key in terms:
            if key not in shown:
                every = shown.get(("(all)", *key[1:]), 0)
                shown[key] = f"<{threshold}" if key[0] in withheld and every != 0 else 0  # none over all: none here
    hidden = {k for k, v in shown.items() if isinstance(v, str)}
    bounds: dict[Hashable, list[Fraction]] = {}
    for key in hidden:
        value = shown[key]
        if value == "*":
            bounds[key] = [Fraction(threshold), Fraction(BIG)]
        else:
            lower = 1 if key[1] == "screenings" else 0  # "<N": fewer than N; a listed group has 1 or more
            bounds[key] = [Fraction(lower), Fraction(threshold - 1)]
    # move shown cells to the right-hand side
    system = []
    for terms, constant in rels:
        rhs = Fraction(constant)
        unknown = {}
        for key, coef in terms.items():
            if key in hidden:
                unknown[key] = Fraction(coef)
            else:
                rhs -= coef * shown[key]
        if unknown:
            system.append((unknown, rhs))
    found: dict[Hashable, int] = {}
    for part in _components(system):
        rows = _reduce(part)
        for unknown, rhs in rows:
            if len(unknown) == 1:
                (key, coef), = unknown.items()
                found[key] = rhs / coef
        _propagate(part + rows, bounds)
    for key, (lo, hi) in bounds.items():
        if _ceil(lo) == _floor(hi):
            found.setdefault(key, _ceil(lo))
    return {k: int(v) for k, v in found.items()}


def _components(system):
    parent: dict = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for unknown, _ in system:
        first, *rest = unknown
        for other in rest:
            parent[find(other)] = find(first)
    parts = defaultdict(list)
    for eq in system:
        parts[find(next(iter(eq[0])))].append(eq)
    return list(parts.values())


def _reduce(system):
    """Reduced row echelon form of the equations (exact); returns the nonzero rows."""
    rows = [(dict(u), r) for u, r in system]
    reduced: list[tuple[dict, Fraction]] = []
    pivots: dict[Hashable, int] = {}
    for unknown, rhs in rows:
        for key, index in pivots.items():  # eliminate known pivots
            coef = unknown.get(key)
            if coef:
                prow, prhs = reduced[index]
                for k, c in prow.items():
                    unknown[k] = unknown.get(k, 0) - coef * c
                    if unknown[k] == 0:
                        del unknown[k]
                rhs -= coef * prhs
        if not unknown:
            continue
        key = min(unknown, key=repr)
        coef = unknown[key]
        unknown = {k: c / coef for k, c in unknown.items()}
        rhs /= coef
        for index, (prow, prhs) in enumerate(reduced):  # and clear the new pivot from older rows
            c = prow.get(key)
            if c:
                for k, v in unknown.items():
                    prow[k] = prow.get(k, 0) - c * v
                    if prow[k] == 0:
                        del prow[k]
                reduced[index] = (prow, prhs - c * rhs)
        pivots[key] = len(reduced)
        reduced.append((unknown, rhs))
    return reduced


def _propagate(system, bounds, rounds: int = 50) -> None:
    for _ in range(rounds):
        changed = False
        for unknown, rhs in system:
            for key, coef in unknown.items():
                lo = hi = rhs
                for other, c in unknown.items():
                    if other == key:
                        continue
                    olo, ohi = bounds[other]
                    lo -= max(c * olo, c * ohi)
                    hi -= min(c * olo, c * ohi)
                lo, hi = (lo / coef, hi / coef) if coef > 0 else (hi / coef, lo / coef)
                cur = bounds[key]
                if lo > cur[0]:
                    cur[0] = Fraction(_ceil(lo))
                    changed = True
                if hi < cur[1]:
                    cur[1] = Fraction(_floor(hi))
                    changed = True
        if not changed:
            return


def _ceil(x: Fraction) -> int:
    return -((-x.numerator) // x.denominator)


def _floor(x: Fraction) -> int:
    return x.numerator // x.denominator


def note_groups(note: dict, by: str) -> list[str]:
    """The groups a note is in, worked out from the note as a reader of the app's rules would."""
    ranks = {v: i for i, v in enumerate(VERDICTS)}
    if by == "month":
        return [note["month"]]
    if by == "oblast":
        return [note["oblast"] or "not-recorded"]
    if by == "age_band":
        return [note["age_band"]]
    if by == "verdict":
        return [min((r["verdict"] or "unrated" for r in note["results"]), key=ranks.get, default="unrated")]
    if by == "need":
        return list(dict.fromkeys(note["urgent_needs"])) or ["none"]
    if by == "indicator":
        return sorted({i["id"] for r in note["results"] for i in r["indicators_present"]}) or ["none"]
    return sorted({t["service"] for t in note["referral_targets"]}) or ["none"]


def scope_combos(notes: Iterable[dict], by: str) -> dict[str, list[frozenset[str]]]:
    out: dict[str, list[frozenset[str]]] = defaultdict(list)
    for note in notes:
        combo = frozenset(r["set"] for r in note["results"])
        out["(all)"].append(combo)
        for group in note_groups(note, by):
            out[group].append(combo)
    return dict(out)
