"""Set-up before the questions: role, interview language, age band, context, oblast.

Never a name or a date of birth: there is no field for either. The age band decides the
questionnaire (child forms under 18).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Button, Header, Static

from screening.models import AGE_BANDS
from screening.models.common import SCREENER_ROLES
from screening.engine.session import Setup
from screening.tui.choices import ChoiceField, ChoiceList
from screening.tui.flow import EXPLOITATION_CONTEXTS, choose_form
from screening.tui.keys import Key
from screening.tui.oblasts import oblast_choices
from screening.tui.screens.base import AppScreen
from screening.tui.strings import LANGUAGE_NAMES, LANGUAGE_ORDER
from screening.tui.widgets import AppFooter


class SetupScreen(AppScreen):
    # F6 continues from any field: the age band is the only choice without a default, and
    # reaching the button from it took three Tabs past the optional fields.
    KEYS = [Key("f6", "continue", "setup_continue", key_display="F6"), Key("escape", "app.pop_screen", "k_back", key_display="Esc")]

    def __init__(self) -> None:
        super().__init__()
        self.choices: dict[str, str | None] = {
            "screener_role": "social-worker",
            "language": self.app.ui_language,
            "age_band": None,
            "exploitation_context": "unknown",
            "oblast": None,
        }

    def _field(self, label: str, name: str, options: list[tuple[str, str | None]]) -> ChoiceField:
        return ChoiceField(self.t(label), options, self.choices[name], self.t("choose"), id=name)

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with VerticalScroll(id="setup"):
            yield Static(self.t("setup_title"), classes="heading")
            yield Static(self.t("setup_never"), classes="hint")
            yield self._field("setup_role", "screener_role", [(self.t(f"role_{r}"), r) for r in SCREENER_ROLES])
            yield self._field("setup_language", "language", [(LANGUAGE_NAMES[code], code) for code in LANGUAGE_ORDER])
            yield self._field("setup_age", "age_band", [(self.t(f"age_{band}"), band) for band in AGE_BANDS])
            yield self._field("setup_context", "exploitation_context", [(self.t(f"ctx_{c}"), c) for c in EXPLOITATION_CONTEXTS])
            yield self._field("setup_oblast", "oblast",
                              [(self.t("oblast_none"), None), *oblast_choices(self.lang), (self.t("oblast_abroad"), "abroad")])
            yield Button(self.t("setup_continue"), id="continue", variant="primary")
        yield ChoiceList(id="choices")
        yield AppFooter()

    def on_mount(self) -> None:
        # The age band is the one choice without a default (it decides the form): start there,
        # so the first Enter opens its list; once chosen, start on "Continue".
        self.query_one("#age_band" if self.choices["age_band"] is None else "#continue").focus()

    def on_choice_field_open(self, event: ChoiceField.Open) -> None:
        self.query_one(ChoiceList).open_for(event.field)

    def on_choice_list_chosen(self, event: ChoiceList.Chosen) -> None:
        field = event.field
        assert field.id is not None  # every field here has its choice's name as id
        self.choices[field.id] = event.value
        field.choose(event.value)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "continue":
            self.submit()

    def action_continue(self) -> None:
        self.submit()

    def submit(self) -> None:
        if self.choices["age_band"] is None:
            self.notify(self.t("setup_need_age"), severity="warning")
            self.query_one("#age_band").focus()
            return
        setup = Setup(**{k: v for k, v in self.choices.items() if v is not None})
        if choose_form(self.app.catalog, setup) is None:
            self.notify(self.t("setup_no_form"), severity="error")
            return
        from screening.tui.screens.consent import ConsentScreen

        self.app.set_up(setup)
        self.app.push_screen(ConsentScreen())
