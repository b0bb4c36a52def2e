"""What every trainer screen shares: the catalog, the interface language, localized keys.

Contract with the app: the current language is `self.app.ui_language`; after a language
change the app calls `apply_language()` on every screen that defines it. The screens keep
their state (answers, phase, filters) in attributes, never only in widgets, so rebuilding
them in another language loses nothing.
"""

from __future__ import annotations

from pathlib import Path

from textual.screen import Screen

from screening.catalog.data import Catalog
from screening.tui.keys import Key, localize_bindings
from screening.tui.screens.base import FOCUS_KEYS
from screening.tui.training.strings import s

__all__ = ["CSS_FILE", "Key", "TrainerScreen"]  # Key: the app's, labels from the trainer's table

CSS_FILE = Path(__file__).resolve().parent / "training.tcss"


class TrainerScreen(Screen):
    CSS_PATH = CSS_FILE

    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self.catalog = catalog

    @property
    def lang(self) -> str:
        return getattr(self.app, "ui_language", "en")

    def s(self, key: str, **values: object) -> str:
        return s(key, self.lang, **values)

    def keys(self) -> list[Key]:
        return [Key("escape", "back", "k_back", "Esc")]

    def localize_keys(self) -> None:
        localize_bindings(self, FOCUS_KEYS + self.keys(), self.lang, words=s)

    def on_mount(self) -> None:
        self.localize_keys()
        self.after_compose()

    async def recompose(self) -> None:
        await super().recompose()
        self.after_compose()

    def after_compose(self) -> None:
        """Focus and cursors after (re)building the widgets."""

    def apply_language(self) -> None:
        self.localize_keys()
        self.refresh(recompose=True)

    def action_back(self) -> None:
        self.app.pop_screen()
