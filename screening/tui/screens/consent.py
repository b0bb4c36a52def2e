"""Consent before any question: what is and is not recorded. 'No' ends it and leaves nothing.
For a child the text names the parent, guardian or legal representative and what to do when
that adult may be the exploiter.

The screen opens with the consent text focused, not a button: a screener who presses Enter
twice on the way from the set-up must not record consent that was never asked. Enter on the
text says which keys decide and moves to "agrees"; Y / 1 (Н in the Cyrillic layouts) agrees,
N / 2 (Т) does not, in every keyboard layout, as on the question screen.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Header, Static

from screening.engine.session import Session
from screening.tui.flow import choose_form
from screening.tui.keys import Key
from screening.tui.screens.base import AppScreen
from screening.tui.widgets import AppFooter, HangingText


class ConsentScreen(AppScreen):
    KEYS = [
        Key("y,1,н", "agree", "k_agree", key_display="Y/1"),
        Key("n,2,т", "refuse", "k_refuse", key_display="N/2"),
        Key("enter", "to_buttons", ""),
        Key("escape", "app.pop_screen", "k_back", key_display="Esc"),
    ]

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with VerticalScroll(id="consent"):
            yield Static(self.t("consent_title"), classes="heading")
            yield HangingText(self.t(self.text_key()), id="consent-text")
            with Horizontal(classes="buttons"):
                yield Button(self.t("consent_yes"), id="agree", variant="primary")
                yield Button(self.t("consent_no"), id="refuse", variant="error")
        yield AppFooter()

    def text_key(self) -> str:
        """A child's consent involves the parent, guardian or representative (or, when that adult may
        be the exploiter, the child protection service): its own text."""
        setup = self.app.pending_setup
        return "consent_text_child" if setup is not None and setup.is_child else "consent_text"

    def on_mount(self) -> None:
        self.query_one("#consent").focus()

    def action_to_buttons(self) -> None:
        """Enter on the text (a button handles its own Enter): name the keys, focus "agrees"."""
        self.notify(self.t("consent_keys"))
        self.query_one("#agree", Button).focus()

    def action_agree(self) -> None:
        self.agree()

    def action_refuse(self) -> None:
        self.app.end_without_record()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "agree":
            self.agree()
        elif event.button.id == "refuse":
            self.app.end_without_record()

    def agree(self) -> None:
        setup = self.app.pending_setup
        form = choose_form(self.app.catalog, setup) if setup is not None else None
        if setup is None or form is None:
            self.app.end_without_record()
            return
        self.app.clear_notifications()  # the key hint must not cover the first question
        self.app.start_session(Session(form=form, setup=setup))
