"""Ctrl+P opens the command palette on every screen (issue 16 item 2): the localized key
bindings once replaced Textual's own, so the palette (and its themes) took a mouse."""

from __future__ import annotations

import pytest
from textual.command import CommandPalette

from screening.tui.app import make_app
from screening.tui.screens.neutral import NeutralScreen

from tests.tui.fixtures import catalog  # noqa: F401  (pytest fixtures)
from tests.tui.walk import SCREENS


@pytest.mark.parametrize("name", sorted(SCREENS))
async def test_ctrl_p_opens_the_palette(catalog, name):
    app = make_app(catalog=catalog, language="uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await SCREENS[name](pilot)
        before = type(app.screen)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette), f"{name}: {before.__name__}"


async def test_ctrl_p_stays_shut_on_the_neutral_screen(catalog):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f12")
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, NeutralScreen)
