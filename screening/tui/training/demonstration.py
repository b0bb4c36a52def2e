"""Demonstration: the trainer walks through a vignette with the expected answers shown,
adding one dimension's answers per key press while the result builds up."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from screening.models.forms import Vignette
from screening.training import demonstration_steps
from screening.tui.training import report
from screening.tui.training.base import Key, TrainerScreen
from screening.tui.widgets import AppFooter, HangingText


class DemonstrationScreen(TrainerScreen):
    def __init__(self, catalog, vignette: Vignette) -> None:
        super().__init__(catalog)
        self.vignette = vignette
        self.steps = demonstration_steps(catalog, vignette)
        self.shown = 0

    def keys(self) -> list[Key]:
        return [
            Key("n,space,right", "next", "k_next", "N"),
            Key("b,left", "previous", "k_previous", "B"),
            Key("a,end", "all_steps", "k_all_steps", "A"),
            *super().keys(),
        ]

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield Static(self.s("demo_title", title=self.vignette.title.get(self.lang)), classes="tr-heading")
        with VerticalScroll(id="tr-demo-story"):
            yield Static(self.vignette.story.get(self.lang))
        with VerticalScroll(id="tr-demo-scroll"):
            yield HangingText(self._body(), id="tr-demo")
        yield AppFooter()

    def _body(self):
        return report.demonstration(self.catalog, self.vignette, self.steps, self.shown, self.lang)

    def _show(self) -> None:
        self.query_one("#tr-demo", Static).update(self._body())
        self.query_one("#tr-demo-scroll", VerticalScroll).scroll_end(animate=False)

    def after_compose(self) -> None:
        self.query_one("#tr-demo-scroll", VerticalScroll).focus()

    @property
    def current(self):
        return self.steps[self.shown - 1] if self.shown else None

    def action_next(self) -> None:
        if self.shown < len(self.steps):
            self.shown += 1
            self._show()

    def action_previous(self) -> None:
        if self.shown > 0:
            self.shown -= 1
            self._show()

    def action_all_steps(self) -> None:
        self.shown = len(self.steps)
        self._show()
