"""The set-up screen's fields and its one list of choices (issue 16 item 9): Enter opens the
list under the focused field, arrows and Enter choose, a digit chooses in a numbered list,
Esc closes without choosing, F6 without an age band says so."""

from __future__ import annotations

from screening.tui.app import make_app
from screening.tui.screens.consent import ConsentScreen
from screening.tui.screens.setup import SetupScreen

from tests.tui.fixtures import catalog  # noqa: F401  (pytest fixtures)
from tests.tui.walk import visible_text


async def _setup(pilot) -> SetupScreen:
    await pilot.pause()
    await pilot.press("enter")  # New screening
    await pilot.pause()
    assert isinstance(pilot.app.screen, SetupScreen)
    return pilot.app.screen


def _row(app, label: str) -> str:
    return next(line for line in visible_text(app).splitlines() if line.strip().startswith(label))


async def test_enter_opens_one_numbered_list_and_esc_closes_it_without_a_choice(catalog):
    app = make_app(catalog=catalog, language="uk")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _setup(pilot)
        assert app.focused.id == "age_band"
        assert "Оберіть…" in _row(app, "Вікова група людини")
        await pilot.press("enter")
        await pilot.pause()
        choices = screen.query_one("#choices")
        assert app.focused is choices and choices.display
        shown = visible_text(app)
        assert "1  до 14 (дитина)" in shown and "5  60 і старше" in shown  # the digit beside each choice
        assert choices.region.bottom <= app.screen.query_one("AppFooter").region.y
        assert visible_text(app).splitlines()[-1].startswith("Esc Закрити")
        await pilot.press("down", "escape")
        await pilot.pause()
        assert not choices.display and app.focused.id == "age_band"
        assert screen.choices["age_band"] is None
        assert len(screen.query("OptionList")) == 1  # one list for the five fields


async def test_arrows_and_enter_choose_and_the_field_shows_the_choice(catalog):
    app = make_app(catalog=catalog, language="uk")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _setup(pilot)
        await pilot.press("enter", "down", "down", "enter")
        await pilot.pause()
        assert screen.choices["age_band"] == "14-17" and app.focused.id == "age_band"
        assert "14–17 (дитина)" in _row(app, "Вікова група людини")
        await pilot.press("enter")  # open again: the choice is highlighted, one down is the next band
        await pilot.press("down", "enter")
        await pilot.pause()
        assert screen.choices["age_band"] == "18-24"


async def test_a_digit_chooses_at_once_in_a_numbered_list(catalog):
    app = make_app(catalog=catalog, language="ru")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _setup(pilot)
        await pilot.press("enter", "4")
        await pilot.pause()
        assert screen.choices["age_band"] == "25-59"
        assert app.focused.id == "age_band" and not screen.query_one("#choices").display
        await pilot.press("tab", "enter", "3")  # the kind of exploitation: the third is sexual
        await pilot.pause()
        assert screen.choices["exploitation_context"] == "sexual"
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, ConsentScreen)
        assert (app.pending_setup.age_band, app.pending_setup.exploitation_context) == ("25-59", "sexual")


async def test_the_oblast_list_is_searched_by_letters_not_chosen_by_digits(catalog):
    app = make_app(catalog=catalog, language="uk")
    async with app.run_test(size=(60, 24)) as pilot:  # the narrowest width we support
        screen = await _setup(pilot)
        await pilot.press("tab", "tab", "enter")
        await pilot.pause()
        choices = screen.query_one("#choices")
        assert choices.field is screen.query_one("#oblast") and app.focused is choices
        assert choices.region.right <= 60 and choices.region.bottom <= app.screen.query_one("AppFooter").region.y
        assert "Автономна Республіка Крим" in visible_text(app)  # the longest name on one row: the list widens leftwards
        await pilot.press("1")  # 29 choices: no digit names them all
        await pilot.press("л", "ь")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.choices["oblast"] == "UA-46"  # Львівська область
        await pilot.press("enter", "home", "enter")  # the first choice clears it again
        await pilot.pause()
        assert screen.choices["oblast"] is None


async def test_f6_without_an_age_band_says_so_with_the_list_closed_or_open(catalog):
    app = make_app(catalog=catalog, language="uk")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await _setup(pilot)
        await pilot.press("tab", "enter")  # the context's list open
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert [n.message for n in app._notifications] == ["Спершу оберіть вікову групу."]
        assert app.focused.id == "age_band" and not screen.query_one("#choices").display
        await pilot.press("enter", "2", "f6")
        await pilot.pause()
        assert isinstance(app.screen, ConsentScreen) and app.pending_setup.age_band == "14-17"


async def test_tab_closes_the_open_list_and_moves_on(catalog):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _setup(pilot)
        await pilot.press("enter", "tab")
        await pilot.pause()
        assert not screen.query_one("#choices").display
        assert app.focused.id == "exploitation_context" and screen.choices["age_band"] is None
