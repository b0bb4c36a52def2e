"""Results per applicable set, in the engine's own wording.

Rated sets (the ILO rule) show the verdict, the dimensions present with the indicators that
made them count, and what could still change the result: each open indicator with the
questions that ask it, read in the interview language, and whether an earlier answer now
hides them (so "ask about it" is never advice the form cannot follow). Unrated lists (UNODC, the war
context) show only what was observed: they carry no decision rule, so never a verdict. The
screen never says that someone is a victim; "no indicators" always adds that this does not
rule trafficking out.
"""

from __future__ import annotations

from typing import Iterable

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from screening.engine.score import Assessment
from screening.engine.follow_up import asked_by
from screening.i18n.results import answer_text, dimension_reason, observed_text, rule_caveat, strength_word, verdict_text
from screening.models import IndicatorSet
from screening.tui.flow import assessments, left_out, next_step, not_asked, unreachable, urgent_needs
from screening.tui.keys import Key
from screening.tui.screens.base import AppScreen
from screening.tui.widgets import AppFooter, HangingText


SETUP_LABELS: dict[str | None, str] = {"exploitation_context": "setup_context", "age_band": "setup_age", "screener_role": "setup_role"}


def follow_up_questions(session, indicator_id: str, t, lang: str) -> list[str]:
    """Lines naming the form's questions for an open indicator, hidden ones marked with why."""
    asked = asked_by(session, indicator_id)
    if not asked:
        return [f"          {t('results_not_asked')}"]
    spoken = session.setup.language  # the questions as they are read out
    lines = []
    for entry in asked:
        line = "          " + t("results_quote", question=entry.question.text.get(spoken))
        for gate in entry.gates:
            if gate.question is not None and gate.answer is None:
                line += " " + t("results_hidden_until", question=gate.question.text.get(spoken))
            elif gate.question is not None:
                line += " " + t("results_hidden_by", question=gate.question.text.get(spoken), answer=answer_text(gate.answer, lang))
            else:
                line += " " + t("results_hidden_setup", field=t(SETUP_LABELS.get(gate.setup, "setup_context")))
        lines.append(line)
    return lines


def set_summary(indicator_set: IndicatorSet, assessment: Assessment, answers: dict, t, lang: str, session=None, catalog=None) -> str:
    """The plain-text block for one set (also what the snapshot and the tests read)."""
    lines = [indicator_set.info.title.get(lang)]
    if assessment.verdict is None:
        lines.append(f"  {verdict_text(None, lang)}: {len(assessment.yes)}")
        for dimension in indicator_set.dimensions:
            result = assessment.dimensions[dimension.id]
            if result.yes:
                lines.append(f"  • {dimension.label.get(lang)} — {observed_text(len(result.yes), lang)}")
                lines += [f"      - {indicator_set.indicator(i).label.get(lang)}" for i in result.yes]
        return "\n".join(lines)
    def yes_item(indicator_id: str) -> str:
        indicator = indicator_set.indicator(indicator_id)
        return f"      - {indicator.label.get(lang)} ({strength_word(indicator.strength, lang)})"

    lines.append(f"  ▶ {verdict_text(assessment.verdict, lang)}")
    lines.append(f"  {rule_caveat(indicator_set, lang)}")
    present = [d for d in indicator_set.dimensions if assessment.dimensions[d.id].present]
    lines.append("  " + (t("results_dims") if present else t("results_no_dims")))
    for dimension in present:
        result = assessment.dimensions[dimension.id]
        lines.append(f"  [x] {dimension.label.get(lang)} ({dimension_reason(indicator_set, result, lang)})")
        lines += [yes_item(i) for i in result.yes]
    # Yes answers outside the dimensions present: without them a "some indicators" verdict with
    # no dimension present (one strong yes is enough, by the rule) would look unexplained.
    others = [i for d in indicator_set.dimensions if not assessment.dimensions[d.id].present for i in assessment.dimensions[d.id].yes]
    if others:
        strong_alone = assessment.verdict == "some-indication" and not present
        lines.append("  " + t("results_strong_alone" if strong_alone else "results_other_yes"))
        lines += [yes_item(i) for i in others]
    if assessment.could_change and assessment.follow_up:
        lines.append("  " + t("results_follow"))
        for indicator_id in assessment.follow_up:
            lines.append(f"      ? {indicator_set.indicator(indicator_id).label.get(lang)} [{answer_text(answers.get(indicator_id), lang)}]")
            if session is not None:
                lines += follow_up_questions(session, indicator_id, t, lang)
    hidden = unreachable(catalog, session, indicator_set) if session is not None and catalog is not None else ()
    if hidden:
        lines.append("  " + t("results_out_of_reach"))
        lines += out_of_reach_lines(session, indicator_set, hidden, t, lang)
    return "\n".join(lines)


def out_of_reach_lines(session, indicator_set: IndicatorSet, hidden: Iterable[str], t, lang: str) -> list[str]:
    """Indicators that would change the result but that an earlier answer hides, grouped under
    that answer: each hiding question once (as it is read out), the indicators below it. A
    screening with many gateways answered "no" would otherwise repeat the same long question
    for every follow-up behind it."""
    spoken = session.setup.language
    groups: dict[str, list[str]] = {}
    for indicator_id in hidden:
        label = f"          ? {indicator_set.indicator(indicator_id).label.get(lang)}"
        heads = []
        for entry in asked_by(session, indicator_id):
            for gate in entry.gates:
                if gate.question is not None and gate.answer is not None:
                    heads.append(t("results_hidden_group", question=gate.question.text.get(spoken), answer=answer_text(gate.answer, lang)))
                elif gate.question is None:
                    heads.append(t("results_hidden_setup", field=t(SETUP_LABELS.get(gate.setup, "setup_context"))))
        head = heads[0] if heads else t("results_not_asked")
        if label not in groups.setdefault(head, []):
            groups[head].append(label)
    out: list[str] = []
    for head, labels in groups.items():
        out.append(f"      {head}")
        out += labels
    return out


class ResultsScreen(AppScreen):
    KEYS = [
        Key("escape", "app.pop_screen", "k_back", key_display="Esc"),
        Key("f7", "explain", "k_explain", key_display="F7"),
        Key("f8,enter", "note", "k_note", key_display="F8"),
        Key("f9", "urgent", "k_urgent", key_display="F9"),
    ]

    def compose(self) -> ComposeResult:
        session = self.app.session
        yield Header(show_clock=False)
        with VerticalScroll(id="results"):
            yield Static(self.t("results_title"), classes="heading")
            if session is not None:
                answers = session.indicator_answers()
                for indicator_set, assessment in assessments(self.app.catalog, session):
                    block = set_summary(indicator_set, assessment, answers, self.t, self.lang, session, self.app.catalog)
                    rated = "rated" if assessment.verdict is not None else "unrated"
                    yield HangingText(block, classes=f"set-result {rated} {assessment.verdict or ''}")
                block = self.interview_block()
                if block:
                    yield HangingText(block, id="interview")
                yield Static(self.urgent_block(), id="urgent", markup=False)
            yield Static(self.t("results_never"), classes="hint")
            yield Static(self.t("results_hint"), classes="hint")
        yield AppFooter()

    def on_mount(self) -> None:
        self.call_after_refresh(self._focus_text)

    def _focus_text(self) -> None:
        # Auto-focus skips the scroll area before it is laid out (it cannot scroll yet), which
        # left nothing focused: arrows and PageDown did nothing. Focus it once it has a size.
        for area in self.query("#results").results(VerticalScroll):
            area.focus()

    def interview_block(self) -> str:
        """Sets the set-up left out and why; in the short interview, the questions not asked."""
        session = self.session
        context = self.t(f"ctx_{session.setup.exploitation_context}")
        lines = [self.t("results_left_out", title=c.indicator_set.info.title.get(self.lang), context=context)
                 for c in left_out(self.app.catalog, session)]
        if session.short:
            missing = not_asked(session)
            if next_step(self.app.catalog, session) is None:
                lines.append(self.t("results_short_done", asked=len(session.answers), n=len(missing)))
                spoken = session.setup.language
                lines += [f"  · {question.text.get(spoken)}" for _, question in missing]
            else:
                lines.append(self.t("results_short_open", n=len(missing)))
        return "\n".join(lines)

    def urgent_block(self) -> str:
        marked = [n for n in urgent_needs(self.app.catalog) if n.id in self.app.urgent_needs]
        lines = [self.t("results_urgent")] + [f"  ! {n.label.get(self.lang)}" for n in marked] if marked else [self.t("results_no_urgent")]
        flags = self.session.urgent_flags()
        if flags:
            lines.append(self.t("results_danger", n=len(flags)))
        return "\n".join(lines)

    def action_urgent(self) -> None:
        from screening.tui.screens.urgent import UrgentScreen

        self.app.push_screen(UrgentScreen())

    def on_screen_resume(self) -> None:
        self.app.clear_notifications()  # the review's "… then F6 for the results" has done its work
        # Rebuild when coming back (answers or urgent needs may have changed), not on the first
        # showing: rebuilding then raced the header's first paint and crashed the app.
        if self.app.session is not None and getattr(self, "_shown", False):
            self.refresh(recompose=True)
            self.call_after_refresh(self._focus_text)
        self._shown = True

    def action_explain(self) -> None:
        from screening.tui.screens.explain import ExplainScreen

        self.app.push_screen(ExplainScreen())

    def action_note(self) -> None:
        try:
            from screening.tui.screens.note import NoteScreen
        except ImportError:
            self.notify(self.t("not_installed"))
            return
        self.app.push_screen(NoteScreen())
