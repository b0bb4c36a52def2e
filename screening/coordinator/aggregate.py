"""Count what many anonymised referral notes found, for coordinators, without re-identifying anyone.

Reads notes one file at a time and keeps only counters, never a note (plus the id of
each note seen, so that a copied note counts once: under 10 MB for 100,000 notes).
What is counted, per group and for all notes:

* screenings (notes); a file is one note, and a note_id seen twice is counted once;
* per indicator set: the screenings that used it and their verdicts
  (`strong-indication`, `some-indication`, `no-indication`, `unrated` for sets that give
  counts only);
* per set and dimension: screenings where the dimension was present;
* indicators present, urgent needs and referral targets: screenings with each (an
  indicator present in two sets of one note counts once).

Groups (`by`): `month`, `oblast` (`not-recorded` when the note has none), `age_band`,
`verdict` (the strongest verdict of the note's rated sets, else `unrated`) put each note
in exactly one group; `need`, `indicator` and `target` put a note in every group it
has (`none` when it has none), so their groups overlap and do not add up to the total.

`Aggregate.report()` applies small-cell suppression (screening/coordinator/small_cells.py) and is
the one shape that the table, JSON and CSV outputs print. Invalid and foreign files
become Problems and are skipped. The parse step lives in screening/coordinator/note_reader.py and is
re-exported here for benchmarks: `iter_note_files`, `check_note` (bytes -> checked dict,
the fast path used here) and `parse_note` (bytes -> ReferralNote).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from screening.models.common import AGE_BANDS
from screening.models.note import ReferralNote
from screening.coordinator.note_reader import check_note, iter_note_files, parse_note, read_note
from screening.catalog.problems import Problem
from screening.coordinator.small_cells import SuppressedTable

if TYPE_CHECKING:
    from collections.abc import Mapping

    from screening.coordinator.note_reader import NoteDict

try:  # the C helper behind Counter.update, without its per-call type checks
    from collections import _count_elements  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons
    def _count_elements(mapping, iterable):
        for element in iterable:
            mapping[element] = mapping.get(element, 0) + 1

__all__ = ["GROUPINGS", "Aggregate", "aggregate", "check_note", "iter_note_files", "parse_note", "read_note"]

GROUPINGS = ("month", "oblast", "age_band", "verdict", "need", "indicator", "target")
PARTITIONS = frozenset({"month", "oblast", "age_band", "verdict"})
VERDICTS = ("strong-indication", "some-indication", "no-indication", "unrated")
VERDICT_INDEX = {v: i for i, v in enumerate(VERDICTS)}
NOT_RECORDED = "not-recorded"
NONE = "none"
STATISTICS = ("indicators", "urgent_needs", "referral_targets")
PROGRESS_EVERY = 500
FORMAT_VERSION = 2  # of the report: 2: "breakdown" per scope; hidden zeros listed as <N

Progress = Callable[[int, "int | None"], None]


class Tally:
    """The counters of one group (or of all notes): one Counter with tagged keys, for speed.

    Keys: ("screened", set), ("verdict", set, verdict), ("dimensions", set, dimension),
    ("indicators", id), ("urgent_needs", id), ("referral_targets", service), and
    ("combo", frozenset of the note's sets).
    """

    __slots__ = ("screenings", "counts")

    def __init__(self) -> None:
        self.screenings = 0
        self.counts: Counter = Counter()

    def add(self, keys: list[tuple]) -> None:
        self.screenings += 1
        _count_elements(self.counts, keys)

    def view(self) -> "TallyView":
        return TallyView(self)


class TallyView:
    """A Tally split into one Counter per statistic, for reporting."""

    def __init__(self, tally: Tally) -> None:
        self.screenings = tally.screenings
        self.screened: Counter = Counter()
        self.verdicts: Counter = Counter()
        self.dimensions: Counter = Counter()
        self.indicators: Counter = Counter()
        self.urgent_needs: Counter = Counter()
        self.referral_targets: Counter = Counter()
        self.combos: Counter = Counter()
        for key, count in tally.counts.items():
            tag = key[0]
            if tag == "combo":
                self.combos[key[1]] = count
            elif tag == "screened":
                self.screened[key[1]] = count
            elif tag == "verdict":
                self.verdicts[key[1:]] = count
            elif tag == "dimensions":
                self.dimensions[key[1:]] = count
            else:
                getattr(self, tag)[key[1]] = count


def _facts(note: Mapping[str, Any]) -> tuple[list[tuple], str]:
    """What one note adds to every tally it joins, and its strongest verdict; worked out once.

    Also counts the note's combination of sets (("combo", frozenset)), from which the
    report finds the sets that add up to the screenings. Written as plain loops: this runs
    100,000 times in a large aggregate.
    """
    keys: list[tuple] = []
    append = keys.append
    seen_sets: set[str] = set()
    indicators: set[str] = set()
    strongest = 3  # VERDICTS index of "unrated"
    for result in note["results"]:
        set_id = result["set"]
        if set_id in seen_sets:  # a set listed twice in one note counts once
            continue
        seen_sets.add(set_id)
        verdict = result["verdict"] or "unrated"
        rank = VERDICT_INDEX[verdict]
        if rank < strongest:
            strongest = rank
        append(("screened", set_id))
        append(("verdict", set_id, verdict))
        for dimension in result["dimensions_present"]:
            append(("dimensions", set_id, dimension))
        for indicator in result["indicators_present"]:
            indicators.add(indicator["id"])
    append(("combo", frozenset(seen_sets)))
    for indicator_id in indicators:
        append(("indicators", indicator_id))
    for need in note["urgent_needs"]:
        append(("urgent_needs", need))
    targets = note["referral_targets"]
    if targets:
        for service in {t["service"] for t in targets}:
            append(("referral_targets", service))
    return keys, VERDICTS[strongest]


def _group_keys(by: str, note: Mapping[str, Any], keys: list[tuple], strongest: str) -> Iterable[str]:
    if by == "month":
        return (note["month"],)
    if by == "oblast":
        return (note["oblast"] or NOT_RECORDED,)
    if by == "age_band":
        return (note["age_band"],)
    if by == "verdict":
        return (strongest,)
    tag = {"need": "urgent_needs", "indicator": "indicators", "target": "referral_targets"}[by]
    return [k[1] for k in keys if k[0] == tag] or (NONE,)


@dataclass
class Aggregate:
    """Counters of everything read, plus what was skipped and why."""

    by: str
    min_cell: int = 5
    files: int = 0
    notes: int = 0
    duplicates: int = 0
    problems: list[Problem] = field(default_factory=list)
    groups: dict[str, Tally] = field(default_factory=dict)
    _seen: set[str] = field(default_factory=set, repr=False)
    _overlapping: Tally = field(default_factory=Tally, repr=False)

    @property
    def all(self) -> Tally:
        """The counts over every note.

        A partition (month, oblast, age band, verdict) puts each note in exactly one
        group, so its total is the sum of the groups, worked out here once rather than
        counted a second time for every note read; the overlapping groupings (need,
        indicator, target) count the total as they read.
        """
        if self.by not in PARTITIONS:
            return self._overlapping
        total = Tally()
        for tally in self.groups.values():
            total.screenings += tally.screenings
            total.counts.update(tally.counts)
        return total

    def add(self, note: NoteDict | dict[str, Any] | ReferralNote, name: str) -> None:
        """Count one checked note (a dict from `read_note`, or a ReferralNote)."""
        if not isinstance(note, dict):
            note = note.model_dump(mode="json")
        note_id = note["note_id"]
        if note_id in self._seen:
            self.duplicates += 1
            self.problems.append(Problem(name, "$.note_id", f"note {note['note_id']} was already counted from another file; counted once"))
            return
        self._seen.add(note_id)
        self.notes += 1
        keys, strongest = _facts(note)
        if self.by not in PARTITIONS:
            self._overlapping.add(keys)
        for key in _group_keys(self.by, note, keys, strongest):
            tally = self.groups.get(key)
            if tally is None:
                tally = self.groups[key] = Tally()
            tally.add(keys)

    def report(self, min_cell: int | None = None) -> dict:
        """The publishable counts, suppressed; the shape is documented in docs/coordinator-guide.md."""
        return build_report(self, self.min_cell if min_cell is None else min_cell)


def aggregate(paths: Iterable[Path | str], by: str = "month", min_cell: int = 5, progress: Progress | None = None) -> Aggregate:
    """Read every note under `paths`, streaming, and count it. Never raises on bad files.

    With `progress`, the files are listed first (paths only) so that it can be called as
    progress(done, total) every few hundred files and once at the end.
    """
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}; expected one of {', '.join(GROUPINGS)}")
    result = Aggregate(by=by, min_cell=min_cell)
    files: Iterable[str] = iter_note_files(paths, result.problems)
    total = None
    if progress is not None:
        files = list(files)
        total = len(files)
    for path in files:
        result.files += 1
        note = read_note(path)
        if isinstance(note, Problem):
            result.problems.append(note)
        else:
            result.add(note, path)
        if progress is not None and result.files % PROGRESS_EVERY == 0:
            progress(result.files, total)
    if progress is not None:
        progress(result.files, total)
    return result


def group_order(by: str, keys: Iterable[str]) -> list[str]:
    """Groups in the order a reader expects: time, code, age or strength; others by name."""
    keys = list(keys)
    if by == "age_band":
        return sorted(keys, key=lambda k: AGE_BANDS.index(k) if k in AGE_BANDS else len(AGE_BANDS))
    if by == "verdict":
        return sorted(keys, key=VERDICTS.index)
    last = NOT_RECORDED if by == "oblast" else NONE
    return sorted(keys, key=lambda k: (k == last, k))


def exact_covers(combos: Iterable[frozenset[str]], limit: int = 64) -> list[tuple[str, ...]]:
    """Families of sets of which every note (given by its combination of sets) used exactly one.

    Their counts add up to the screenings: adult and child sets, or a set every note used.
    A reader who knows the app's rules can subtract along such a sum, so it is an equation
    in every group. Worked out over all notes (a family that only happens to cover one
    group is not something a reader can know).
    Found as exact covers: pick a combination not yet covered, try each of its sets that
    shares no note with those chosen. At most `limit` families.
    """
    combos = list(set(combos))
    if not combos or not all(combos):  # a note with no set cannot be covered
        return []
    clash: dict[str, set[str]] = {}
    for combo in combos:
        for set_id in combo:
            clash.setdefault(set_id, set()).update(combo - {set_id})
    found: set[frozenset[str]] = set()

    def grow(chosen: frozenset[str]) -> None:
        if len(found) >= limit:
            return
        open_combo = next((c for c in combos if not c & chosen), None)
        if open_combo is None:
            found.add(chosen)
            return
        for set_id in sorted(open_combo):
            if not clash[set_id] & chosen:
                grow(chosen | {set_id})

    grow(frozenset())
    return sorted(tuple(sorted(f)) for f in found)


def suppressed_table(result: Aggregate, threshold: int, views: dict) -> SuppressedTable:
    """Every published cell of `result`, with the equations a reader could subtract along
    and the whole each count is a part of.

    `views` maps "all" and ("group", key) to TallyViews. Every scope has a cell for every
    key of all screenings (most are 0), so that a 0 under a small whole can be hidden.
    """
    table = SuppressedTable(threshold)
    partition = result.by in PARTITIONS
    every = views["all"]
    set_ids = list(every.screened)
    rated = {s for s in set_ids if any(every.verdicts[(s, v)] for v in VERDICTS[:3])}
    dimension_keys = list(every.dimensions)
    stat_keys = {stat: list(getattr(every, stat)) for stat in STATISTICS}
    rules = exact_covers(every.combos)
    for scope, tally in views.items():
        in_all = scope == "all"

        def whole_and_all(whole: tuple, *key) -> dict:
            """A group's count is part of its whole and of the same count over all screenings."""
            if in_all:
                return {"wholes": (whole,)}
            return {"wholes": (whole, ("all", *key)), "counterpart": ("all", *key)}

        screenings = (scope, "screenings")
        table.cell(screenings, tally.screenings)
        for set_id in set_ids:
            screened = (scope, "screened", set_id)
            table.cell(screened, tally.screened[set_id], **whole_and_all(screenings, "screened", set_id))
            for verdict in VERDICTS:
                # a rated set never gives "unrated", a counts-only set never gives a verdict
                impossible = every.verdicts[(set_id, verdict)] == 0 and (verdict == "unrated") == (set_id in rated)
                table.cell((scope, "verdict", set_id, verdict), tally.verdicts[(set_id, verdict)],
                           **whole_and_all(screened, "verdict", set_id, verdict), keep_zero=impossible)
            table.equation(screened, [(scope, "verdict", set_id, v) for v in VERDICTS])
        for key in dimension_keys:
            table.cell((scope, "dimensions", key), tally.dimensions[key], **whole_and_all((scope, "screened", key[0]), "dimensions", key))
        for stat in STATISTICS:
            counter = getattr(tally, stat)
            for key in stat_keys[stat]:
                table.cell((scope, stat, key), counter[key], **whole_and_all(screenings, stat, key))
        for family in rules:  # what holds for every note holds in every group
            table.equation(screenings, [(scope, "screened", s) for s in family])
    groups = [("group", key) for key in result.groups]
    if partition:
        table.equation(("all", "screenings"), [(g, "screenings") for g in groups])
        for set_id in set_ids:
            table.equation(("all", "screened", set_id), [(g, "screened", set_id) for g in groups])
            for verdict in VERDICTS:
                table.equation(("all", "verdict", set_id, verdict), [(g, "verdict", set_id, verdict) for g in groups])
        for stat in ("dimensions", *STATISTICS):
            for key in dimension_keys if stat == "dimensions" else stat_keys[stat]:
                table.equation(("all", stat, key), [(g, stat, key) for g in groups])
    else:
        stat = {"need": "urgent_needs", "indicator": "indicators", "target": "referral_targets"}[result.by]
        named = [key for key in result.groups if key != NONE]
        for key in named:  # the group of notes with X is the count of X, shown twice
            table.equation(("all", stat, key), [(("group", key), "screenings")])
            table.equation((("group", key), stat, key), [(("group", key), "screenings")])
        for i, key in enumerate(named):  # notes with X and Y: group X's count of Y, group Y's count of X
            for other in named[i + 1:]:
                table.equation((("group", key), stat, other), [(("group", other), stat, key)])
    return table.solve()


# --- the publishable report ------------------------------------------------------------


def build_report(result: Aggregate, threshold: int) -> dict[str, Any]:
    """The publishable counts, suppressed once, so that no output format can show a count that another
    hides; the shape is documented in screening/coordinator/aggregate_report.py and docs/coordinator-guide.md."""
    if threshold == 2:
        raise ValueError("a threshold of 2 would show a group of one screening as <2, which can only be 1; use 3 or more, or 0 to show every count")

    views: dict[Any, TallyView] = {"all": result.all.view(), **{("group", key): tally.view() for key, tally in result.groups.items()}}
    table = suppressed_table(result, threshold, views)

    every = views["all"]

    def scope_report(scope: Any) -> dict[str, Any]:
        """Every key of all screenings: a shown 0 is left out, a hidden one is listed.
        A scope of fewer than `threshold` screenings shows no breakdown at all."""
        screenings = table.shown((scope, "screenings"))
        if table.is_small((scope, "screenings")):
            return {"screenings": screenings, "breakdown": "withheld", "sets": [],
                    "indicators": {}, "urgent_needs": {}, "referral_targets": {}}
        sets = []
        for set_id in sorted(every.screened):
            screened = table.shown((scope, "screened", set_id))
            if screened == 0:
                continue
            dims = {d: table.shown((scope, "dimensions", (s, d))) for (s, d) in every.dimensions if s == set_id}
            sets.append({
                "set": set_id,
                "screened": screened,
                "verdicts": {v: table.shown((scope, "verdict", set_id, v)) for v in VERDICTS},
                "dimensions": _ordered(dims),
            })
        out: dict[str, Any] = {"screenings": screenings, "breakdown": "shown", "sets": sets}
        for stat in ("indicators", "urgent_needs", "referral_targets"):
            out[stat] = _ordered({key: table.shown((scope, stat, key)) for key in getattr(every, stat)})
        return out

    keys = group_order(result.by, result.groups)
    if result.by in ("need", "indicator", "target"):
        keys = sorted(keys, key=lambda k: (k == "none", _rank(table.shown((("group", k), "screenings"))), k))
    return {
        "kind": "screening-aggregate",
        "format_version": FORMAT_VERSION,
        "by": result.by,
        "min_cell": threshold,
        "all": scope_report("all"),
        "groups": [{"key": key, **scope_report(("group", key))} for key in keys],
    }


def _rank(shown: int | str) -> tuple[int, int]:
    return (0, -shown) if isinstance(shown, int) else (1, 0)


def _ordered(counts: dict[str, int | str]) -> dict[str, int | str]:
    """Largest first; withheld counts last, by name, so their order reveals nothing."""
    return dict(sorted(((k, v) for k, v in counts.items() if v != 0), key=lambda kv: (_rank(kv[1]), kv[0])))
