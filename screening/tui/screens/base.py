"""What every screen of the app shares: localized footer keys and a language switch.

The contract with the rest of the app (and the trainer screens): after the language
changes, the app calls `apply_language()` on every screen in the stack that defines it.
Screens keep no screening state of their own; they read it from `self.app` when they
compose, so rebuilding them in another language loses nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.events import DescendantFocus
from textual.screen import ModalScreen, Screen

from screening.tui.keys import Key, localize_bindings, localize_widget_keys
from screening.tui.strings import t

if TYPE_CHECKING:
    from textual import getters

    from screening.engine.session import Session
    from screening.tui.app import ScreeningApp

FOCUS_KEYS = [Key("tab", "app.focus_next", ""), Key("shift+tab", "app.focus_previous", "")]


class Localized:
    KEYS: list[Key] = []

    if TYPE_CHECKING:  # for the type checker: every screen of ours runs inside the ScreeningApp
        @property
        def app(self) -> ScreeningApp: ...

    @property
    def lang(self) -> str:
        return self.app.ui_language

    @property
    def session(self) -> Session:
        """The screening in progress, for the screens shown only during one (the questions,
        the review, the results): an error, not None, if there is none."""
        session = self.app.session
        if session is None:
            raise RuntimeError(f"{type(self).__name__} needs a screening in progress; there is none")
        return session

    def t(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    def _localize(self) -> None:
        localize_bindings(self, FOCUS_KEYS + self.KEYS, self.lang)  # type: ignore[arg-type]

    def on_mount(self) -> None:
        self._localize()

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        localize_widget_keys(event.widget, self.lang)  # e.g. the open Select list's Escape

    def apply_language(self) -> None:
        self._localize()
        self.refresh(recompose=True)  # type: ignore[attr-defined]


class AppScreen(Localized, Screen):
    """A full screen of the app."""

    if TYPE_CHECKING:  # Textual's typed form of `app` (Localized's alone clashes with MessagePump's)
        app = getters.app(ScreeningApp)


class AppModal(Localized, ModalScreen):
    """A modal decision; Escape closes it with None."""

    KEYS = [Key("escape", "dismiss_none", "k_close")]

    if TYPE_CHECKING:  # as in AppScreen
        app = getters.app(ScreeningApp)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
