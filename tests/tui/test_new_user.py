"""What a new user hits at 80x24 (issue 16 items 1, 3 and 6): marks that show, focus that
stays, digits that choose, text that is not cut, dialogs whose buttons are in view."""

from __future__ import annotations

from screening.tui.app import make_app
from screening.tui.screens.start import StartScreen
from screening.tui.screens.urgent import UrgentScreen

from tests.tui.fixtures import catalog  # noqa: F401  (pytest fixtures)
from tests.tui.walk import SCREENS, visible_text


async def test_a_marked_urgent_need_shows_its_mark(catalog):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await SCREENS["urgent"](pilot)  # immediate danger marked
        assert isinstance(app.screen, UrgentScreen)
        text = visible_text(app)
        assert "[x] " in text and "[ ] " in text, text
        await pilot.press("space")  # unmark the first need
        await pilot.pause()
        assert "[x]" not in visible_text(app)


async def test_the_language_entry_keeps_the_menu_focused(catalog):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        menu = app.screen.query_one("#menu")
        menu.highlighted = 3  # Language
        await pilot.press("enter")
        await pilot.pause()
        assert app.ui_language == "uk"
        assert app.focused is app.screen.query_one("#menu")
        assert "Швидкий вихід" in visible_text(app)  # the footer is not blank
        await pilot.press("enter")  # Enter works at once: uk -> ru
        await pilot.pause()
        assert app.ui_language == "ru"
        await pilot.press("f3", "up", "up", "up", "enter")  # F3 too keeps it: ru -> en, then New screening
        await pilot.pause()
        assert app.ui_language == "en" and not isinstance(app.screen, StartScreen)


async def test_the_urgent_dialogs_continue_button_is_in_view_at_80x24(catalog):
    app = make_app(catalog=catalog, language="uk")  # the longer texts
    async with app.run_test(size=(80, 24)) as pilot:
        await SCREENS["urgent"](pilot)
        assert "Продовжити скринінг" in visible_text(app)
        button = app.screen.query_one("#continue")
        assert button.region.height == 3 and button.region.bottom <= 24


async def test_the_open_oblast_list_ends_above_the_footer_and_names_its_key(catalog):
    from textual.widgets import Footer

    app = make_app(catalog=catalog, language="uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await SCREENS["setup-oblast-list"](pilot)
        overlay = app.screen.query_one("#choices")  # the screen's one list, open for the oblast
        assert overlay.field is app.screen.query_one("#oblast")
        assert app.focused is overlay
        assert overlay.region.bottom <= app.screen.query_one(Footer).region.y
        footer = visible_text(app).splitlines()[-1]
        assert "Esc Закрити" in footer and "Dismiss" not in footer


async def test_the_export_notice_does_not_cover_the_export_status(catalog, tmp_path):
    app = make_app(catalog=catalog, language="uk")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await SCREENS["note"](pilot)
        screen = app.screen
        screen.query_one("#consent").value = "yes"
        screen.query_one("#path").value = str(tmp_path / "note.md")
        await pilot.pause()
        screen.export()
        status = screen.query_one("#status")
        status.scroll_visible(animate=False)
        await pilot.pause(0.2)
        toasts = [toast.region for toast in screen.query("Toast")]
        assert toasts and "Збережено" in str(status.render())
        assert not any(toast.overlaps(status.region) for toast in toasts)
