"""Practice: read a vignette, mark the indicators, see the result, then compare.

The trainee marks indicators with the questionnaire's keys (1/y yes, 2/n no, 3/u don't
know, 4/d declined, and the same keys in the Ukrainian/Russian layout). The answers live
on the screen (never on disk) and the core (`screening.training`) scores them.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from screening.models import Answer
from screening.models.forms import Vignette
from screening.training import PracticeResult, practice_result, vignette_sets
from screening.tui.training import report
from screening.tui.training.base import Key, TrainerScreen
from screening.tui.widgets import AppFooter, HangingText

ANSWER_KEYS: dict[Answer, str] = {"yes": "1,y,н", "no": "2,n,т", "unknown": "3,u,г", "declined": "4,d,в"}
PHASES = ("read", "mark", "result", "compare")


class PracticeScreen(TrainerScreen):
    def __init__(self, catalog, vignette: Vignette) -> None:
        super().__init__(catalog)
        self.vignette = vignette
        self.sets = vignette_sets(catalog, vignette)
        self.answers: dict[str, Answer] = {}
        self.phase = "read"
        self.cursor: str | None = None  # highlighted indicator id
        self.result: PracticeResult | None = None

    # --- keys per phase ---------------------------------------------------------

    def keys(self) -> list[Key]:
        back = super().keys()
        if self.phase == "read":
            return [Key("enter,m", "phase('mark')", "k_mark", "Enter"), *back]
        if self.phase == "mark":
            return [
                *(Key(keys, f"answer('{value}')", "") for value, keys in ANSWER_KEYS.items()),
                Key("s", "phase('read')", "k_story", "S"),
                Key("r", "phase('result')", "k_result", "R"),
                *back,
            ]
        return [
            Key("c", "phase('compare')", "k_compare", "C"),
            Key("r", "phase('result')", "k_result", "R"),
            Key("m", "phase('mark')", "k_mark", "M"),
            *back,
        ]

    # --- widgets ----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield Static(self.s("practice_title", title=self.vignette.title.get(self.lang)), classes="tr-heading")
        if self.phase == "read":
            with VerticalScroll(id="tr-story-scroll"):
                yield Static(report.story(self.vignette, self.lang), id="tr-story")
            yield Static(self.s("read_hint"), classes="tr-hint")
        elif self.phase == "mark":
            yield Static(self._progress(), id="tr-progress", classes="tr-hint")
            yield OptionList(*self._options(), id="tr-marks")
            yield Static("", id="tr-explanation")
        else:
            assert self.result is not None  # the result and comparison phases follow the scoring
            body = (report.trainee_result if self.phase == "result" else report.comparison)(
                self.catalog, self.vignette, self.result, self.lang)
            with VerticalScroll(id="tr-report-scroll"):
                yield HangingText(body, id="tr-report")
            if self.phase == "result":
                yield Static(self.s("result_hint"), classes="tr-hint")
        yield AppFooter()

    def _options(self) -> list[Option]:
        options: list[Option] = []
        for indicator_set in self.sets:
            options.append(Option(Text(f"── {indicator_set.info.title.get(self.lang)} ──", style="bold"), disabled=True))
            for dimension in indicator_set.dimensions:
                options.append(Option(Text(f"  {dimension.label.get(self.lang)}", style="italic"), disabled=True))
                for indicator in indicator_set.indicators:
                    if indicator.dimension == dimension.id:
                        options.append(Option(self._prompt(indicator.id, indicator.label.get(self.lang)), id=indicator.id))
        return options

    def _prompt(self, indicator_id: str, label: str) -> Text:
        answer = self.answers.get(indicator_id)
        mark = f"[{self.s('ans_' + answer)}]" if answer else "[ ]"
        text = Text(f"{mark:<13}", style="bold" if answer == "yes" else "")
        text.append(label)
        return text

    def _progress(self) -> str:
        total = sum(len(s.indicators) for s in self.sets)
        yes = sum(1 for a in self.answers.values() if a == "yes")
        return self.s("mark_progress", n=len(self.answers), total=total, yes=yes)

    def after_compose(self) -> None:
        for marks in self.query("#tr-marks").results(OptionList):
            index = marks.get_option_index(self.cursor) if self.cursor else self._next_enabled(marks, -1)
            marks.highlighted = index
            marks.focus()
            self._explain()

    # --- marking ----------------------------------------------------------------

    def _marks(self) -> OptionList:
        return self.query_one("#tr-marks", OptionList)

    @staticmethod
    def _next_enabled(marks: OptionList, index: int) -> int | None:
        for i in range(index + 1, marks.option_count):
            if not marks.get_option_at_index(i).disabled:
                return i
        return None

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id:
            self.cursor = event.option.id
            self._explain()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()  # Enter does not answer: the answer keys do

    def _explain(self) -> None:
        if self.cursor is None:
            return
        owner = self.catalog.indicator_owner(self.cursor)
        if owner is not None:
            self.query_one("#tr-explanation", Static).update(owner.indicator(self.cursor).explanation.get(self.lang))

    def action_answer(self, value: Answer) -> None:
        if self.phase != "mark" or self.cursor is None:
            return
        marks = self._marks()
        self.answers[self.cursor] = value
        owner = self.catalog.indicator_owner(self.cursor)
        assert owner is not None  # the cursor is on one of the vignette's sets' indicators
        label = owner.indicator(self.cursor).label.get(self.lang)
        marks.replace_option_prompt(self.cursor, self._prompt(self.cursor, label))
        self.query_one("#tr-progress", Static).update(self._progress())
        following = self._next_enabled(marks, marks.highlighted if marks.highlighted is not None else -1)
        if following is not None:
            marks.highlighted = following

    def action_back(self) -> None:
        """Esc leaves; with marks made, only after a confirmation (one key once lost them all)."""
        if not self.answers:
            self.app.pop_screen()
            return
        from screening.tui.screens.confirm import ConfirmScreen

        def leave(yes: bool | None) -> None:
            if yes:
                self.app.pop_screen()

        self.app.push_screen(ConfirmScreen(self.s("practice_leave", n=len(self.answers))), leave)

    def mark(self, answers: dict[str, Answer]) -> None:
        """Set several answers at once (used by tests and by a trainer's scripted demo)."""
        self.answers.update(answers)

    # --- phases -----------------------------------------------------------------

    async def action_phase(self, phase: str) -> None:
        if phase not in PHASES:
            return
        if phase in ("result", "compare"):
            self.result = practice_result(self.catalog, self.vignette, self.answers)
        self.phase = phase
        self.localize_keys()
        await self.recompose()
