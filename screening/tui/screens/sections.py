"""Jump to a section: a list of the sections shown now, with how many are answered."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from screening.tui.screens.base import AppModal


class SectionsScreen(AppModal):
    def compose(self) -> ComposeResult:
        session = self.session
        visible = session.visible()
        options = []
        for number, section in enumerate(session.visible_sections(), 1):
            questions = [q for s, q in visible if s.id == section.id]
            done = sum(1 for q in questions if q.id in session.answers)
            options.append(Option(f"{number}. {section.title.get(self.lang)}  ({done}/{len(questions)})", id=section.id))
        with Vertical(classes="dialog"):
            yield Static(self.t("sections_title"), classes="heading")
            yield OptionList(*options, id="sections")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
