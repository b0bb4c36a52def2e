"""Benchmark suite: each figure is a ratio against a baseline measured in the same run.

Run from a checkout:  python tests/benchmarks/run.py [--runs 5] [--notes 100000]

Not part of the test run (pytest collects only test_*.py). Prints a Markdown table to
paste into docs/performance.md. Every figure is the median of --runs runs; the baseline
is measured in the same run on the same machine, so the ratios carry across machines
while the absolute times do not.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "TEXTUAL": ""}

BARE_APP = r'''
import resource, sys
from textual.app import App
from textual.widgets import Footer, Header, Static

class Bare(App):
    def compose(self):
        yield Header()
        yield Static("Victim screening")
        yield Footer()

async def first_paint(pilot):
    await pilot.pause()
    pilot.app.exit()

Bare().run(headless=True, size=(80, 24), auto_pilot=first_paint)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
'''

SCREENING_APP = r'''
import resource, sys
from screening.tui.app import make_app

async def first_paint(pilot):
    await pilot.pause()
    pilot.app.exit()

make_app().run(headless=True, size=(80, 24), auto_pilot=first_paint)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
'''

BARE_KEYS = r'''
import time
from textual.app import App
from textual.widgets import RadioButton, RadioSet

class Bare(App):
    def compose(self):
        yield RadioSet(*(RadioButton(label) for label in ("yes", "no", "don't know", "declined")))

async def press(pilot):
    await pilot.pause()
    start = time.perf_counter()
    for i in range(100):
        await pilot.press("down" if i % 2 else "up")
        await pilot.press("enter")
    await pilot.pause()
    print(time.perf_counter() - start)
    pilot.app.exit()

Bare().run(headless=True, size=(80, 24), auto_pilot=press)
'''


def run_python(code: str, *args: str) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=ENV, cwd=ROOT, timeout=600)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return elapsed, done.stdout.strip()


def median_of(runs: int, measure) -> float:
    return statistics.median(measure() for _ in range(runs))


def cold_start(runs: int) -> dict:
    bare_t, bare_m, app_t, app_m = [], [], [], []
    for _ in range(runs):  # interleaved, so drift hits both alike
        t, out = run_python(BARE_APP)
        bare_t.append(t)
        bare_m.append(int(out.splitlines()[-1]))
        t, out = run_python(SCREENING_APP)
        app_t.append(t)
        app_m.append(int(out.splitlines()[-1]))
    return {
        "bare_start_s": statistics.median(bare_t),
        "app_start_s": statistics.median(app_t),
        "bare_peak_kib": statistics.median(bare_m),
        "app_peak_kib": statistics.median(app_m),
    }


def score_10000(runs: int) -> float:
    code = r'''
import time
from screening.data import load_catalog
from screening.engine import score
catalog = load_catalog()
sets = [s for s in catalog.sets.values() if s.id.startswith("ilo-")]
answers = []
for n in range(10000):
    s = sets[n % len(sets)]
    answers.append((s, {i.id: ("yes", "no", "unknown", "declined")[(n + k) % 4] for k, i in enumerate(s.indicators)}))
start = time.perf_counter()
for s, a in answers:
    score(s, a)
print(time.perf_counter() - start)
'''
    return median_of(runs, lambda: float(run_python(code)[1].splitlines()[-1]))


def validate_all(runs: int) -> float:
    def once() -> float:
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "screening", "validate"], capture_output=True, env=ENV, cwd=ROOT)
        assert done.returncode == 0, done.stdout
        return time.perf_counter() - start
    return median_of(runs, once)


def answer_100(runs: int) -> dict | None:
    driver = ROOT / "tests" / "benchmarks" / "answer_questions.py"
    if not driver.exists():
        return None
    bare = median_of(runs, lambda: float(run_python(BARE_KEYS)[1].splitlines()[-1]))
    app = median_of(runs, lambda: float(run_python(driver.read_text())[1].splitlines()[-1]))
    return {"bare_100_keys_s": bare, "app_100_answers_s": app}


def aggregate(runs: int, notes: int) -> dict | None:
    if subprocess.run([sys.executable, "-m", "screening", "aggregate", "--help"], capture_output=True, env=ENV, cwd=ROOT).returncode != 0:
        return None
    example = json.loads((ROOT / "forms" / "examples" / "example-referral-note.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in range(notes):
            note = {**example, "note_id": f"{n:032x}", "month": f"2026-{n % 12 + 1:02d}", "age_band": ("<14", "14-17", "18-24", "25-59", "60+")[n % 5]}
            (folder / f"{n:06d}.json").write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
        parse_only = "import json, sys, pathlib\nfor p in sorted(pathlib.Path(sys.argv[1]).glob('*.json')):\n    json.loads(p.read_bytes())\nprint('ok')"

        def parse() -> float:
            return run_python(parse_only, str(folder))[0]

        def agg() -> float:
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "screening", "aggregate", str(folder), "--format", "json"], capture_output=True, env=ENV, cwd=ROOT)
            assert done.returncode == 0, done.stderr[-500:]
            return time.perf_counter() - start

        return {"parse_s": median_of(runs, parse), "aggregate_s": median_of(runs, agg)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--notes", type=int, default=100_000)
    args = parser.parse_args()
    runs = max(5, args.runs)

    start = cold_start(runs)
    rows = [
        ("cold start to first paint", start["app_start_s"], start["bare_start_s"], "bare Textual app start", 1.3),
        ("peak memory at first paint", start["app_peak_kib"], start["bare_peak_kib"], "bare Textual app", 1.5),
        ("score 10,000 ILO screenings", score_10000(runs), start["bare_start_s"], "bare Textual app start", 1.0),
        ("`screening validate` (all shipped data)", validate_all(runs), start["bare_start_s"], "bare Textual app start", 1.0),
    ]
    answered = answer_100(runs)
    if answered:
        rows.append(("answer 100 questions (pilot)", answered["app_100_answers_s"], answered["bare_100_keys_s"], "100 key presses on a bare RadioSet app", 2.0))
    aggregated = aggregate(runs, args.notes)
    if aggregated:
        rows.append((f"aggregate {args.notes:,} notes", aggregated["aggregate_s"], aggregated["parse_s"], "only parsing them", 1.5))

    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}, Python {platform.python_version()}; median of {runs} runs\n")
    print("| figure | measured | baseline | ratio | budget | within |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, value, base, base_name, budget in rows:
        unit = "KiB" if "memory" in name else "s"
        ratio = value / base
        fmt = (lambda v: f"{v:,.0f} {unit}") if unit == "KiB" else (lambda v: f"{v:.3f} {unit}")
        print(f"| {name} | {fmt(value)} | {fmt(base)} ({base_name}) | {ratio:.2f}× | ≤ {budget}× | {'yes' if ratio <= budget else 'NO'} |")
    if not answered:
        print("\n(answer 100 questions: tests/benchmarks/answer_questions.py not present yet)")
    if not aggregated:
        print("\n(aggregate: `screening aggregate` not available yet)")


if __name__ == "__main__":
    main()
