"""The first screen: what the tool promises, and what to do next."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from screening.tui.screens.base import AppScreen
from screening.tui.strings import LANGUAGE_NAMES
from screening.tui.widgets import AppFooter


class StartScreen(AppScreen):
    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with Vertical(id="start"):
            yield Static(self.t("start_title"), id="title")
            yield Static(self.t("start_promise"), id="promise")
            yield OptionList(
                Option(self.t("menu_new"), id="new"),
                Option(self.t("menu_training"), id="training"),
                Option(self.t("menu_catalog"), id="catalog"),
                Option(self.t("menu_language", name=LANGUAGE_NAMES[self.lang]), id="language"),
                Option(self.t("menu_about"), id="about"),
                id="menu",
            )
            yield Static(self.t("start_keys"), id="start-keys", classes="hint")
        yield AppFooter()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        choice = event.option.id
        if choice == "new":
            self.app.action_new_screening()
        elif choice == "training":
            self.app.open_training()
        elif choice == "catalog":
            self.app.open_catalog()
        elif choice == "language":
            self.app.action_cycle_language()
        elif choice == "about":
            from screening.tui.screens.about import AboutScreen

            self.app.push_screen(AboutScreen())
