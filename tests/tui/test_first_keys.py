"""The first Enter on every screen does the obvious thing at 80×24, and consent takes a
deliberate key (Y/1/Н agrees, N/2/Т does not) that works in every keyboard layout."""

from __future__ import annotations

import pytest
from textual.widgets import Button, DataTable, OptionList, Select

from screening.tui.app import make_app
from screening.tui.screens.consent import ConsentScreen
from screening.tui.screens.note import NoteScreen
from screening.tui.screens.question import QuestionScreen
from screening.tui.screens.results import ResultsScreen
from screening.tui.screens.review import ReviewScreen
from screening.tui.screens.setup import SetupScreen
from screening.tui.screens.start import StartScreen

from tests.tui.fixtures import catalog  # noqa: F401  (pytest fixtures)
from tests.tui.helpers import AGE_INDEX


async def _to_consent(pilot, age_band: str = "25-59") -> None:
    """New screening -> set-up, driven only by Enter and arrows from the initial focus."""
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, SetupScreen)
    assert pilot.app.focused.id == "age_band"  # the one field without a default
    await pilot.press("enter")  # opens the age list
    for _ in range(AGE_INDEX[age_band]):
        await pilot.press("down")
    await pilot.press("enter")
    await pilot.pause()
    assert pilot.app.screen.choices["age_band"] == age_band
    for _ in range(3):  # context, oblast, Continue
        await pilot.press("tab")
    assert pilot.app.focused.id == "continue"
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ConsentScreen)


async def test_setup_reached_by_keys_only_and_enter_on_consent_text_needs_a_second_decision(catalog):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await _to_consent(pilot)
        assert app.focused.id == "consent"  # the text, not a button: a double Enter records nothing
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConsentScreen)
        assert isinstance(app.focused, Button) and app.focused.id == "agree"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)


async def test_f6_continues_from_the_age_band_and_not_without_one(catalog):
    app = make_app(catalog=catalog, language="uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        await pilot.press("f6")  # no age band yet: stays, says so, focus on the age band
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen) and app.focused.id == "age_band"
        assert [n.message for n in app._notifications] == ["Спершу оберіть вікову групу."]
        await pilot.press("enter", "down", "down", "enter")  # the list opens on the blank prompt; two down: 14-17
        await pilot.pause()
        assert app.focused.id == "age_band"
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, ConsentScreen)
        assert app.pending_setup.age_band == "14-17"


@pytest.mark.parametrize("key", ["y", "1", "н"])
async def test_agree_keys_in_every_layout(catalog, key):
    app = make_app(catalog=catalog, language="uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await _to_consent(pilot)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert app.session is not None


@pytest.mark.parametrize("key", ["n", "2", "т"])
async def test_refuse_keys_in_every_layout_end_without_record(catalog, key):
    app = make_app(catalog=catalog, language="ru")
    async with app.run_test(size=(80, 24)) as pilot:
        await _to_consent(pilot)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert app.session is None and app.pending_setup is None


async def test_consent_footer_names_the_keys(catalog):
    app = make_app(catalog=catalog, language="uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await _to_consent(pilot)
        shown = {b.key_display: b.description for _, b, _, _ in app.screen.active_bindings.values() if b.show}
        assert shown["Y/1"] == "Погоджується" and shown["N/2"] == "Немає згоди"


async def test_review_results_and_note_start_where_the_work_is(catalog):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await _to_consent(pilot)
        await pilot.press("y")
        await pilot.press("f")  # the full form: every question in order
        for key in "1111":
            await pilot.press(key)
            await pilot.pause()
        await pilot.press("escape")  # the urgent modal after a-violence
        await pilot.press("1")       # the last question: then the review opens
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert isinstance(app.focused, DataTable)
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        area = app.screen.query_one("#results")
        assert app.focused is area  # so the keys scroll a result longer than the screen
        await pilot.press("pagedown")
        await pilot.pause()
        assert area.scroll_y > 0
        await pilot.press("enter")  # the obvious next step: the referral note
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        assert isinstance(app.focused, Select) and app.focused.id == "consent"


async def test_start_and_training_menu_focus_their_lists(catalog):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.focused, OptionList) and app.focused.id == "menu"
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "tr-menu"


async def test_enter_in_the_path_field_exports(catalog, tmp_path):
    from textual.widgets import Input

    from tests.tui.test_note_screen import fill, status, to_note

    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_note(pilot)
        target = tmp_path / "note.md"
        await fill(pilot, str(target))
        app.screen.query_one("#path", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert target.exists() and "Saved to" in status(app)


async def test_the_urgent_dialog_opens_with_its_title_in_view(catalog):
    from textual.containers import VerticalScroll

    from screening.tui.screens.urgent import UrgentScreen

    app = make_app(catalog=catalog, language="uk")  # the longer texts: the dialog must scroll
    async with app.run_test(size=(80, 24)) as pilot:
        await _to_consent(pilot)
        await pilot.press("y", "f", "2", "2", "y")  # the full form; a-violence yes
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, UrgentScreen)
        assert isinstance(app.focused, OptionList)
        area = app.screen.query_one(VerticalScroll)
        assert area.max_scroll_y > 0 and area.scroll_y == 0
