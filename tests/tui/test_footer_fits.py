"""Every key the footer shows is on screen at 80 columns, in every language.

The footer is how a newly appointed worker learns the keys; a key cut off at the right edge
is a key they do not know about. Quick exit (F12) and the language key (F3) come last in
the footer, so they are the first to be cut: in Ukrainian and Russian the results screen
once hid both.
"""

from __future__ import annotations

import pytest
from textual.widgets import Footer

from screening.catalog.data import load_catalog
from screening.tui.app import make_app
from screening.tui.training import TrainingMenuScreen

from tests.tui.helpers import start_screening

WIDTH = 80
CATALOG = load_catalog()


def keys_cut_off(app) -> list[str]:
    footer = app.screen.query_one(Footer)
    keys = list(footer.query("FooterKey"))
    assert keys, f"{type(app.screen).__name__} shows no keys"
    cut = [f"{key.key_display} {key.description}" for key in keys if key.region.width == 0 or key.region.right > WIDTH]
    # nor covered by another key: the palette's "^p" key, docked right, once hid F3
    shown = sorted((key for key in keys if key.region.width), key=lambda key: key.region.x)
    return cut + [f"{b.key_display} {b.description}" for a, b in zip(shown, shown[1:]) if b.region.x < a.region.right]


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
async def test_the_screening_screens_show_every_footer_key(language):
    app = make_app(language=language)
    seen: dict[str, list[str]] = {}
    async with app.run_test(size=(WIDTH, 24)) as pilot:
        async def look(*keys: str) -> None:
            if keys:
                await pilot.press(*keys)
            await pilot.pause()
            seen[type(app.screen).__name__] = keys_cut_off(app)

        await look()
        await look("enter")  # set-up
        await pilot.press("escape")
        await start_screening(pilot)
        await look()  # a question
        await look("f5")  # review
        await look("f6")  # results
        await look("f7")  # explanation
        await pilot.press("escape")
        await look("f8")  # note
    assert set(seen) == {"StartScreen", "SetupScreen", "QuestionScreen", "ReviewScreen", "ResultsScreen", "ExplainScreen", "NoteScreen"}
    assert seen == {name: [] for name in seen}


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
async def test_the_trainer_screens_show_every_footer_key(language):
    app = make_app(language=language)
    seen: dict[str, list[str]] = {}
    async with app.run_test(size=(WIDTH, 24)) as pilot:
        for key in ("p", "d", "c"):  # practice, demonstration, catalog from the menu
            app.push_screen(TrainingMenuScreen(CATALOG))
            await pilot.pause()
            seen["TrainingMenuScreen"] = keys_cut_off(app)
            await pilot.press(key)
            await pilot.pause()
            seen[type(app.screen).__name__] = keys_cut_off(app)
            if key == "p":
                await pilot.press("enter")  # practice: from the story to marking
                await pilot.pause()
                seen["PracticeScreen (marking)"] = keys_cut_off(app)
    assert len(seen) == 5
    assert seen == {name: [] for name in seen}


@pytest.mark.parametrize("language", ["en", "uk"])
async def test_at_60_columns_quick_exit_comes_first_and_whole(language):
    from tests.tui.fixtures import build_catalog
    from tests.tui.walk import SCREENS, visible_text

    label = {"en": "F12 Quick exit", "uk": "F12 Швидкий вихід"}[language]
    app = make_app(catalog=build_catalog(), language=language)
    async with app.run_test(size=(60, 24)) as pilot:
        await SCREENS["results"](pilot)  # the longest footer
        assert visible_text(app).splitlines()[-1].startswith(label)
        await pilot.resize_terminal(120, 24)  # room again: Textual's order, quick exit near the end
        await pilot.pause()
        footer = visible_text(app).splitlines()[-1]
        assert label in footer and not footer.startswith(label)
