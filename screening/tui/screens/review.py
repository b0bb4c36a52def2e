"""Every visible answer in one table; Enter changes the selected one, G goes to it in the
question screen (F5 there comes back here). Unanswered rows stand out (marked in words as
well as style, so they read without colour).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Header, OptionList, Static
from textual.widgets.option_list import Option

from screening.i18n.results import answer_text
from screening.models import ANSWERS
from screening.tui.keys import Key
from screening.tui.screens.base import AppModal, AppScreen
from screening.tui.widgets import AppFooter

if TYPE_CHECKING:
    from screening.models import Answer


ANSWER_WIDTH = 20


def shorten(text: str, width: int) -> str:
    """`text` in `width` cells, cut at a word with an ellipsis when it is longer."""
    if len(text) <= width:
        return text
    cut = text.rfind(" ", 0, width)
    return (text[:cut] if cut > width // 2 else text[: width - 1]).rstrip(" ,;:") + "…"


class ReviewScreen(AppScreen):
    KEYS = [
        Key("escape", "app.pop_screen", "k_questions", key_display="Esc"),
        Key("f6", "app.results", "k_results", key_display="F6"),
        Key("g,п", "go_to_question", "k_goto", key_display="G"),  # п: the same key in ЙЦУКЕН
    ]

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with Vertical(id="review"):
            yield Static(self.t("review_title"), id="review-title", classes="heading")
            yield Static(id="review-summary", classes="hint")
            yield DataTable(id="answers", cursor_type="row", zebra_stripes=False)
            yield Static(self.t("review_hint"), id="review-hint", classes="hint")
        yield AppFooter()

    def on_mount(self) -> None:
        self.fill()

    def on_screen_resume(self) -> None:
        self.app.clear_notifications()  # "F5: back to the review" has done its work
        if self.app.session is not None:
            self.fill()

    def fill(self) -> None:
        session = self.session
        table = self.query_one("#answers", DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        width = self.question_width()
        table.add_column("#", key="n", width=4)
        table.add_column(self.t("col_question"), key="q", width=width)
        table.add_column(self.t("col_answer"), key="a", width=ANSWER_WIDTH)
        missing = 0
        section_numbers: dict[str, int] = {}
        in_section: dict[str, int] = {}
        for section, question in session.visible():
            answer = session.answers.get(question.id)
            section_numbers.setdefault(section.id, len(section_numbers) + 1)
            in_section[section.id] = in_section.get(section.id, 0) + 1
            number = f"{section_numbers[section.id]}.{in_section[section.id]}"
            if answer is None:
                missing += 1
                shown = Text(f"[ {answer_text(None, self.lang)} ]", style="bold reverse")
            else:
                shown = Text(answer_text(answer, self.lang))
            table.add_row(number, shorten(question.text.get(self.lang), width), shown, key=question.id)
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))
        self.query_one("#review-summary", Static).update(self.t("review_unanswered", n=missing) if missing else "")

    def question_width(self) -> int:
        """What the table leaves for the question: its width less the number and answer columns
        and the cells' padding (a fixed 44 cut questions short even at 120 columns)."""
        table_width = self.query_one("#answers", DataTable).size.width or self.app.size.width - 4
        return max(20, table_width - 4 - ANSWER_WIDTH - 3 * 2 - 1)

    def on_resize(self) -> None:
        if self.app.session is not None:
            self.fill()

    def apply_language(self) -> None:
        self._localize()
        self.query_one("#review-title", Static).update(self.t("review_title"))
        self.query_one("#review-hint", Static).update(self.t("review_hint"))
        self.fill()

    def action_go_to_question(self) -> None:
        """Show the selected question in the question screen under this one (or a new one)."""
        from screening.tui.screens.question import QuestionScreen

        table = self.query_one("#answers", DataTable)
        if self.app.session is None or not table.row_count:
            return
        question_id = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        assert question_id is not None  # fill() keys every row with its question's id
        below = [s for s in self.app.screen_stack if isinstance(s, QuestionScreen)]
        if below:
            while self.app.screen is not below[-1]:
                self.app.pop_screen()
            below[-1].go_to_question(question_id)
        else:
            screen = QuestionScreen()
            screen.question_id = question_id
            self.app.push_screen(screen)
        self.app.notify(self.t("review_back"))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        question_id = event.row_key.value
        assert question_id is not None  # fill() keys every row with its question's id

        def change(value: Answer | Literal["clear"] | None) -> None:
            if value is None or self.app.session is None:
                return
            self.app.session.answer(question_id, None if value == "clear" else value)
            self.fill()

        self.app.push_screen(ChangeAnswerScreen(question_id), change)


class ChangeAnswerScreen(AppModal):
    """Pick a new answer for one question (or clear it): arrows and Enter, or the digit an
    option is numbered with (the numbers once did nothing)."""

    KEYS = [*AppModal.KEYS, *(Key(str(n), f"choose({n})", "") for n in range(1, len(ANSWERS) + 2))]

    def __init__(self, question_id: str) -> None:
        super().__init__()
        self.question_id = question_id

    def compose(self) -> ComposeResult:
        question = next(q for _, q in self.session.visible() if q.id == self.question_id)
        with Vertical(classes="dialog"):
            yield Static(self.t("change_title"), classes="heading")
            yield Static(question.text.get(self.lang), markup=False)
            yield OptionList(
                *(Option(f"{i}. {answer_text(a, self.lang)}", id=a) for i, a in enumerate(ANSWERS, 1)),
                Option(f"{len(ANSWERS) + 1}. {self.t('clear_answer')}", id="clear"),
                id="choices",
            )

    def action_choose(self, number: int) -> None:
        self.dismiss([*ANSWERS, "clear"][number - 1])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
