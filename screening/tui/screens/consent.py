"""Consent before any question: what is and is not recorded. 'No' ends it and leaves nothing."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Header, Static

from screening.session import Session
from screening.tui.flow import choose_form
from screening.tui.keys import Key
from screening.tui.screens.base import AppScreen


class ConsentScreen(AppScreen):
    KEYS = [Key("escape", "app.pop_screen", "k_back", key_display="Esc")]

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with VerticalScroll(id="consent"):
            yield Static(self.t("consent_title"), classes="heading")
            yield Static(self.t("consent_text"), id="consent-text")
            with Horizontal(classes="buttons"):
                yield Button(self.t("consent_yes"), id="agree", variant="primary")
                yield Button(self.t("consent_no"), id="refuse", variant="error")
        yield Footer()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "agree":
            self.agree()
        elif event.button.id == "refuse":
            self.app.end_without_record()

    def agree(self) -> None:
        setup = self.app.pending_setup
        form = choose_form(self.app.catalog, setup) if setup is not None else None
        if form is None:
            self.app.end_without_record()
            return
        self.app.start_session(Session(form=form, setup=setup))
