"""From the review, G (П in the Cyrillic layouts) shows the selected question in the question
screen; F5 there is the one key back to the review."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from screening.tui.app import make_app
from screening.tui.screens.question import QuestionScreen
from screening.tui.screens.review import ReviewScreen

from tests.tui.fixtures import catalog  # noqa: F401  (pytest fixtures)
from tests.tui.helpers import question_text, start_screening


@pytest.mark.parametrize("key", ["g", "п"])
async def test_go_to_the_selected_question_and_back(catalog, key):
    app = make_app(catalog=catalog, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await start_screening(pilot)
        await pilot.press("1", "1", "1")  # a-job, a-hours, a-pay: yes
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("down")  # row 2: a-hours
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert len([s for s in app.screen_stack if isinstance(s, QuestionScreen)]) == 1  # no second copy
        assert "long days" in question_text(app)
        await pilot.press("2")  # a-hours: no
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        table = app.screen.query_one("#answers", DataTable)
        assert str(table.get_cell("a-hours", "a")) == "no"


async def test_go_to_question_when_the_review_was_opened_from_the_results(catalog):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_screening(pilot)
        app.reset_to(ReviewScreen())  # reached with no question screen below (palette, results)
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert "promised" in question_text(app)


async def test_the_numbers_of_change_answer_choose(catalog):
    from screening.tui.screens.review import ChangeAnswerScreen

    from tests.tui.walk import with_session

    app = make_app(catalog=catalog, language="uk")
    async with app.run_test(size=(80, 24)) as pilot:
        with_session(app)  # a-hours: yes
        app.push_screen(ReviewScreen())
        await pilot.pause()
        await pilot.press("down", "enter")  # row 2: a-hours
        await pilot.pause()
        assert isinstance(app.screen, ChangeAnswerScreen)
        await pilot.press("2")  # "2. ні"
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen) and app.session.answers["a-hours"] == "no"
        await pilot.press("enter", "5")  # "5. clear the answer"
        await pilot.pause()
        assert "a-hours" not in app.session.answers


@pytest.mark.parametrize("width", [80, 120])
async def test_the_question_column_uses_the_width_and_marks_a_cut(catalog, width):
    from tests.tui.walk import visible_text, with_session

    app = make_app(catalog=catalog, language="uk")
    async with app.run_test(size=(width, 24)) as pilot:
        with_session(app)
        app.push_screen(ReviewScreen())
        await pilot.pause()
        text = visible_text(app)
    longest = "Чи платять вам менше, ніж домовлялися, або не платять зовсім?"  # 61 characters
    if width == 120:
        assert longest in text
    else:
        assert longest not in text and "Чи платять вам менше, ніж домовлялися, або…" in text
