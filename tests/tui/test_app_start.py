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


def test_the_first_screen_needs_no_data_layer():
    """Start-up budget (docs/performance.md): pydantic and the catalog load after the first paint."""
    import subprocess
    import sys

    from support import ROOT

    code = (
        "import asyncio, sys\n"
        "from screening.tui.app import make_app\n"
        "app = make_app()\n"
        "async def main():\n"
        "    async with app.run_test(size=(80, 24)) as pilot:\n"
        "        await pilot.pause()\n"
        "        print('before', 'pydantic' in sys.modules, app._catalog is None)\n"
        "        assert app.catalog.questionnaires\n"
        "        print('after', 'pydantic' in sys.modules, app._catalog is None)\n"
        "asyncio.run(main())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.stdout.split("\n")[:2] == ["before False True", "after True False"], done.stderr
