"""Whole screenings driven by keys, as a screener would, with hand-worked results."""

from __future__ import annotations

from screening.tui.app import make_app
from screening.tui.screens.question import QuestionScreen
from screening.tui.screens.results import ResultsScreen
from screening.tui.screens.review import ReviewScreen
from screening.tui.screens.urgent import UrgentScreen

from tests.tui.fixtures import catalog  # noqa: F401  (pytest fixtures)
from tests.tui.helpers import question_text, screen_text, start_screening


async def test_whole_adult_screening(catalog):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_screening(pilot, "25-59")
        assert app.session.form.id == "test-adult"
        progress = str(app.screen.query_one("#progress").render())
        # a-pay is shown only after a-job is answered yes or don't know
        assert "Section 1 of 3" in progress and "Question 1 of 2" in progress
        assert "promised" in question_text(app)
        await pilot.press("1")   # a-job yes
        await pilot.pause()
        assert "Question 2 of 3" in str(app.screen.query_one("#progress").render())
        await pilot.press("y")   # a-hours yes
        await pilot.press("н")   # a-pay yes (Cyrillic layout, same key as y)
        await pilot.pause()
        assert "Section 2 of 3" in str(app.screen.query_one("#progress").render())
        await pilot.press("y")   # a-violence yes: urgent
        await pilot.pause()
        assert isinstance(app.screen, UrgentScreen)
        needs = app.screen.query_one("#urgent-needs")
        prompts = [str(needs.get_option_at_index(i).prompt) for i in range(needs.option_count)]
        assert "[ ] Immediate danger" in prompts[0]
        await pilot.press("space")  # mark it
        await pilot.pause()
        assert str(needs.get_option_at_index(0).prompt).startswith("[x] Immediate danger")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert "OBSERVE, DON'T ASK" in str(app.screen.query_one("#mode").render())
        await pilot.press("4")   # a-displaced: declined
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert app.session.answers == {"a-job": "yes", "a-hours": "yes", "a-pay": "yes", "a-violence": "yes", "a-displaced": "declined"}
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        text = screen_text(app.screen)
        assert "Strong indicators of trafficking found" in text
        assert "Immediate danger" in text  # the urgent need marked in the triage
        assert "Danger answers: 1" in text
        # the unrated context list gives counts, never a verdict
        context = [w for w in app.screen.query(".set-result.unrated")]
        assert len(context) == 1 and "Observed indicators" in str(context[0].render())
        assert "is a victim" not in text.replace("never decides that a person is a victim", "")


async def test_whole_child_screening(catalog):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_screening(pilot, "14-17")
        assert app.session.form.id == "test-child"
        assert app.session.setup.is_child
        for key in ("y", "т", "y"):  # c-promise yes, c-work no (Cyrillic n), c-school yes
            await pilot.press(key)
        await pilot.pause()
        assert "OBSERVE" in str(app.screen.query_one("#mode").render())
        await pilot.press("u")   # c-alone: don't know
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert app.session.answers == {"c-promise": "yes", "c-work": "no", "c-school": "yes", "c-alone": "unknown"}
        await pilot.press("f6")
        await pilot.pause()
        text = screen_text(app.screen)
        # deceptive recruitment present (strong + medium); exploitation: only 1 medium -> not present
        assert "Some indicators of trafficking found" in text
        assert "What could change the result" in text
        # open indicators of the missing dimension are follow-ups; ones answered 'no' are not
        assert "Excessive working days or hours [not answered]" in text
        assert "Low or no pay [" not in text


async def test_back_and_edit_in_review_and_skip_logic_clearing(catalog):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_screening(pilot, "18-24")
        await pilot.press("y", "y", "y")  # a-job, a-hours, a-pay
        await pilot.pause()
        assert "hurt you" in question_text(app)
        await pilot.press("left")  # back to a-pay
        await pilot.pause()
        assert "paid less" in question_text(app)
        assert "yes" in str(app.screen.query_one("#current").render())
        await pilot.press("2")  # change a-pay to no
        await pilot.press("right")  # skip a-violence
        await pilot.press("y")  # a-displaced yes -> review
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        table = app.screen.query_one("#answers")
        assert table.row_count == 5
        assert "1 not answered" in str(app.screen.query_one("#review-summary").render())
        # change a-job to 'no' in the review: a-pay disappears and its answer is cleared
        table.move_cursor(row=0)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down")  # 1. yes -> 2. no
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert app.session.answers == {"a-job": "no", "a-hours": "yes", "a-displaced": "yes"}
        assert table.row_count == 4
        assert "low-or-no-salary" not in "".join(app.session.indicator_answers())


async def test_jump_to_section_and_why_toggle(catalog):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_screening(pilot)
        why = app.screen.query_one("#why")
        assert not why.display
        await pilot.press("f2")
        await pilot.pause()
        assert why.display and "Why this is asked" in str(why.render())
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("down", "down", "enter")  # third section
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert "Section 3 of 3" in str(app.screen.query_one("#progress").render())


async def test_no_consent_leaves_nothing(catalog):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        app.screen.choices["age_band"] = "25-59"
        app.screen.submit()
        await pilot.pause()
        assert app.pending_setup is not None
        app.screen.query_one("#refuse").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.session is None and app.pending_setup is None and not app.has_data()
        assert type(app.screen).__name__ == "StartScreen"
