"""Urgent triage, shown at once when a danger question is answered 'yes' (and again with F9
from the results): the directory's urgent needs, each with its question, to mark now; and
the services they route to, with contacts only as the directory gives them.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Button, SelectionList, Static

from screening.tui.flow import directory, urgent_needs
from screening.tui.screens.base import AppModal


class UrgentScreen(AppModal):
    def compose(self) -> ComposeResult:
        needs = urgent_needs(self.app.catalog)
        marked = self.app.urgent_needs
        with VerticalScroll(classes="dialog urgent"):
            yield Static(self.t("urgent_title"), classes="heading")
            yield Static(self.t("urgent_text"))
            yield Static(self.t("urgent_mark"), classes="hint")
            yield SelectionList[str](
                *((f"{n.label.get(self.lang)} — {n.question.get(self.lang) if n.question else ''}", n.id, n.id in marked) for n in needs),
                id="urgent-needs",
            )
            yield Static(self.services_text(list(marked)), id="urgent-services", markup=False)
            yield Button(self.t("urgent_continue"), id="continue", variant="primary")

    def services_text(self, need_ids: list[str]) -> str:
        found = directory(self.app.catalog)
        if found is None or not need_ids:
            return ""
        from screening.referral import route

        session = self.app.session
        targets = route(found, country="UA", is_child=bool(session and session.setup.is_child), verdicts=[], needs=need_ids, language=self.lang)
        lines = [f"{self.t('urgent_services')}:"]
        lines += [f"• {target.name}: {target.contact or '—'}" for target in targets if target.contact]
        return "\n".join(lines)

    def on_mount(self) -> None:
        self.query_one("#urgent-needs").focus()

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged) -> None:
        selected = list(event.selection_list.selected)
        self.app.urgent_needs = set(selected)
        self.query_one("#urgent-services", Static).update(self.services_text(selected))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None)
