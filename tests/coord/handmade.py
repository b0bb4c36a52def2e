"""Hand-made notes for the golden aggregate tests, small enough to count on paper.

Six notes (see test_aggregate_golden.py for the counts worked out by hand):

| note | month   | oblast  | age   | set-a (verdict, dims, indicators)   | set-b          | needs            | targets          |
| N1   | 2026-10 | UA-12   | 25-59 | strong, [a1, a2], [ia1, ia2]        | -              | danger           | emerg            |
| N2   | 2026-10 | UA-12   | 18-24 | some, [a1], [ia1]                   | -              | -                | -                |
| N3   | 2026-10 | UA-46   | 25-59 | no, [], []                          | -              | -                | -                |
| N4   | 2026-11 | null    | <14   | some, [a1], [ia1]                   | unrated, [b1], [ib1] | danger     | emerg, shelter   |
| N5   | 2026-11 | UA-12   | 25-59 | -                                   | unrated, [], []| -                | -                |
| N6   | 2026-10 | abroad  | 60+   | strong, [a1, a2], [ia1, ia2]        | -              | danger, medical  | emerg            |
"""

from __future__ import annotations

import json
from pathlib import Path

SHA = "0" * 64


def note(n: int, month: str, oblast: str | None, age: str, results: list, needs: list[str], targets: list[str]) -> dict:
    return {
        "kind": "referral-note",
        "schema_version": 1,
        "note_id": f"{n:032x}",
        "month": month,
        "age_band": age,
        "oblast": oblast,
        "screener_role": "social-worker",
        "language": "en",
        "consent_to_refer": True,
        "results": [
            {"set": s, "verdict": v, "could_change": False, "dimensions_present": dims, "indicators_present": [{"id": i, "label": i.upper()} for i in inds]}
            for s, v, dims, inds in results
        ],
        "urgent_needs": needs,
        "police_involvement": "not-asked",
        "referral_targets": [{"service": t, "name": t.title(), "contact": None, "reason": "test"} for t in targets],
        "data_versions": [{"id": "set-a", "version": "1.0.0", "sha256": SHA}],
        "free_text": None,
    }


def a(verdict, dims, inds):
    return ("set-a", verdict, dims, inds)


def b(dims, inds):
    return ("set-b", None, dims, inds)


SIX = [
    note(1, "2026-10", "UA-12", "25-59", [a("strong-indication", ["a1", "a2"], ["ia1", "ia2"])], ["danger"], ["emerg"]),
    note(2, "2026-10", "UA-12", "18-24", [a("some-indication", ["a1"], ["ia1"])], [], []),
    note(3, "2026-10", "UA-46", "25-59", [a("no-indication", [], [])], [], []),
    note(4, "2026-11", None, "<14", [a("some-indication", ["a1"], ["ia1"]), b(["b1"], ["ib1"])], ["danger"], ["emerg", "shelter"]),
    note(5, "2026-11", "UA-12", "25-59", [b([], [])], [], []),
    note(6, "2026-10", "abroad", "60+", [a("strong-indication", ["a1", "a2"], ["ia1", "ia2"])], ["danger", "medical"], ["emerg"]),
]


def write(folder: Path, notes: list[dict]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for item in notes:
        (folder / f"{item['note_id']}.json").write_text(json.dumps(item), encoding="utf-8")
    return folder


def months(spec: dict[str, int], start: int = 100) -> list[dict]:
    """Notes with nothing but a month, `count` of each: for suppression at the boundaries."""
    out, n = [], start
    for month, count in spec.items():
        for _ in range(count):
            out.append(note(n, month, "UA-12", "25-59", [a("no-indication", [], [])], [], []))
            n += 1
    return out
