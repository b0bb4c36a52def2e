"""The training menu: choose a vignette, then practise it or demonstrate it."""

from __future__ import annotations

from rich.console import Group
from rich.padding import Padding
from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from screening.training import all_vignettes
from screening.tui.training.base import Key, TrainerScreen
from screening.tui.training.report import vignette_summary
from screening.tui.widgets import AppFooter


class TrainingMenuScreen(TrainerScreen):
    """Vignettes for trainers: P practise, D demonstrate, C the indicator catalog."""

    def __init__(self, catalog) -> None:
        super().__init__(catalog)
        self.vignettes = all_vignettes(catalog)
        self.highlighted = 0

    def keys(self) -> list[Key]:
        return [
            Key("p,enter", "practice", "k_practice", "P"),
            Key("d", "demonstrate", "k_demonstrate", "D"),
            Key("c", "catalog", "k_catalog", "C"),
            *super().keys(),
        ]

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield Static(self.s("menu_title"), classes="tr-heading")
        yield Static(self.s("menu_hint"), classes="tr-hint")
        options = []
        for n, vignette in enumerate(self.vignettes, 1):
            # The summary in a padded block, so that it wraps under itself, not to the left edge.
            prompt = Group(Text(f"{n:>2}. {vignette.title.get(self.lang)}", style="bold"),
                           Padding(Text(vignette_summary(vignette, self.lang)), (0, 0, 0, 4)))
            options.append(Option(prompt, id=vignette.id))
        menu = OptionList(*options, id="tr-menu")
        yield menu if options else Static(self.s("menu_none"))
        yield Static(self.s("fictional"), classes="tr-hint")
        yield AppFooter()

    def after_compose(self) -> None:
        for menu in self.query("#tr-menu").results(OptionList):
            menu.highlighted = min(self.highlighted, max(len(self.vignettes) - 1, 0))
            menu.focus()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.highlighted = event.option_index

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.highlighted = event.option_index
        self.action_practice()

    def _chosen(self):
        return self.vignettes[self.highlighted] if self.vignettes else None

    def action_practice(self) -> None:
        from screening.tui.training.practice import PracticeScreen

        if (vignette := self._chosen()) is not None:
            self.app.push_screen(PracticeScreen(self.catalog, vignette))

    def action_demonstrate(self) -> None:
        from screening.tui.training.demonstration import DemonstrationScreen

        if (vignette := self._chosen()) is not None:
            self.app.push_screen(DemonstrationScreen(self.catalog, vignette))

    def action_catalog(self) -> None:
        from screening.tui.training.catalog import CatalogBrowserScreen

        self.app.push_screen(CatalogBrowserScreen(self.catalog))
