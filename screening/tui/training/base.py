"""What every trainer screen shares: the catalog, the interface language, localized keys.

Contract with the app: the current language is `self.app.ui_language`; after a language
change the app calls `apply_language()` on every screen that defines it. The screens keep
their state (answers, phase, filters) in attributes, never only in widgets, so rebuilding
them in another language loses nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from textual.binding import Binding, BindingsMap
from textual.screen import Screen

from screening.data import Catalog
from screening.tui.training.strings import s

CSS_FILE = Path(__file__).resolve().parent / "training.tcss"


class Key(NamedTuple):
    keys: str
    action: str
    label: str  # a key of STRINGS, or "" for a key the footer does not list
    key_display: str | None = None


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
        self._bindings = BindingsMap(
            Binding(k.keys, k.action, self.s(k.label) if k.label else "", show=bool(k.label), key_display=k.key_display)
            for k in [Key("tab", "app.focus_next", ""), Key("shift+tab", "app.focus_previous", ""), *self.keys()]
        )
        if self.is_mounted:
            self.refresh_bindings()

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
