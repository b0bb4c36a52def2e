"""The start menu's other entries: training and the catalog (the trainer's screens), language, about;
and a whole screening that leaves no file behind."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from screening.tui.app import make_app
from screening.tui.screens.about import AboutScreen

from tests.tui.fixtures import catalog  # noqa: F401  (pytest fixtures)
from tests.tui.helpers import screen_text

ROOT = Path(__file__).resolve().parents[2]


async def choose(pilot, index: int) -> None:
    menu = pilot.app.screen.query_one("#menu")
    menu.focus()
    menu.highlighted = index
    await pilot.press("enter")
    await pilot.pause()


async def test_training_and_catalog_open_the_trainer_screens_and_follow_the_language(catalog):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await choose(pilot, 1)
        name = type(app.screen).__name__
        if name == "StartScreen":  # trainer screens not installed: a notice, nothing else
            assert app._notifications
            return
        assert name == "TrainingMenuScreen"
        await pilot.press("escape")
        await pilot.pause()
        await choose(pilot, 2)
        assert type(app.screen).__name__ == "CatalogBrowserScreen"
        calls = []
        original = app.screen.apply_language
        app.screen.apply_language = lambda: (calls.append(app.ui_language), original())
        await pilot.press("f3")
        await pilot.pause()
        assert calls == ["uk"]


async def test_language_entry_and_about(catalog):
    app = make_app(catalog=catalog, inactivity_minutes=7)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await choose(pilot, 3)
        assert app.ui_language == "uk"
        assert "Мова: Українська" in str(app.screen.query_one("#menu").get_option_at_index(3).prompt)
        await pilot.press("f3")  # uk -> ru
        await pilot.pause()
        await choose(pilot, 4)
        assert isinstance(app.screen, AboutScreen)
        text = screen_text(app.screen)
        assert "7 мин" in text and "F12" in text


SCRIPT = textwrap.dedent(
    """
    from tests.tui.fixtures import build_catalog
    from tests.tui.helpers import start_screening
    from screening.tui.app import make_app

    app = make_app(catalog=build_catalog())

    async def auto_pilot(pilot):
        await start_screening(pilot)
        await pilot.press("y", "y", "y", "y", "escape", "n", "f6", "f7", "escape", "f8")
        await pilot.pause()
        app.screen.query_one("#free-text").text = "a remark"
        await pilot.pause()
        await pilot.press("f12", "enter", "ctrl+q")

    app.run(headless=True, size=(80, 24), auto_pilot=auto_pilot)
    """
)


def test_a_whole_screening_writes_no_file(tmp_path):
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_CACHE_HOME": str(home / ".cache"), "XDG_DATA_HOME": str(home / ".local/share"), "TMPDIR": str(work),
           "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert list(home.rglob("*")) == [] and list(work.rglob("*")) == []
