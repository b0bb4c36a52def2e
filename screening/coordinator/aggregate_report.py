"""The three renderings of an aggregate's publishable report: table, JSON, CSV.

Everything printed goes through `build_report` (screening/coordinator/aggregate.py), which applies small-cell suppression
once, so no output format can show a count that another hides. A count is an int, the
string `<N` (fewer than N: 1 to N-1, or 0 where a 0 would tell something about fewer
than N people) or `*` (withheld so that a `<N` cell cannot be worked out by
subtraction; at least N). Shown zero counts are left out of the per-id maps (absent =
0); hidden zeros are listed as `<N`. A group of fewer than N screenings shows its count
and no breakdown (`"breakdown": "withheld"`).
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from screening.coordinator.aggregate import FORMAT_VERSION, build_report  # noqa: F401  (the report's one import place)
from screening.coordinator.small_cells import WITHHELD

CSV_COLUMNS = ("by", "group", "statistic", "set", "key", "count")
ALL = "(all)"
TITLES = {
    "month": "month", "oblast": "oblast", "age_band": "age band", "verdict": "strongest verdict",
    "need": "urgent need", "indicator": "indicator present", "target": "referral target",
}


def report_json(report: dict[str, Any]) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2)


def report_csv(report: dict[str, Any]) -> str:
    """One row per count, long format: by, group, statistic, set, key, count."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    by = report["by"]
    for group, scope in [(ALL, report["all"])] + [(g["key"], g) for g in report["groups"]]:
        writer.writerow((by, group, "screenings", "", "", scope["screenings"]))
        if scope["breakdown"] == "withheld":
            writer.writerow((by, group, "breakdown", "", "", "withheld"))
        for entry in scope["sets"]:
            writer.writerow((by, group, "screened", entry["set"], "", entry["screened"]))
            for verdict, count in entry["verdicts"].items():
                writer.writerow((by, group, "verdict", entry["set"], verdict, count))
            for dim, count in entry["dimensions"].items():
                writer.writerow((by, group, "dimension", entry["set"], dim, count))
        for stat, name in (("indicators", "indicator"), ("urgent_needs", "urgent_need"), ("referral_targets", "referral_target")):
            for key, count in scope[stat].items():
                writer.writerow((by, group, name, "", key, count))
    return out.getvalue()


def report_table(report: dict[str, Any], width: int = 80, bar_char: str = "#", top: int = 20) -> str:
    """Plain text for a terminal: bar charts, no colour, at most `width` columns.

    Indicators are many (over 300 across the shipped sets): the table shows the `top`
    most frequent and says how many more the JSON and CSV outputs list.
    """
    t = report["min_cell"]
    lines: list[str] = []
    if t > 1:
        lines += [f"Counts under {t} are shown as <{t} (zeros too, where the whole they are part of", f"is under {t}); {WITHHELD} marks a count of {t} or more withheld so that no <{t} count", "can be worked out from the others.", ""]
    every = report["all"]
    title = f"Screenings by {TITLES[report['by']]}"
    if report["by"] in ("need", "indicator", "target"):
        title += " (a screening can be in several groups)"
    lines += _chart(title, [(g["key"], g["screenings"]) for g in report["groups"]], ("all screenings", every["screenings"]), width, bar_char)
    if every["breakdown"] == "withheld":
        return "\n".join(lines + ["", f"Fewer than {t} screenings in all: no breakdown is shown."])
    if every["sets"]:
        lines += ["", "Verdicts per indicator set (all screenings)"]
        head = f"{'set':<26}{'screened':>9}{'strong':>9}{'some':>9}{'none':>9}{'unrated':>9}"
        lines += [head, "-" * len(head)]
        for entry in every["sets"]:
            v = entry["verdicts"]
            lines.append(f"{_cut(entry['set'], 25):<26}{_fmt(entry['screened']):>9}" + "".join(
                f"{_fmt(v[k]):>9}" for k in ("strong-indication", "some-indication", "no-indication", "unrated")))
        dims = [(f"{e['set']}: {d}", c) for e in every["sets"] for d, c in e["dimensions"].items()]
        lines += [""] + _chart("Dimensions present (all screenings)", dims, None, width, bar_char)
    for stat, name in (("indicators", "Indicators present"), ("urgent_needs", "Urgent needs"), ("referral_targets", "Referral targets")):
        rows = list(every[stat].items())
        shown = rows[:top] if stat == "indicators" and top else rows
        lines += [""] + _chart(f"{name} (all screenings)", shown, None, width, bar_char)
        if len(shown) < len(rows):
            lines.append(f"... and {len(rows) - len(shown)} more (--format csv or json lists them all)")
    return "\n".join(lines)


def _chart(title: str, rows: list[tuple[str, int | str]], total: tuple[str, int | str] | None, width: int, bar_char: str) -> list[str]:
    lines = [title, "-" * min(len(title), width)]
    if not rows:
        return lines + ["(none)"]
    label_w = min(max(len(k) for k, _ in rows + ([total] if total else [])), width // 2 - 2)
    count_w = max(6, *(len(_fmt(c)) for _, c in rows))
    bar_w = max(width - label_w - count_w - 3, 5)
    top = max((c for _, c in rows if isinstance(c, int)), default=0)
    for key, count in rows:
        bar = bar_char * max(1, round(bar_w * count / top)) if isinstance(count, int) and count and top else ""
        lines.append(f"{_cut(key, label_w):<{label_w}} {_fmt(count):>{count_w}} {bar}".rstrip())
    if total:
        lines.append(f"{_cut(total[0], label_w):<{label_w}} {_fmt(total[1]):>{count_w}}")
    return lines


def _fmt(count: int | str) -> str:
    return f"{count:,}" if isinstance(count, int) else count


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "~"
