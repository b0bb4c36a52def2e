"""Every training vignette, answered as its story says, reaches the same verdict per set in the
short interview as through the whole form (issue 14), through the same core function the
trainer's practice screen shows. The question counts are measured in
tests/benchmarks/short_interview.py, not here."""

from __future__ import annotations

import pytest

from screening.catalog.data import load_catalog
from screening.training import interview_walk

CATALOG = load_catalog()
VIGNETTES = [v for c in CATALOG.vignettes.values() if not c.id.startswith("example") for v in c.vignettes]


@pytest.mark.parametrize("vignette", VIGNETTES, ids=lambda v: v.id)
def test_short_interview_reaches_the_full_forms_verdict(vignette):
    walk = interview_walk(CATALOG, vignette)
    assert walk is not None, "every shipped vignette carries an interview"
    assert walk.short_verdicts == walk.full_verdicts and walk.same_verdicts, vignette.id
    assert walk.full_verdicts, "at least one rated set applies"
    assert len(walk.short) < len(walk.full), "the short interview asked every question"
    # The short interview asks only questions of the form, each once.
    assert len(set(walk.short)) == len(walk.short) and set(walk.short) <= set(walk.full) | {q.id for _, q in choose(vignette).questions()}


def choose(vignette):
    from screening.engine.policy import choose_form
    from screening.engine.session import Setup

    return choose_form(CATALOG, Setup(age_band=vignette.age_band, exploitation_context=vignette.interview.exploitation_context))


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
def test_the_practice_comparison_tells_the_trainee_what_the_short_interview_asks(language):
    from screening.training import practice_result
    from screening.tui.training.report import comparison

    vignette = next(v for v in VIGNETTES if v.id == "displaced-warehouse-worker-not-trafficking")
    walk = interview_walk(CATALOG, vignette)
    text = comparison(CATALOG, vignette, practice_result(CATALOG, vignette, {}), language).plain
    counts = {"en": f"{len(walk.short)} of the {len(walk.full)} questions", "uk": f"{len(walk.short)} з {len(walk.full)} питань",
              "ru": f"{len(walk.short)} из {len(walk.full)} вопросов"}[language]
    assert counts in text
