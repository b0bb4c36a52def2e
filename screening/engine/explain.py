"""Plain-text explanation of an assessment, down to each indicator's source.

Shared by `screening score`, the TUI explanation screen and the text export of notes. The
parts the engine states in English (tallies, the rule) are put into words by
screening/i18n/results.py; on a Ukrainian or Russian screen the English provenance notes, locators
and quotes give way to a short caveat per verification status and the source's name, with a
pointer to the English version for the sources' own words.
"""

from __future__ import annotations

from typing import Mapping

from screening.engine.score import STRENGTHS, Assessment
from screening.i18n.locale import Strings
from screening.i18n.results import (
    answer_text, dimension_reason, indicator_caveat, rule_caveats, source_name, sources_in_english, strength_word,
    verdict_reason_text, verdict_text,
)
from screening.models import IndicatorSet

# The explanation's own words in English; their uk and ru are in the catalogues of screening/i18n/locale
# (msgctxt "explain.<key>"; after a change, run python -m screening.tui.update_translations, docs/translation.md).
_WORDS = Strings({
    "present": "present",
    "not_present": "not present",
    "follow_up": "Could change with more answers. Follow up on:",
    "rule": "Rule",
    "source": "source",
    "never": "This shows indicators; it never decides that a person is a victim. Status is decided by the authorities.",
}, context="explain.")


def word(key: str, language: str) -> str:
    return _WORDS(key, language)


def source_lines(indicator_set: IndicatorSet, indicator, language: str, indent: str) -> list[str]:
    """Each source of an indicator: in English its title, place and quote; in uk/ru its name."""
    lines = []
    for ref in indicator.sources:
        entry = indicator_set.source(ref.source)
        name = source_name(ref.source, language, entry.title if entry else None)
        if language != "en":
            lines.append(f"{indent}{word('source', language)}: {name}")
            continue
        lines.append(f"{indent}{word('source', language)}: {name}; {ref.locator}")
        if ref.quote:
            lines.append(f"{indent}\u201c{ref.quote}\u201d")
    lines.append(f"{indent}{indicator_caveat(indicator, language)}")
    return lines


def assessment_text(indicator_set: IndicatorSet, assessment: Assessment, answers: Mapping[str, str], language: str = "en") -> str:
    info = indicator_set.info
    lines = [f"{info.title.get(language)} ({indicator_set.id} {indicator_set.version})", verdict_text(assessment.verdict, language), ""]
    width = max(len(strength_word(s, language)) for s in STRENGTHS)
    for dimension in indicator_set.dimensions:
        result = assessment.dimensions[dimension.id]
        if assessment.verdict is None:
            state = dimension_reason(indicator_set, result, language)
        elif result.present:
            state = f"{word('present', language)} ({dimension_reason(indicator_set, result, language)})"
        else:
            state = word("not_present", language)
        mark = "x" if result.present else " "
        lines.append(f"[{mark}] {dimension.label.get(language)}: {state}")
        for indicator_id in result.yes:
            indicator = indicator_set.indicator(indicator_id)
            strength = strength_word(indicator.strength, language) if indicator.strength else "-"
            lines.append(f"      {strength:<{width}} {indicator.label.get(language)} [{indicator.id}]")
            lines += source_lines(indicator_set, indicator, language, " " * (7 + width))
    if assessment.could_change:
        lines += ["", word("follow_up", language)]
        for indicator_id in assessment.follow_up:
            indicator = indicator_set.indicator(indicator_id)
            lines.append(f"  - {indicator.label.get(language)} [{indicator_id}: {answer_text(answers.get(indicator_id), language)}]")
    if assessment.verdict is not None and indicator_set.rule is not None:
        lines += ["", f"{word('rule', language)}: {verdict_reason_text(indicator_set, assessment, language)}", *rule_caveats(indicator_set, language)]
    pointer = sources_in_english(language)
    if pointer and assessment.yes:
        lines += ["", pointer]
    lines += ["", word("never", language)]
    return "\n".join(lines)
