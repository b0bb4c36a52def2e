"""Urgent triage, shown at once when a danger question is answered 'yes' (and again with F9
from the results): the directory's urgent needs, each with its question, to mark now; and
the services they route to, with contacts only as the directory gives them.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from screening.engine.policy import DEFAULT_COUNTRY
from screening.tui.flow import directory, urgent_needs
from screening.tui.keys import Key
from screening.tui.screens.base import AppModal
from screening.tui.widgets import HangingText


class UrgentScreen(AppModal):
    KEYS = [*AppModal.KEYS, Key("space", "toggle_need", "")]
    def compose(self) -> ComposeResult:
        needs = urgent_needs(self.app.catalog)
        marked = self.app.urgent_needs
        with Vertical(classes="dialog urgent"):
            # The button stays below the scrolling part: at 80x24 in Ukrainian it was below the fold.
            with VerticalScroll(id="urgent-body"):
                yield Static(self.t("urgent_title"), classes="heading")
                yield Static(self.t("urgent_text"))
                yield Static(self.t("urgent_mark"), classes="hint")
                # markup=False: "[x]" is the mark itself, not a style tag (it showed as nothing).
                yield OptionList(*(Option(self.prompt(n), id=n.id) for n in needs), id="urgent-needs", markup=False)
                yield HangingText(self.services_text(list(marked)), id="urgent-services")
            yield Button(self.t("urgent_continue"), id="continue", variant="primary")

    def services_text(self, need_ids: list[str]) -> str:
        found = directory(self.app.catalog)
        if found is None or not need_ids:
            return ""
        from screening.export.referral import route

        session = self.app.session
        targets = route(found, country=DEFAULT_COUNTRY, is_child=bool(session and session.setup.is_child), verdicts=[], needs=need_ids, language=self.lang)
        lines = [f"{self.t('urgent_services')}:"]
        lines += [f"• {t.name}" + ("" if t.contact in t.name else f": {t.contact}") for t in targets if t.contact]
        return "\n".join(lines)

    def prompt(self, need) -> str:
        # The mark is a character, not a colour, so it reads with NO_COLOR too.
        mark = "[x]" if need.id in self.app.urgent_needs else "[ ]"
        question = f" — {need.question.get(self.lang)}" if need.question else ""
        return f"{mark} {need.label.get(self.lang)}{question}"

    def on_mount(self) -> None:
        # Focus the list without scrolling to it: at 80x24 that hid the title and the reason.
        self.query_one("#urgent-needs").focus(scroll_visible=False)
        self.call_after_refresh(self.query_one(VerticalScroll).scroll_home, animate=False)

    def action_toggle_need(self) -> None:  # not action_toggle: that is Textual's toggle(attribute)
        options = self.query_one("#urgent-needs", OptionList)
        if options.highlighted is not None:
            self.toggle(options.get_option_at_index(options.highlighted).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.toggle(event.option.id)

    def toggle(self, need_id: str | None) -> None:
        assert need_id is not None  # every option is a need, with the need's id
        self.app.toggle_urgent_need(need_id)
        need = next(n for n in urgent_needs(self.app.catalog) if n.id == need_id)
        self.query_one("#urgent-needs", OptionList).replace_option_prompt(need_id, self.prompt(need))
        self.query_one("#urgent-services", Static).update(self.services_text(sorted(self.app.urgent_needs)))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None)
