"""What quick exit leaves on the screen: a plain 'Ready', no name of the app, no keys shown.

Enter goes back to the start screen for the next person; the screening is already gone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

if TYPE_CHECKING:
    from textual import getters

    from screening.tui.app import ScreeningApp


class NeutralScreen(Screen):
    BINDINGS = [Binding("enter", "resume", show=False)]

    if TYPE_CHECKING:  # runs inside the ScreeningApp, as the screens in base.py
        app = getters.app(ScreeningApp)

    def compose(self) -> ComposeResult:
        yield Static("Ready.", id="neutral")

    def on_mount(self) -> None:
        self.app.title = ""
        self.app.sub_title = ""

    def action_resume(self) -> None:
        from screening.tui.screens.start import StartScreen
        from screening.tui.strings import t

        self.app.title = t("app_title", self.app.ui_language)
        self.app.reset_to(StartScreen())
