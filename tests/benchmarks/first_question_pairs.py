"""Figures 7, 7b and 8 alone (start to the first question against a bare one-question app),
without the rest of run.py: a quick check after a change to the start-up path.

    python tests/benchmarks/first_question_pairs.py [ROUNDS]

Each round runs the bare app, the app with keys sent as each screen appears, and the app with
the start screen read for a second (not counted); it prints the three ratios per round
(7, 7b, 8), then the medians of the per-round ratios.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run as harness  # noqa: E402  (tests/benchmarks/run.py: the same child programs)


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    rows = []
    print("round  7 (time)  7b (read 1 s)  8 (memory)  app s  bare s  app MiB  bare MiB")
    for round_ in range(1, rounds + 1):
        bare = harness.child_with_memory(harness.python(harness.BARE_QUESTION))
        app = harness.child_with_memory(harness.python(harness.FIRST_QUESTION), terminal=True)
        read = harness.child_with_memory(harness.python(harness.FIRST_QUESTION, str(harness.READ_SECONDS)), terminal=True)
        row = (app.seconds / bare.seconds, (read.seconds - harness.READ_SECONDS) / bare.seconds, app.peak_kib / bare.peak_kib)
        rows.append(row)
        print(f"{round_:5d}  {row[0]:8.2f}×  {row[1]:12.2f}×  {row[2]:9.2f}×  {app.seconds:5.2f}  {bare.seconds:6.2f}"
              f"  {app.peak_kib / 1024:7.1f}  {bare.peak_kib / 1024:8.1f}", flush=True)
    medians = [statistics.median(r[i] for r in rows) for i in range(3)]
    print(f"median of per-round ratios: 7 {medians[0]:.2f}×, 7b {medians[1]:.2f}×, 8 {medians[2]:.2f}× (budgets ≤ 2×, ≤ 2×, ≤ 1.3×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
