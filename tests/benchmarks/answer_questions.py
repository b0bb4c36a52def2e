"""Figure 3 driver: answer 100 questions through the pilot, as a screener would, and time it.

Run by tests/benchmarks/run.py in a fresh process; prints the seconds the 100 answers took
(last line). The form is made up for the benchmark only (100 questions in 5 sections, each
mapped to one indicator of the ILO adult sets; no skip logic, no urgent questions), so the
figure does not change when the shipped forms do. The keys are the documented answer keys
of the question screen: 1 yes, 2 no, 3 don't know, 4 declined.

Not collected by pytest (the name does not start with test_).
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from screening.catalog.data import Catalog, load_catalog  # noqa: E402
from screening.models import Questionnaire  # noqa: E402
from screening.tui.app import make_app  # noqa: E402
from screening.tui.screens.question import QuestionScreen  # noqa: E402
from tests.tui.helpers import start_screening  # noqa: E402
from screening.catalog.typed import validate_python

QUESTIONS = 100
KEYS = ("1", "2", "3", "4")
SETS = ("ilo-adult-labour", "ilo-adult-sexual")


def _text(n: int) -> dict[str, str]:
    return {"en": f"Benchmark question {n}?", "uk": f"Тестове питання {n}?", "ru": f"Тестовый вопрос {n}?"}


def benchmark_catalog() -> Catalog:
    base = load_catalog()
    indicators = [i.id for s in SETS for i in base.sets[s].indicators][:QUESTIONS]
    sections = [
        {
            "id": f"part-{k + 1}",
            "title": {"en": f"Part {k + 1}", "uk": f"Частина {k + 1}", "ru": f"Часть {k + 1}"},
            "mode": "ask",
            "questions": [
                {"id": f"q{n:03d}", "text": _text(n), "why": _text(n), "indicators": [indicators[n]]}
                for n in range(k * 20, k * 20 + 20)
            ],
        }
        for k in range(QUESTIONS // 20)
    ]
    form = validate_python(Questionnaire, {
        "kind": "questionnaire", "id": "benchmark-adult", "version": "0.0.1",
        "title": {"en": "Benchmark form", "uk": "Тестова форма", "ru": "Тестовая форма"},
        "population": "adult", "sets": list(SETS), "sections": sections,
    })
    return Catalog(sets=base.sets, questionnaires={form.id: form}, directories=base.directories, vignettes=base.vignettes, hashes=base.hashes)


async def main() -> float:
    app = make_app(catalog=benchmark_catalog(), clock=lambda: 0.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_screening(pilot, "25-59")
        assert isinstance(app.screen, QuestionScreen), type(app.screen).__name__
        start = time.perf_counter()
        for n in range(QUESTIONS):
            await pilot.press(KEYS[n % len(KEYS)])
        await pilot.pause()
        elapsed = time.perf_counter() - start
        answered = len(app.session.answers)
        assert answered == QUESTIONS, f"{answered} answers recorded; expected {QUESTIONS}"
        await pilot.press("ctrl+q")
    return elapsed


if __name__ == "__main__":
    print(f"{asyncio.run(main()):.6f}")
