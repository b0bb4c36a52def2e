"""The results and the explanation screen in Ukrainian and Russian, and the trainer's words: no
English word, tallies that agree with their number, caveats in the language (issue 13 item 5;
issue 16 item 4). And the child's consent names the representative and what to do when that
adult may be the exploiter (issue 13 item 8).
"""

from __future__ import annotations

import re

import pytest

from screening.tui.app import make_app
from screening.tui.screens.consent import ConsentScreen
from screening.tui.screens.explain import ExplainScreen
from screening.tui.screens.results import ResultsScreen
from screening.tui.screens.setup import SetupScreen
from screening.tui.widgets import HangingText

from tests.tui.fixtures import catalog  # noqa: F401  (pytest fixtures)
from tests.tui.helpers import AGE_INDEX, screen_text, start_screening, widget_text

LATIN = re.compile(r"[A-Za-z]")
KEY_NAMES = re.compile(r"\b(?:F\d{1,2}|Esc|Enter|Ctrl\+[A-Z])\b")  # keys are named as printed on them
VERSION = re.compile(r"\bv\d+(?:\.\d+)+\b")  # the header's "v0.1.0"
WORDS = {
    "uk": {"tally": "1 вагома + 1 середня або слабка", "present": "наявний", "caveat": "перевірено лише за вторинним джерелом",
           "rule": "Походження правила: реконструйовано, не звірено з першоджерелом."},
    "ru": {"tally": "1 весомый + 1 средний или слабый", "present": "присутствует", "caveat": "проверено только по вторичному источнику",
           "rule": "Происхождение правила: реконструировано, не сверено с первоисточником."},
}


def latin_left(text: str, catalog) -> list[str]:
    """Lines with a Latin letter once ids (indicators, sets), the [x] mark, key names and the
    program's version are taken out."""
    allowed = sorted({i.id for s in catalog.sets.values() for i in s.indicators} | set(catalog.sets), key=len, reverse=True)
    left = []
    for line in text.splitlines():
        rest = VERSION.sub("", KEY_NAMES.sub("", line.replace("[x]", "")))
        for token in allowed:
            rest = rest.replace(token, "")
        if LATIN.search(rest):
            left.append(line)
    return left


async def _all_yes_results(pilot) -> None:
    """The adult test form answered yes throughout (see fixtures.py): strong indication. The
    answers go in through the session, so the order the questions are asked in does not matter."""
    await start_screening(pilot, "25-59")
    for question_id in ("a-job", "a-hours", "a-pay", "a-violence", "a-displaced"):
        pilot.app.session.answer(question_id, "yes")
    pilot.app.action_results()
    await pilot.pause()
    assert isinstance(pilot.app.screen, ResultsScreen)


@pytest.mark.parametrize("language", ["uk", "ru"])
async def test_results_and_explanation_have_no_english_word(catalog, language):
    app = make_app(catalog=catalog, language=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await _all_yes_results(pilot)
        blocks = "\n".join(widget_text(w) for w in app.screen.query(".set-result"))
        assert latin_left(blocks, catalog) == []
        assert WORDS[language]["tally"] in blocks and WORDS[language]["rule"] in blocks
        assert latin_left(screen_text(app.screen), catalog) == []

        await pilot.press("f7")
        await pilot.pause()
        assert isinstance(app.screen, ExplainScreen)
        text = screen_text(app.screen)
        assert latin_left(text, catalog) == []
        assert f"{WORDS[language]['present']} ({WORDS[language]['tally']})" in text
        assert WORDS[language]["caveat"] in text and WORDS[language]["rule"] in text
        assert "§" not in text and ".md" not in text


async def test_the_english_explanation_keeps_the_sources_own_words(catalog):
    app = make_app(catalog=catalog, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await _all_yes_results(pilot)
        await pilot.press("f7")
        await pilot.pause()
        text = screen_text(app.screen)
        rule = catalog.sets["ilo-adult-labour"].rule
        assert rule.provenance.note in text
        assert "present (1 strong + 1 medium or weak)" in text
        assert "\u201c" in text  # a source quote


async def _consent_for(pilot, age_band: str) -> str:
    await pilot.pause()
    await pilot.press("enter")  # New screening
    await pilot.pause()
    assert isinstance(pilot.app.screen, SetupScreen)
    pilot.app.screen.query_one("#age_band").focus()
    await pilot.press("enter")
    await pilot.pause()
    for _ in range(AGE_INDEX[age_band]):
        await pilot.press("down")
    await pilot.press("enter")
    await pilot.pause()
    pilot.app.screen.query_one("#continue").focus()
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ConsentScreen)
    return widget_text(pilot.app.screen.query_one("#consent-text", HangingText))


CHILD_CONSENT = {
    "en": ("parent, guardian or other legal representative", "may be the one exploiting the child, do not ask them",
           "child protection service", "juvenile prevention", "102"),
    "uk": ("батькам, опікуну чи іншому законному представнику", "може бути тим, хто експлуатує дитину, не питайте його",
           "служби у справах дітей", "ювенальної превенції поліції", "102"),
    "ru": ("родителям, опекуну или другому законному представителю", "может быть тем, кто эксплуатирует ребёнка, не спрашивайте его",
           "службу по делам детей", "ювенальную превенцию полиции", "102"),
}


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
async def test_a_child_s_consent_names_the_representative_and_what_if_they_exploit(catalog, language):
    app = make_app(catalog=catalog, language=language)
    async with app.run_test(size=(80, 24)) as pilot:
        text = await _consent_for(pilot, "14-17")
    for phrase in CHILD_CONSENT[language]:
        assert phrase in text, phrase
    app = make_app(catalog=catalog, language=language)
    async with app.run_test(size=(80, 24)) as pilot:
        adult = await _consent_for(pilot, "25-59")
    assert CHILD_CONSENT[language][0] not in adult


@pytest.mark.parametrize("language", ["uk", "ru"])
def test_the_trainer_s_words_have_no_english_word(language):
    """Demonstration (every step), comparison and catalog detail, for every vignette and indicator:
    source names and caveats instead of English locators, quotes and notes (issue 16 item 4)."""
    from screening.catalog.data import load_catalog
    from screening.training import all_vignettes, demonstration_steps, practice_result
    from screening.tui.training import report

    shipped = load_catalog()
    found = []
    for vignette in all_vignettes(shipped):
        steps = demonstration_steps(shipped, vignette)
        found += latin_left(report.demonstration(shipped, vignette, steps, len(steps), language).plain, shipped)
        found += latin_left(report.comparison(shipped, vignette, practice_result(shipped, vignette, {}), language).plain, shipped)
    for indicator_set in shipped.sets.values():
        for indicator in indicator_set.indicators:
            found += latin_left(report.indicator_detail(indicator_set, indicator, language).plain, shipped)
    # "ID-картка" / "ID-карта" is the Ukrainian identity card's own name
    assert [line for line in found if LATIN.search(re.sub(r"\bID\b", "", line))] == []
