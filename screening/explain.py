"""Plain-text explanation of an assessment, down to each indicator's source.

Shared by `screening score` and the text export of notes; the UI renders the same
Assessment with its own widgets.
"""

from __future__ import annotations

from typing import Mapping

from screening.engine import Assessment
from screening.i18n import answer_text, verdict_text
from screening.models import IndicatorSet

_WORDS = {
    "present": {"en": "present", "uk": "наявний", "ru": "присутствует"},
    "not_present": {"en": "not present", "uk": "відсутній", "ru": "отсутствует"},
    "observed": {"en": "observed", "uk": "помічено", "ru": "замечено"},
    "follow_up": {"en": "Could change with more answers. Follow up on:", "uk": "Результат може змінитися. З'ясуйте:", "ru": "Результат может измениться. Выясните:"},
    "rule": {"en": "Rule", "uk": "Правило", "ru": "Правило"},
    "source": {"en": "source", "uk": "джерело", "ru": "источник"},
    "never": {
        "en": "This shows indicators; it never decides that a person is a victim. Status is decided by the authorities.",
        "uk": "Це лише показує ознаки; інструмент ніколи не вирішує, що людина є постраждалою. Статус встановлюють уповноважені органи.",
        "ru": "Это лишь показывает признаки; инструмент никогда не решает, что человек является пострадавшим. Статус устанавливают уполномоченные органы.",
    },
}


def word(key: str, language: str) -> str:
    return _WORDS[key].get(language) or _WORDS[key]["en"]


def assessment_text(indicator_set: IndicatorSet, assessment: Assessment, answers: Mapping[str, str], language: str = "en") -> str:
    info = indicator_set.info
    lines = [f"{info.title.get(language)} ({indicator_set.id} {indicator_set.version})", verdict_text(assessment.verdict, language), ""]
    for dimension in indicator_set.dimensions:
        result = assessment.dimensions[dimension.id]
        if assessment.verdict is None:
            state = f"{len(result.yes)} {word('observed', language)}"
        else:
            state = word("present", language) + f" ({result.met_by})" if result.present else word("not_present", language)
        mark = "x" if result.present else " "
        lines.append(f"[{mark}] {dimension.label.get(language)}: {state}")
        for indicator_id in result.yes:
            indicator = indicator_set.indicator(indicator_id)
            lines.append(f"      {indicator.strength or '-':<6} {indicator.label.get(language)} [{indicator.id}]")
            for ref in indicator.sources:
                source = indicator_set.source(ref.source)
                title = source.title if source else ref.source
                lines.append(f"             {word('source', language)}: {title}; {ref.locator}")
                if ref.quote:
                    lines.append(f"             \u201c{ref.quote}\u201d")
    if assessment.could_change:
        lines += ["", word("follow_up", language)]
        for indicator_id in assessment.follow_up:
            indicator = indicator_set.indicator(indicator_id)
            lines.append(f"  - {indicator.label.get(language)} [{indicator_id}: {answer_text(answers.get(indicator_id), language)}]")
    if assessment.verdict is not None and indicator_set.rule is not None:
        lines += ["", f"{word('rule', language)}: {assessment.verdict_reason}", indicator_set.rule.provenance.note]
    lines += ["", word("never", language)]
    return "\n".join(lines)
