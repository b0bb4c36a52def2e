"""Benchmark suite: each figure is a ratio against a baseline measured in the same run.

    python tests/benchmarks/run.py            # the full run (100,000 notes), about 10 min
    python tests/benchmarks/run.py --quick    # 10,000 notes, for a quick look

Every figure is the median of at least 5 runs, each in a fresh Python process; the runs of
all figures are interleaved (round 1 of everything, then round 2, ...) so that other load
on the machine hits figure and baseline alike. Ratios carry across machines; absolute
times do not. Prints the machine, then a Markdown table for docs/performance.md; exits 1
when a measured figure misses its budget (a figure that cannot be measured yet is listed
as "not measured" with the reason and does not fail the run).

Not part of the test run: pytest collects only test_*.py, and no timing belongs in a test.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
ENV.pop("TEXTUAL", None)

FIRST_PAINT = r'''
async def first_paint(pilot):
    await pilot.pause()
    pilot.app.exit()
'''

BARE_APP = FIRST_PAINT + r'''
from textual.app import App
from textual.widgets import Footer, Header, Static

class Bare(App):
    def compose(self):
        yield Header()
        yield Static("Victim screening")
        yield Footer()

Bare().run(headless=True, size=(80, 24), auto_pilot=first_paint)
'''

# The real entry point (`screening` with no command), with Textual's run() told to be
# headless and to exit after the first paint. Nothing in the app knows it is measured.
SCREENING_APP = FIRST_PAINT + r'''
import sys
from textual.app import App

_run = App.run

def run(self, *args, **kwargs):
    kwargs.update(headless=True, size=(80, 24), auto_pilot=first_paint)
    return _run(self, *args, **kwargs)

App.run = run
from screening.cli.main import main
sys.exit(main([]))
'''

# Figures 7 and 8: where the user waits. The real entry point again, driven through start ->
# set-up -> consent -> the first question: the keys of each screen are sent as soon as it has
# appeared (no pilot sleeps: each key is followed only by waiting for the screen to process it),
# and the process exits once the question screen is there. The app refuses to start without a
# terminal (screening/cli/launch.py), so the app's children run on a pseudo-terminal; Textual itself
# still runs headless.
FIRST_QUESTION = r'''import sys, time, asyncio
from textual import events
from textual.app import App

async def to_first_question(pilot):
    app = pilot.app
    deadline = time.monotonic() + 30
    async def until(test):
        while not test():
            if time.monotonic() > deadline:
                raise SystemExit(f"stuck on {type(app.screen).__name__}")
            await asyncio.sleep(0.001)
        await pilot._wait_for_screen()
    def on(name):
        return lambda: type(app.screen).__name__ == name
    async def keys(*names):
        for name in names:
            app._driver.send_message(events.Key(name, name if len(name) == 1 else None))
            await pilot._wait_for_screen()
    await until(on("StartScreen"))
    await asyncio.sleep(float(sys.argv[1]) if len(sys.argv) > 1 else 0.0)  # reading the start screen
    await keys("enter")
    await until(on("SetupScreen"))
    await keys("enter")
    await until(lambda: getattr(app.focused, "id", None) == "choices")  # the list of choices is open
    await keys("down", "down", "down", "down", "enter")
    await until(lambda: app.screen.choices["age_band"] is not None)
    await keys("f6")
    await until(on("ConsentScreen"))
    await keys("y")
    await until(on("QuestionScreen"))
    app.exit()

_run = App.run
def run(self, *args, **kwargs):
    kwargs.update(headless=True, size=(80, 24), auto_pilot=to_first_question)
    return _run(self, *args, **kwargs)
App.run = run
from screening.cli.main import main
sys.exit(main([]))
'''

# 7b: the same with the start screen read for a second before Enter (the data loads meanwhile,
# screening/tui/app.py `preload`); the second is subtracted from the process's time.
READ_SECONDS = 1.0

# Its baseline: a bare Textual app that shows one screen with one question and its answers.
BARE_QUESTION = FIRST_PAINT + r'''
from textual.app import App
from textual.widgets import Footer, Header, RadioButton, RadioSet, Static

class Bare(App):
    def compose(self):
        yield Header()
        yield Static("Did the job turn out different from what was promised?")
        yield RadioSet(*(RadioButton(label) for label in ("yes", "no", "don't know", "declined")))
        yield Footer()

Bare().run(headless=True, size=(80, 24), auto_pilot=first_paint)
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
    for i in range(100):  # move, choose, move, choose...: every press changes what is shown
        await pilot.press("enter" if i % 2 else "down")
    await pilot.pause()
    print(f"{time.perf_counter() - start:.6f}")
    pilot.app.exit()

Bare().run(headless=True, size=(80, 24), auto_pilot=press)
'''

SCORE = r'''
import random, time
from screening.catalog.data import load_catalog
from screening.engine.score import score

catalog = load_catalog()
sets = [catalog.sets["ilo-adult-labour"], catalog.sets["ilo-adult-sexual"]]
rng = random.Random(8)
answers = ("yes", "no", "unknown", "declined")
# A full ILO adult screening: every indicator of one ILO 2009 adult set answered at random
# (labour and sexual exploitation in turn), scored once. The answers are drawn before timing.
screenings = [(s, {i.id: rng.choice(answers) for i in s.indicators}) for s in (sets * 5_000)]
start = time.perf_counter()
for indicator_set, given in screenings:
    score(indicator_set, given)
print(f"{time.perf_counter() - start:.6f}")
'''


PARSE_NOTES = r'''
import json, sys
from pathlib import Path
# Only parsing, with plain json.load: the same files (every *.json under the folder), each
# opened and parsed. No code of this project runs here.
for path in sorted(Path(sys.argv[1]).rglob("*.json")):
    with open(path, "rb") as handle:
        json.load(handle)
'''

WRITE_NOTES = r'''
import sys
sys.path.insert(0, sys.argv[3])
from notes_factory import write_notes
write_notes(__import__("pathlib").Path(sys.argv[1]), int(sys.argv[2]), seed=8)
'''


@dataclass
class Timing:
    """One child process: wall seconds, peak resident memory (KiB), what it printed."""

    seconds: float
    peak_kib: int
    stdout: str


def child(args: list[str], timeout: float = 1800) -> Timing:
    """Run a child; its wall time and what it printed."""
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV, cwd=ROOT)
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    elapsed = time.perf_counter() - start
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:4])} exited {process.returncode}: {err.decode(errors='replace')[-1500:]}")
    return Timing(elapsed, 0, out.decode(errors="replace"))


def child_with_memory(args: list[str], terminal: bool = False) -> Timing:
    """Run a child; its wall time and its own peak RSS, from wait4 (not the max over all children).
    With `terminal`, its stdin, stdout and stderr are a pseudo-terminal (read in a thread)."""
    import pty
    import threading

    master = slave = None
    streams: dict = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE}
    if terminal:
        master, slave = pty.openpty()
        streams = {"stdin": slave, "stdout": slave, "stderr": slave}
    start = time.perf_counter()
    process = subprocess.Popen(args, env=ENV, cwd=ROOT, **streams)
    seen = bytearray()
    if terminal:
        os.close(slave)

        def drain() -> None:
            try:
                while chunk := os.read(master, 65536):
                    seen.extend(chunk)
            except OSError:
                pass

        reader = threading.Thread(target=drain, daemon=True)
        reader.start()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if terminal:
        reader.join(2)
        os.close(master)
        err = bytes(seen)
    else:
        err = process.stderr.read() if process.stderr else b""
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:4])} exited {process.returncode}: {err.decode(errors='replace')[-1500:]}")
    return Timing(elapsed, usage.ru_maxrss, "")


def python(code: str, *args: str) -> list[str]:
    return [sys.executable, "-c", code, *args]


def last_number(timing: Timing) -> float:
    return float(timing.stdout.strip().splitlines()[-1])


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    return (f"{model}, {os.cpu_count()} logical cores; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}; load average at start {load}")


@dataclass
class Figure:
    name: str
    baseline_name: str
    budget: float
    unit: str = "s"
    values: list[float] = field(default_factory=list)
    baselines: list[float] = field(default_factory=list)
    not_measured: str | None = None
    strictly_less: bool = False  # "less than" rather than "at most"

    def row(self) -> tuple[str, bool | None]:
        if self.not_measured or not self.values:
            return f"| {self.name} | not measured ({self.not_measured}) | {self.baseline_name} | – | ≤ {self.budget}× | – |", None
        value, base = statistics.median(self.values), statistics.median(self.baselines)
        ratio = value / base
        fmt = (lambda v: f"{v / 1024:.1f} MiB") if self.unit == "KiB" else (lambda v: f"{v:.3f} s")
        ok = ratio < self.budget if self.strictly_less else ratio <= self.budget
        budget = f"{'<' if self.strictly_less else '≤'} {self.budget}×"
        return f"| {self.name} | {fmt(value)} | {fmt(base)} ({self.baseline_name}) | {ratio:.2f}× | {budget} | {'yes' if ok else 'NO'} |", ok


@dataclass
class PairedFigure(Figure):
    """A figure whose ratio is the median of the per-round ratios (this round's value over
    this round's baseline), so that a slow round slows both sides of its own ratio."""

    def row(self) -> tuple[str, bool | None]:
        if self.not_measured or not self.values:
            return super().row()
        ratio = statistics.median(v / b for v, b in zip(self.values, self.baselines))
        value, base = statistics.median(self.values), statistics.median(self.baselines)
        ok = ratio < self.budget if self.strictly_less else ratio <= self.budget
        budget = f"{'<' if self.strictly_less else '≤'} {self.budget}×"
        return (f"| {self.name} | {value:.3f} s | {base:.3f} s ({self.baseline_name}) | {ratio:.2f}× "
                f"(median of per-round ratios) | {budget} | {'yes' if ok else 'NO'} |"), ok


def aggregate_available() -> str | None:
    """None when `screening aggregate` and the notes factory exist, else the reason."""
    if not (ROOT / "tests" / "coord" / "notes_factory.py").exists():
        return "tests/coord/notes_factory.py not merged yet"
    done = subprocess.run([sys.executable, "-m", "screening", "aggregate", "--help"], capture_output=True, env=ENV, cwd=ROOT)
    return None if done.returncode == 0 else "`screening aggregate` not merged yet"


def answer_available() -> str | None:
    try:
        done = subprocess.run(python("import screening.tui.screens.question, tests.tui.helpers"), capture_output=True, env=ENV, cwd=ROOT)
    except OSError as exc:
        return str(exc)
    return None if done.returncode == 0 else "the question screen (branch tui) is not merged yet"


def main() -> int:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # still remove the generated notes
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per figure (default 7, at least 5)")
    parser.add_argument("--notes", type=int, default=None, help="generated notes to aggregate (default 100,000; 10,000 with --quick)")
    parser.add_argument("--quick", action="store_true", help="10,000 notes instead of 100,000")
    args = parser.parse_args()
    runs = max(5, args.runs)
    notes = args.notes or (10_000 if args.quick else 100_000)
    print(f"Machine: {machine()}", flush=True)

    start_time = Figure("1. cold start to first paint (headless)", "bare Textual app start", 1.3)
    start_memory = Figure("2. peak memory at first paint", "bare Textual app", 1.5, unit="KiB")
    answering = Figure("3. answer 100 questions (pilot)", "100 key presses, bare RadioSet app", 2.0)
    scoring = Figure("4. score 10,000 full ILO adult screenings", "one bare Textual app start", 1.0, strictly_less=True)
    validate = Figure("5. `screening validate` (all shipped data)", "bare Textual app start", 1.0)
    aggregating = PairedFigure(f"6. aggregate {notes:,} generated notes", "only parsing them with `json.load`", 1.5)
    waited = PairedFigure("7. start -> set-up -> consent -> first question", "bare app showing one question", 2.0)
    waited_read = PairedFigure(f"7b. the same, the start screen read for {READ_SECONDS:g} s (not counted)", "bare app showing one question", 2.0)
    waited_memory = Figure("8. peak memory at the first question", "bare app showing one question", 1.3, unit="KiB")
    figures = [start_time, start_memory, answering, scoring, validate, aggregating, waited, waited_read, waited_memory]

    answering.not_measured = answer_available()
    aggregating.not_measured = aggregate_available()
    folder = Path(tempfile.mkdtemp(prefix="screening-bench-"))
    try:
        if not aggregating.not_measured:
            began = time.perf_counter()
            child(python(WRITE_NOTES, str(folder), str(notes), str(ROOT / "tests" / "coord")), timeout=3600)
            print(f"({notes:,} notes generated in {time.perf_counter() - began:.0f} s)", flush=True)
        for round_ in range(1, runs + 1):
            # Which start runs first alternates by round: the first process of a round follows
            # the previous round's aggregate (100,000 files read), the second does not.
            if round_ % 2:
                bare = child_with_memory(python(BARE_APP))
                app = child_with_memory(python(SCREENING_APP), terminal=True)
            else:
                app = child_with_memory(python(SCREENING_APP), terminal=True)
                bare = child_with_memory(python(BARE_APP))
            start_time.values.append(app.seconds)
            start_time.baselines.append(bare.seconds)
            start_memory.values.append(app.peak_kib)
            start_memory.baselines.append(bare.peak_kib)
            if round_ % 2:
                bare_question = child_with_memory(python(BARE_QUESTION))
                first_question = child_with_memory(python(FIRST_QUESTION), terminal=True)
            else:
                first_question = child_with_memory(python(FIRST_QUESTION), terminal=True)
                bare_question = child_with_memory(python(BARE_QUESTION))
            waited.values.append(first_question.seconds)
            waited.baselines.append(bare_question.seconds)
            read_first = child_with_memory(python(FIRST_QUESTION, str(READ_SECONDS)), terminal=True)
            waited_read.values.append(read_first.seconds - READ_SECONDS)
            waited_read.baselines.append(bare_question.seconds)
            waited_memory.values.append(first_question.peak_kib)
            waited_memory.baselines.append(bare_question.peak_kib)
            scoring.values.append(last_number(child(python(SCORE))))
            scoring.baselines.append(bare.seconds)
            validate.values.append(child([sys.executable, "-m", "screening", "validate"]).seconds)
            validate.baselines.append(bare.seconds)
            if not answering.not_measured:
                answering.baselines.append(last_number(child(python(BARE_KEYS))))
                answering.values.append(last_number(child([sys.executable, str(HERE / "answer_questions.py")])))
            if not aggregating.not_measured:
                aggregating.baselines.append(child(python(PARSE_NOTES, str(folder))).seconds)
                aggregating.values.append(child([sys.executable, "-m", "screening", "aggregate", str(folder), "--format", "json"]).seconds)
            print(f"(round {round_} of {runs} done)", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    print(f"\nMedian of {runs} runs; load average at the end {load}\n")
    print("| figure | measured | baseline | ratio | budget | within budget |")
    print("| --- | --- | --- | --- | --- | --- |")
    missed = 0
    for figure in figures:
        line, ok = figure.row()
        print(line)
        missed += ok is False
    print(f"\n{missed} budget(s) missed" if missed else "\nall measured figures within budget")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
