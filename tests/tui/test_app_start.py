"""The app as a user meets it: it starts, shows the promise, and offers no screenshot command."""

from __future__ import annotations

from screening.tui.app import StartScreen, make_app


async def test_start_screen_shows_the_privacy_promise():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        promise = str(app.screen.query_one("#promise").render())
        assert "Nothing you enter is saved" in promise


async def test_command_palette_offers_no_screenshot():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        titles = [c.title.lower() for c in app.get_system_commands(app.screen)]
        assert titles, "the palette should still offer its other commands"
        assert not any("screenshot" in t for t in titles)
