"""Why the results say what they say: per set, each dimension, each indicator answered yes,
its source and the source's own words, and the rule that gave the verdict.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from screening.engine.score import for_set
from screening.engine.explain import assessment_text
from screening.tui.flow import assessments
from screening.tui.keys import Key
from screening.tui.screens.base import AppScreen
from screening.tui.widgets import AppFooter, HangingText


class ExplainScreen(AppScreen):
    KEYS = [Key("escape", "app.pop_screen", "k_back", key_display="Esc")]

    def compose(self) -> ComposeResult:
        session = self.app.session
        yield Header(show_clock=False)
        with VerticalScroll(id="explain"):
            yield Static(self.t("explain_title"), classes="heading")
            if session is not None:
                answers = session.indicator_answers()
                for indicator_set, assessment in assessments(self.app.catalog, session):
                    text = assessment_text(indicator_set, assessment, for_set(indicator_set, answers), self.lang)
                    yield HangingText(text, classes="set-explanation")
        yield AppFooter()
