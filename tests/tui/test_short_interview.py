"""The short interview as a screener meets it: the core first, only questions that can still
change a result, the review when nothing can, F for the full form, and the results naming
the questions not asked (issue 14)."""

from __future__ import annotations

from screening.catalog.data import load_catalog
from screening.tui.app import make_app
from screening.tui.flow import not_asked
from screening.tui.screens.question import QuestionScreen
from screening.tui.screens.results import ResultsScreen
from screening.tui.screens.review import ReviewScreen
from tests.tui.helpers import screen_text, start_screening

CATALOG = load_catalog()


async def _answer_no_until_review(pilot, limit=200) -> int:
    app = pilot.app
    asked = 0
    while isinstance(app.screen, QuestionScreen) and asked < limit:
        await pilot.press("2")
        await pilot.pause()
        asked += 1
    return asked


async def test_all_no_asks_far_fewer_questions_than_the_form_and_ends_at_the_review():
    app = make_app(catalog=CATALOG, clock=lambda: 0.0)
    async with app.run_test(size=(100, 30)) as pilot:
        await start_screening(pilot, "25-59", full_form=False)
        session = app.session
        first = app.screen.question_id
        core = session.form.short_interview.core if session.form.short_interview else ()
        if core:
            assert first == core[0]
        asked = await _answer_no_until_review(pilot)
        assert isinstance(app.screen, ReviewScreen)
        visible = len(session.visible())
        assert asked == len(session.answers) < visible
        assert any("No other question can change the result" in n.message for n in app._notifications)
        # All 'no': every rated set must be settled at "no indication" by what was asked.
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        # The review's notice ("… then F6 for the results") has done its work: it no longer
        # covers the results (it stayed for its whole timeout, over the first set's verdict).
        assert not app._notifications
        text = screen_text(app.screen)
        assert f"{asked} questions asked" in text
        assert f"{len(not_asked(session))} not asked" in text


async def test_f_switches_to_the_full_form_and_keeps_the_answers():
    app = make_app(catalog=CATALOG, clock=lambda: 0.0)
    async with app.run_test(size=(100, 30)) as pilot:
        await start_screening(pilot, "25-59", full_form=False)
        await pilot.press("2")
        await pilot.pause()
        answered = dict(app.session.answers)
        await pilot.press("f")
        await pilot.pause()
        assert app.session.short is False
        assert app.session.answers == answered
        progress = str(app.screen.query_one("#progress").render())
        assert "Short interview" not in progress and progress.endswith("F: short interview")  # the way back is named
        await pilot.press("f")
        await pilot.pause()
        assert app.session.short is True


async def test_back_returns_to_the_previous_answer_in_the_short_interview():
    app = make_app(catalog=CATALOG, clock=lambda: 0.0)
    async with app.run_test(size=(100, 30)) as pilot:
        await start_screening(pilot, "25-59", full_form=False)
        first = app.screen.question_id
        await pilot.press("2")
        await pilot.pause()
        second = app.screen.question_id
        assert second != first
        await pilot.press("left")
        await pilot.pause()
        assert app.screen.question_id == first
        await pilot.press("1")  # change the answer: the interview goes on from there
        await pilot.pause()
        assert app.session.answers[first] == "yes"
