"""Benchmark: the short interview against the full form, on every training vignette.

    python tests/benchmarks/short_interview.py

Each vignette is answered as its story says (`interview.answers`; a question the story gives
no sign of is answered "no"), with its set-up (age band, exploitation context), once through
the whole form in form order and once through the short interview (screening/engine/interview.py).
Prints a Markdown table for docs/performance.md: questions asked by each, and whether every
rated set that applies reaches the same verdict. Counts, not seconds: the figures do not
depend on the machine. Exits 1 when a budget is missed (issue 14): the same verdict on every
vignette, at most 40% of the full form's questions in total, a median of at most 35.

Not part of the test run (pytest collects only test_*.py); tests/training/
test_short_interview_vignettes.py checks the verdicts on every run.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from screening.catalog.data import load_catalog  # noqa: E402
from screening.engine.interview import run  # noqa: E402
from screening.engine.policy import choose_form  # noqa: E402
from screening.engine.session import Session, Setup  # noqa: E402
from screening.training import interview_walk  # noqa: E402

SHARE_BUDGET = 0.40
MEDIAN_BUDGET = 35


def compare(catalog, vignette) -> dict:
    """One vignette through the full form and the short interview (screening.training)."""
    walk = interview_walk(catalog, vignette)
    # The time the screener waits for the next question: the short interview alone, timed again.
    setup = Setup(age_band=vignette.age_band, exploitation_context=vignette.interview.exploitation_context)
    session = Session(choose_form(catalog, setup), setup)
    start = time.perf_counter()
    run(catalog, session, lambda q: vignette.interview.answers.get(q.id, "no"))
    seconds = time.perf_counter() - start
    return {
        "id": vignette.id, "full": len(walk.full), "short": len(walk.short),
        "full_verdicts": walk.full_verdicts, "short_verdicts": walk.short_verdicts,
        "ms_per_question": 1000 * seconds / max(len(walk.short), 1),
    }


def main() -> int:
    catalog = load_catalog()
    rows = [compare(catalog, v) for c in catalog.vignettes.values() if not c.id.startswith("example") for v in c.vignettes]
    print("| vignette | full form | short interview | share | same verdict per set |")
    print("| --- | ---: | ---: | ---: | --- |")
    for r in rows:
        same = r["full_verdicts"] == r["short_verdicts"]
        verdict_text = ", ".join(f"{k}: {v}" for k, v in r["short_verdicts"].items())
        print(f"| {r['id']} | {r['full']} | {r['short']} | {r['short'] / r['full']:.0%} | {'yes' if same else 'NO'} ({verdict_text}) |")
    full_total = sum(r["full"] for r in rows)
    short_total = sum(r["short"] for r in rows)
    median = statistics.median(r["short"] for r in rows)
    same_all = sum(r["full_verdicts"] == r["short_verdicts"] for r in rows)
    share = short_total / full_total
    print(f"| **total ({len(rows)} vignettes)** | {full_total} | {short_total} | {share:.0%} | {same_all}/{len(rows)} |")
    print()
    print(f"median questions asked: {median} (full form: {statistics.median(r['full'] for r in rows)})")
    print(f"engine time to pick the next question: median {statistics.median(r['ms_per_question'] for r in rows):.2f} ms")
    missed = []
    if same_all != len(rows):
        missed.append(f"same verdict on {same_all}/{len(rows)} vignettes (budget: all)")
    if share > SHARE_BUDGET:
        missed.append(f"{share:.0%} of the full form's questions (budget: ≤ {SHARE_BUDGET:.0%})")
    if median > MEDIAN_BUDGET:
        missed.append(f"median {median} questions (budget: ≤ {MEDIAN_BUDGET})")
    print("\n".join(["budgets missed:", *missed]) if missed else "all budgets met")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
