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
            yield OptionList(*(Option(prompt, id=choice) for choice, prompt in self.menu_prompts()), id="menu")
            yield Static(self.t("start_keys"), id="start-keys", classes="hint")
        yield AppFooter()

    def menu_prompts(self) -> list[tuple[str, str]]:
        return [
            ("new", self.t("menu_new")),
            ("training", self.t("menu_training")),
            ("catalog", self.t("menu_catalog")),
            ("language", self.t("menu_language", name=LANGUAGE_NAMES[self.lang])),
            ("about", self.t("menu_about")),
        ]

    def apply_language(self) -> None:
        """Relabel in place: rebuilding the screen dropped the menu's focus (a blank footer,
        and Enter did nothing until Tab), right after choosing the language entry."""
        self._localize()
        self.query_one("#title", Static).update(self.t("start_title"))
        self.query_one("#promise", Static).update(self.t("start_promise"))
        self.query_one("#start-keys", Static).update(self.t("start_keys"))
        menu = self.query_one("#menu", OptionList)
        for choice, prompt in self.menu_prompts():
            menu.replace_option_prompt(choice, prompt)

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
