"""What the tool is, where its indicators come from, and what it keeps (nothing)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from screening.tui.keys import Key
from screening.tui.screens.base import AppScreen
from screening.tui.widgets import AppFooter, HangingText


class AboutScreen(AppScreen):
    KEYS = [Key("escape", "app.pop_screen", "k_back", key_display="Esc")]

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with VerticalScroll(id="about"):
            yield Static(self.t("about_title"), classes="heading")
            minutes = f"{self.app.inactivity_minutes:g}"
            yield HangingText(self.t("about_text", minutes=minutes), id="about-text")
        yield AppFooter()
