"""Shown at once when a danger question is answered 'yes': the urgent needs to check now
and the services the directory routes them to (contacts only as the directory gives them).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Button, Static

from screening.tui.flow import services_for, urgent_needs
from screening.tui.screens.base import AppModal


class UrgentScreen(AppModal):
    def compose(self) -> ComposeResult:
        catalog = self.app.catalog
        needs = urgent_needs(catalog)
        session = self.app.session
        population = "child" if session is not None and session.setup.is_child else "adult"
        lines = []
        for need in needs:
            question = f" — {need.question.get(self.lang)}" if need.question else ""
            lines.append(f"• {need.label.get(self.lang)}{question}")
        services = services_for(catalog, [n.id for n in needs], population)
        with VerticalScroll(classes="dialog urgent"):
            yield Static(self.t("urgent_title"), classes="heading")
            yield Static(self.t("urgent_text"))
            yield Static("\n".join(lines), id="urgent-needs", markup=False)
            if services:
                yield Static(self.t("urgent_services"), classes="heading")
                yield Static("\n".join(f"• {s.name.get(self.lang)}: {s.contact or '—'}" for s in services), id="urgent-services", markup=False)
            yield Button(self.t("urgent_continue"), id="continue", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#continue", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None)
