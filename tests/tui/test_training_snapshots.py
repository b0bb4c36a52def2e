"""Snapshots of the trainer screens at 80×24 (English, and the catalog in Ukrainian).

The screens are hosted in a minimal app that only provides `ui_language`, so these
pictures change when the trainer screens change, not when the start screen or the
app-wide keys do. Update on purpose: pytest tests/tui/test_training_snapshots.py --snapshot-update
"""

from __future__ import annotations

from textual.app import App

from screening.catalog.data import load_catalog
from screening.training import find_vignette
from screening.tui.training import CatalogBrowserScreen, DemonstrationScreen, PracticeScreen

CATALOG = load_catalog()
SIZE = (80, 24)


class Host(App):
    TITLE = "Victim screening"
    ENABLE_COMMAND_PALETTE = False

    def __init__(self, screen, language: str = "en") -> None:
        super().__init__()
        self.ui_language = language
        self._first = screen

    def on_mount(self) -> None:
        self.push_screen(self._first)


def test_practice_comparison(snap_compare):
    screen = PracticeScreen(CATALOG, find_vignette(CATALOG, "courier-job-drugs"))
    screen.mark({
        "ilo-al-dr-deceived-nature-of-job": "yes",
        "ilo-al-cd-forced-illicit-activities": "yes",
        "ilo-al-cd-threats-of-violence": "yes",
        "ilo-al-ec-excessive-hours": "yes",
        "ilo-al-cd-threat-denunciation": "unknown",
    })

    async def compare(pilot):
        await pilot.press("enter", "r", "c")
        await pilot.pause()

    assert snap_compare(Host(screen), terminal_size=SIZE, run_before=compare)


def test_demonstration(snap_compare):
    screen = DemonstrationScreen(CATALOG, find_vignette(CATALOG, "border-ride-domestic-work"))

    async def four_steps(pilot):
        await pilot.press("n", "n", "n", "n")
        await pilot.pause()

    assert snap_compare(Host(screen), terminal_size=SIZE, run_before=four_steps)


def test_catalog_search_and_filter(snap_compare):
    async def search(pilot):
        await pilot.press(*"debt", "f7")
        await pilot.pause()

    assert snap_compare(Host(CatalogBrowserScreen(CATALOG)), terminal_size=SIZE, run_before=search)


def test_catalog_in_ukrainian(snap_compare):
    async def search(pilot):
        await pilot.press(*"паспорт")
        await pilot.pause()

    assert snap_compare(Host(CatalogBrowserScreen(CATALOG), language="uk"), terminal_size=SIZE, run_before=search)
