"""One question at a time, with progress, answer keys that work in any keyboard layout,
back / skip / jump to a section, and a toggle saying why the question is asked.

The short interview is the default: the next question is the one screening/engine/interview.py
picks (the core first, then only what can still change a verdict), and the interview ends
at the review when nothing left can. F (а) switches to the full form (every question in form
order) and back; answers are kept either way. Back goes to the previously answered question.

Answer keys: 1 yes, 2 no, 3 don't know, 4 declined; also y / n / u / d, and the letters
on the same keys in the Ukrainian and Russian ЙЦУКЕН layouts (y→н, n→т, u→г, d→в), so a
screener never has to switch the keyboard layout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Header, Static

from screening.i18n.results import answer_text
from screening.models import Question, Section
from screening.tui.flow import next_step
from screening.tui.keys import Key
from screening.tui.screens.base import AppScreen
from screening.tui.widgets import AppFooter

if TYPE_CHECKING:
    from screening.models import Answer

ANSWER_KEYS = {"yes": "1,y,н", "no": "2,n,т", "unknown": "3,u,г", "declined": "4,d,в"}


class QuestionScreen(AppScreen):
    KEYS = [
        *(Key(keys, f"answer('{value}')", "") for value, keys in ANSWER_KEYS.items()),
        Key("left,backspace", "back", "k_back", key_display="←"),
        Key("right", "skip", "k_skip", key_display="→"),
        Key("f2,w,ц", "toggle_why", "k_why", key_display="F2"),
        Key("f4", "sections", "k_sections", key_display="F4"),
        Key("f5", "app.review", "k_review", key_display="F5"),
        Key("f,а", "toggle_short", ""),  # а: the same key in ЙЦУКЕН; named on the progress line, the footer is full at 80 columns
    ]

    def __init__(self) -> None:
        super().__init__()
        self.show_why = False
        session = self.session
        self.question_id: str | None = None
        if session.short:
            step = next_step(self.app.catalog, session)
            self.question_id = step.question.id if step is not None else None
        if self.question_id is None:
            visible = session.visible()
            self.question_id = visible[0][1].id if visible else None

    # --- where we are -------------------------------------------------------------

    def _place(self) -> tuple[int, list[tuple[Section, Question]]]:
        """Index of the current question among the visible ones (the next one if it was hidden)."""
        session = self.session
        visible = session.visible()
        ids = [q.id for _, q in visible]
        if self.question_id in ids:
            return ids.index(self.question_id), visible
        order = [q.id for _, q in session.form.questions()]
        here = order.index(self.question_id) if self.question_id in order else 0
        for i, (_, q) in enumerate(visible):
            if order.index(q.id) > here:
                return i, visible
        return max(len(visible) - 1, 0), visible

    def current(self) -> tuple[Section, Question] | None:
        index, visible = self._place()
        return visible[index] if visible else None

    # --- drawing ------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with Vertical(id="question-screen"):
            yield Static(id="progress")
            yield Static(id="section-title", classes="heading")
            yield Static(id="mode")
            yield Static(id="intro", classes="hint")
            yield Static(id="question-text")
            yield Static(id="why")
            yield Static(id="current")
            yield Static(self.t("q_keys"), id="answer-keys", classes="hint")
        yield AppFooter()

    def on_mount(self) -> None:
        self.show_question()

    def apply_language(self) -> None:
        self._localize()
        self.query_one("#answer-keys", Static).update(self.t("q_keys"))
        self.show_question()

    def show_question(self) -> None:
        if self.app.session is None:
            return
        index, visible = self._place()
        if not visible:
            self.query_one("#question-text", Static).update(self.t("q_none"))
            return
        section, question = visible[index]
        self.question_id = question.id
        sections = list(dict.fromkeys(s.id for s, _ in visible))  # by id: cheaper than comparing models
        in_section = [q for s, q in visible if s.id == section.id]
        session = self.app.session
        lang = session.setup.language
        if session.short:
            answered = list(session.answers)
            n = answered.index(question.id) + 1 if question.id in answered else len(answered) + 1
            progress = self.t("q_progress_short", n=n)
        else:
            progress = self.t(  # names the F key: the 80-column footer has no room for it in uk/ru
                "q_progress_full", n=sections.index(section.id) + 1, m=len(sections),
                k=in_section.index(question) + 1, total=len(in_section),
            )
        self.query_one("#progress", Static).update(progress)
        self.query_one("#section-title", Static).update(section.title.get(self.lang))
        mode = self.query_one("#mode", Static)
        mode.update(self.t("q_observe") if section.mode == "observe" else "")
        mode.set_class(section.mode == "observe", "observe")
        intro = self.query_one("#intro", Static)
        first = in_section.index(question) == 0
        intro.update(section.intro.get(lang) if section.intro and first else "")
        intro.display = bool(section.intro and first)
        # The question is read out in the interview language; the rest follows the interface.
        self.query_one("#question-text", Static).update(question.text.get(lang))
        why = self.query_one("#why", Static)
        why.update(f"{self.t('q_why')}: {question.why.get(self.lang)}" if self.show_why else "")
        why.display = self.show_why
        answer = self.app.session.answers.get(question.id)
        self.query_one("#current", Static).update(self.t("q_current", answer=answer_text(answer, self.lang)))

    # --- actions ------------------------------------------------------------------

    def action_answer(self, value: Answer) -> None:
        current = self.current()
        if current is None:
            return
        _, question = current
        self.session.answer(question.id, value)  # clears answers that skip logic now hides
        urgent = question.urgent_if_yes and value == "yes" and question.id not in self.app.urgent_seen
        self._advance()
        if urgent:
            from screening.tui.screens.urgent import UrgentScreen

            self.app.danger_question_asked(question.id)
            self.app.push_screen(UrgentScreen())

    def _advance(self) -> None:
        session = self.session
        if session.short:
            answered = list(session.answers)
            here = answered.index(self.question_id) if self.question_id in answered else -1
            if 0 <= here < len(answered) - 1:  # went back: walk forward through the answered ones
                self.question_id = answered[here + 1]
                self.show_question()
                return
            step = next_step(self.app.catalog, session)
            if step is not None:
                self.question_id = step.question.id
                self.show_question()
            else:
                self.show_question()
                self.notify(self.t("q_short_done"), timeout=6)
                self.app.action_review()
            return
        index, visible = self._place()
        if index + 1 < len(visible):
            self.question_id = visible[index + 1][1].id
            self.show_question()
        else:
            self.show_question()
            self.app.action_review()

    def action_skip(self) -> None:
        session = self.session
        if session.short and self.question_id is not None and self.question_id not in session.answers:
            session.passed.add(self.question_id)  # the short interview moves on for good
        self._advance()

    def action_back(self) -> None:
        session = self.session
        if session.short:
            answered = [q for q in session.answers if q in {x.id for _, x in session.visible()}]
            here = answered.index(self.question_id) if self.question_id in answered else len(answered)
            if here > 0:
                self.question_id = answered[here - 1]
            self.show_question()
            return
        index, visible = self._place()
        if index > 0:
            self.question_id = visible[index - 1][1].id
        self.show_question()

    def action_toggle_short(self) -> None:
        session = self.session
        session.short = not session.short
        session.passed.clear()
        if session.short and self.question_id in session.answers:
            step = next_step(self.app.catalog, session)
            if step is not None:
                self.question_id = step.question.id
        elif not session.short:  # the full form: the first question still without an answer
            waiting = [q.id for _, q in session.visible() if q.id not in session.answers]
            self.question_id = waiting[0] if waiting else self.question_id
        self.notify(self.t("q_now_short" if session.short else "q_now_full"), timeout=4)
        self.show_question()

    def action_toggle_why(self) -> None:
        self.show_why = not self.show_why
        self.show_question()

    def action_sections(self) -> None:
        from screening.tui.screens.sections import SectionsScreen

        def go(section_id: str | None) -> None:
            if section_id is None:
                return
            self.go_to_section(section_id)

        self.app.push_screen(SectionsScreen(), go)

    def go_to_section(self, section_id: str) -> None:
        first = next((q for s, q in self.session.visible() if s.id == section_id), None)
        if first is not None:
            self.question_id = first.id
            self.show_question()

    def go_to_question(self, question_id: str) -> None:
        self.question_id = question_id
        self.show_question()

    def on_screen_resume(self) -> None:
        if self.app.session is not None:
            self.show_question()
