"""The warning before the inactivity wipe: a countdown; any key keeps the screening."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from screening.tui.screens.base import AppModal


class IdleWarningScreen(AppModal):
    KEYS = []

    def __init__(self, seconds: int) -> None:
        super().__init__()
        self.seconds = seconds

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.t("idle_title"), classes="heading")
            yield Static(self.t("idle_text", seconds=self.seconds), id="countdown")

    def show(self, seconds: int) -> None:
        self.seconds = seconds
        self.query_one("#countdown", Static).update(self.t("idle_text", seconds=seconds))

    def on_key(self, event: events.Key) -> None:
        event.stop()
        self.dismiss(None)
