"""The words on the trainer screens, as Rich Text built from the core's results.

Built from `Text` objects (never markup strings), so brackets in the data are shown as
written. Every state is spelled out ([agrees], PRESENT, yes/no), so nothing depends on
colour. No Textual here: the screens only display what these functions return.
"""

from __future__ import annotations

from rich.text import Text

from screening.catalog.data import Catalog
from screening.i18n.results import (
    answer_text, dimension_reason, indicator_caveat, source_name, sources_in_english, strength_word, verdict_text,
)
from screening.models import IndicatorSet
from screening.models.forms import Vignette
from screening.models.indicator_set import Indicator
from screening.training import IndicatorNote, PracticeResult, Step, interview_walk, vignette_sets
from screening.tui.training.strings import has, s


def theme_label(theme: str, language: str) -> str:
    return s(f"theme_{theme}", language) if has(f"theme_{theme}") else theme


def vignette_summary(vignette: Vignette, language: str) -> str:
    themes = ", ".join(theme_label(t, language) for t in vignette.themes)
    return f"{s('age', language, band=vignette.age_band)} · {themes}"


def dims_text(indicator_set: IndicatorSet, dims: tuple[str, ...], language: str) -> str:
    return ", ".join(indicator_set.dimension(d).label.get(language) for d in dims) or s("none", language)


def strength_text(indicator: Indicator, language: str) -> str:
    return strength_word(indicator.strength, language) if indicator.strength else s("strength_unrated", language)


def story(vignette: Vignette, language: str) -> Text:
    text = Text()
    text.append(vignette.title.get(language) + "\n", style="bold")
    text.append(vignette_summary(vignette, language) + "\n\n", style="italic")
    text.append(vignette.story.get(language))
    return text


def sources(indicator_set: IndicatorSet, indicator: Indicator, language: str) -> Text:
    """In English each source's title, place and quote; in uk/ru its name only (the quotes are English)."""
    text = Text()
    for ref in indicator.sources:
        entry = indicator_set.source(ref.source)
        title = f"{entry.title} ({entry.publisher}, {entry.year})" if entry and entry.year else (entry.title if entry else ref.source)
        text.append(f"{s('source', language)}: ", style="bold")
        if language != "en":
            text.append(source_name(ref.source, language, title) + "\n")
            continue
        text.append(f"{title}; {ref.locator}\n")
        text.append(f"“{ref.quote}”\n" if ref.quote else s("no_quote", language) + "\n", style="italic")
    return text


def trainee_result(catalog: Catalog, vignette: Vignette, result: PracticeResult, language: str) -> Text:
    text = Text()
    text.append(s("your_result", language) + "\n\n", style="bold")
    for comparison in result.sets:
        indicator_set = catalog.sets[comparison.set_id]
        text.append(indicator_set.info.title.get(language) + "\n", style="bold")
        if comparison.rated:
            text.append("  " + verdict_text(comparison.trainee_verdict, language) + "\n")
            dims = dims_text(indicator_set, comparison.trainee_dimensions, language)
            text.append("  " + s("dimensions_present", language, dims=dims) + "\n\n")
        else:
            yes = len(comparison.agreed) + len(comparison.over_called)
            text.append("  " + s("observed", language, n=yes) + "\n\n")
    return text


def _note(catalog: Catalog, note: IndicatorNote, language: str, text: Text) -> None:
    indicator_set = catalog.sets[note.set_id]
    indicator = note.indicator
    text.append(f"• {indicator.label.get(language)}", style="bold")
    text.append(f"  ({strength_text(indicator, language)}; {indicator_set.dimension(indicator.dimension).label.get(language)})\n")
    you = answer_text(note.trainee, language) if note.trainee else s("unanswered", language)
    expected = answer_text(note.expected, language) if note.expected else s("unanswered", language)
    text.append("  " + s("you_vs_expected", language, you=you, expected=expected) + "\n")
    text.append("  " + indicator.explanation.get(language) + "\n")
    source_text = sources(indicator_set, indicator, language)
    for line in source_text.split("\n"):
        if line.plain:
            text.append("  ")
            text.append(line)
            text.append("\n")


def comparison(catalog: Catalog, vignette: Vignette, result: PracticeResult, language: str) -> Text:
    text = Text()
    text.append(s("comparison_title", language) + "\n", style="bold")
    text.append(s("score_line", language, pct=round(result.score * 100), agreed=result.agreed_yes,
                  missed=len(result.missed), over=len(result.over_called)) + "\n", style="bold")
    agreed, total = result.verdicts_agreed
    text.append(s("verdicts_line", language, n=agreed, m=total) + "\n")
    text.append(s("score_explained", language) + "\n", style="italic")
    walk = interview_walk(catalog, vignette)  # what the short interview would ask for this story
    if walk is not None:
        key = "short_walk" if walk.same_verdicts else "short_walk_differs"
        text.append(s(key, language, n=len(walk.short), m=len(walk.full)) + "\n")
    note_key = {"trafficking": "trafficking_note", "not-trafficking": "not_trafficking_note",
                "not-determined": "not_determined_note"}[vignette.case_status]
    text.append(s(note_key, language) + "\n\n", style="bold")
    for c in result.sets:
        indicator_set = catalog.sets[c.set_id]
        text.append(f"{indicator_set.info.title.get(language)} — {s('set_score', language, pct=round(c.score * 100))}\n", style="bold underline")
        if c.rated and c.expected_verdict is not None:
            text.append(s("your_verdict", language, v=verdict_text(c.trainee_verdict, language)) + "\n")
            text.append(s("expected_verdict", language, v=verdict_text(c.expected_verdict, language)) + " ")
            text.append(s("agrees" if c.verdict_agrees else "differs", language) + "\n", style="bold" if c.verdict_agrees else "bold reverse")
        text.append(s("missed_heading", language) + "\n", style="bold")
        if not c.missed:
            text.append("  " + s("nothing_missed", language) + "\n")
        for n in c.missed:
            _note(catalog, n, language, text)
        text.append(s("over_heading", language) + "\n", style="bold")
        if not c.over_called:
            text.append("  " + s("nothing_over", language) + "\n")
        for n in c.over_called:
            _note(catalog, n, language, text)
        text.append("\n")
    text.append(working(vignette, language))
    return text


def working(vignette: Vignette, language: str) -> Text:
    text = Text()
    text.append(s("working", language) + "\n", style="bold")
    for r in vignette.expected_results:
        text.append(f"[{r.set}] ", style="italic")
        text.append(r.working.get(language) + "\n")
    text.append("\n" + s("teaching", language) + "\n", style="bold")
    text.append(vignette.teaching_points.get(language) + "\n\n")
    text.append(s("based_on", language) + "\n", style="bold")
    for ref in vignette.based_on:
        if language != "en":
            text.append(source_name(ref.source, language) + "\n")
            continue
        text.append(f"{ref.source}, {ref.locator}: ")
        text.append(f"“{ref.quote}”\n" if ref.quote else s("no_quote", language) + "\n", style="italic")
    pointer = sources_in_english(language)
    if pointer and vignette.based_on:
        text.append(pointer + "\n", style="italic")
    return text


def demonstration(catalog: Catalog, vignette: Vignette, steps: list[Step], shown: int, language: str) -> Text:
    text = Text()
    if shown == 0:
        text.append(s("demo_start", language) + "\n")
        return text
    for step in steps[:shown]:
        indicator_set = catalog.sets[step.set_id]
        dimension = indicator_set.dimension(step.dimension).label.get(language)
        text.append(s("step_line", language, n=step.number, m=len(steps), set=indicator_set.info.title.get(language),
                      dimension=dimension) + "\n", style="bold")
        for indicator_id, answer in step.added:
            indicator = indicator_set.indicator(indicator_id)
            text.append(f"  + {indicator.label.get(language)} ({strength_text(indicator, language)}): ")
            text.append(answer_text(answer, language) + "\n", style="bold")
        if step.verdict is not None:
            why = dimension_reason(indicator_set, step.assessment.dimensions[step.dimension], language)
            state = s("present_because", language, why=why) if step.dimension_now_present else s("not_present", language)
            text.append("  " + s("dimension_now", language, dimension=dimension, state=state) + "\n")
            text.append("  " + s("so_far_dims", language, dims=dims_text(indicator_set, step.dimensions_present, language)) + "\n")
            text.append("  " + s("so_far_verdict", language, v=verdict_text(step.verdict, language)) + "\n", style="bold")
        text.append("\n")
    if shown == len(steps):
        text.append(s("demo_done", language) + "\n\n", style="bold")
        text.append(working(vignette, language))
    return text


def indicator_detail(indicator_set: IndicatorSet, indicator: Indicator, language: str) -> Text:
    text = Text()
    text.append(indicator.label.get(language) + "\n", style="bold")
    text.append(indicator.id + "\n", style="italic")
    text.append(s("detail_set", language, set=indicator_set.info.title.get(language)) + "\n")
    text.append(s("detail_dimension", language, dimension=indicator_set.dimension(indicator.dimension).label.get(language)) + "\n")
    text.append(s("detail_strength", language, strength=strength_text(indicator, language),
                  kind=s(f"kind_{indicator.kind}", language)) + "\n\n")
    text.append(indicator.explanation.get(language) + "\n\n")
    text.append(sources(indicator_set, indicator, language))
    text.append(s("verification", language, v=indicator_caveat(indicator, language)) + "\n", style="italic")
    return text


def sets_of(catalog: Catalog, vignette: Vignette) -> list[IndicatorSet]:
    return vignette_sets(catalog, vignette)
