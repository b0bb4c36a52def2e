"""Results and explanations read correctly in Ukrainian and Russian (issue 13, item 5).

The engine states tallies and the rule in English (`met_by`, `verdict_reason`); screening/i18n/results.py
renders them from the structured result. These tests hold the two together (the English
rendering, with dimension ids as names, is the engine's text word for word), check the plural
forms against the glossary, and walk the explanation of every shipped set in uk and ru for any
Latin-letter word that is not an id.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys

import pytest

from screening.catalog.data import load_catalog
from screening.engine.score import describe_condition, score
from screening.engine.explain import assessment_text
from screening.i18n.results import (
    combination_text, condition_text, dimension_reason, met_combination, observed_text, strength_word,
    tally, verdict_condition, verdict_reason_text,
)
from support import ROOT

CATALOG = load_catalog()
SETS = sorted(CATALOG.sets.values(), key=lambda s: s.id)
RATED = [s for s in SETS if s.rule is not None]
ANSWERS = ("yes", "no", "unknown", "declined")
LATIN = re.compile(r"[A-Za-z]")


def random_answers(indicator_set, rnd: random.Random, p_yes: float) -> dict[str, str]:
    answers = {}
    for indicator in indicator_set.indicators:
        roll = rnd.random()
        if roll < p_yes:
            answers[indicator.id] = "yes"
        elif roll < 0.9:
            answers[indicator.id] = rnd.choice(ANSWERS[1:])
    return answers


def cases(indicator_set, n: int = 60):
    """Answers from none to all 'yes', reproducibly."""
    rnd = random.Random(indicator_set.id)
    yield {}
    yield {i.id: "yes" for i in indicator_set.indicators}
    for k in range(n):
        yield random_answers(indicator_set, rnd, p_yes=(k % 6) / 10)


# --- plural forms: the glossary's examples ----------------------------------------------------

def spoken(language: str, strength: str, *counts: int) -> list[str]:
    return [tally(n, (strength,), language) for n in counts]


def test_ukrainian_tallies_agree_with_the_feminine_ознака():
    assert spoken("uk", "strong", 1, 2, 5) == ["1 вагома", "2 вагомі", "5 вагомих"]
    assert spoken("uk", "medium", 1, 3, 5) == ["1 середня", "3 середні", "5 середніх"]
    assert spoken("uk", "weak", 1, 2, 5) == ["1 слабка", "2 слабкі", "5 слабких"]
    assert spoken("uk", "strong", 11, 12, 21, 22, 25) == ["11 вагомих", "12 вагомих", "21 вагома", "22 вагомі", "25 вагомих"]


def test_russian_tallies_agree_with_the_masculine_признак():
    assert spoken("ru", "strong", 1, 2, 5) == ["1 весомый", "2 весомых", "5 весомых"]
    assert spoken("ru", "medium", 1, 3) == ["1 средний", "3 средних"]
    assert spoken("ru", "weak", 1, 2) == ["1 слабый", "2 слабых"]
    assert spoken("ru", "weak", 11, 21) == ["11 слабых", "21 слабый"]


def test_english_tallies_do_not_inflect():
    assert spoken("en", "medium", 1, 3) == ["1 medium", "3 medium"]
    assert tally(2, ("medium", "weak"), "en") == "2 medium or weak"


def test_an_either_group_agrees_in_both_adjectives():
    assert tally(1, ("medium", "weak"), "uk") == "1 середня або слабка"
    assert tally(2, ("medium", "weak"), "uk") == "2 середні або слабкі"
    assert tally(2, ("medium", "weak"), "ru") == "2 средних или слабых"


def test_the_forms_follow_the_plural_categories():  # one, few, many (tests/core/test_catalogues.py checks the rule against CLDR)
    assert [strength_word("strong", "uk", n) for n in (1, 2, 5, 11, 21)] == ["вагома", "вагомі", "вагомих", "вагомих", "вагома"]
    assert [observed_text(n, "ru") for n in (1, 3, 7, 14, 23)] == ["1 признак", "3 признака", "7 признаков", "14 признаков", "23 признака"]


def test_an_unrated_list_counts_indicators_in_words():
    assert [observed_text(n, "uk") for n in (1, 2, 5)] == ["1 ознака", "2 ознаки", "5 ознак"]
    assert [observed_text(n, "ru") for n in (1, 2, 5)] == ["1 признак", "2 признака", "5 признаков"]
    assert observed_text(2, "en") == "2 observed"


def test_one_indicator_s_strength_in_each_language():
    assert [strength_word(s, "uk") for s in ("strong", "medium", "weak")] == ["вагома", "середня", "слабка"]
    assert [strength_word(s, "ru") for s in ("strong", "medium", "weak")] == ["весомый", "средний", "слабый"]


# --- the same reading as the engine -------------------------------------------------------

@pytest.mark.parametrize("indicator_set", RATED, ids=lambda s: s.id)
def test_the_english_rendering_is_the_engine_s_own_text(indicator_set):
    """With dimension ids as names, the rendered combination and condition are the engine's words:
    the renderer found the very rule objects the engine used."""
    seen_conditions = set()
    for answers in cases(indicator_set):
        assessment = score(indicator_set, answers)
        for result in assessment.dimensions.values():
            combination = met_combination(indicator_set, result.counts)
            assert (combination is not None) == result.present
            if result.present:
                assert combination_text(combination, "en") == result.met_by
        condition = verdict_condition(indicator_set, assessment)
        text = verdict_reason_text(indicator_set, assessment, "en", name=str)
        assert text == assessment.verdict_reason, answers
        seen_conditions.add(condition is None)
    assert seen_conditions == {True, False}  # both a rule condition and the default were met


@pytest.mark.parametrize("indicator_set", RATED, ids=lambda s: s.id)
def test_every_condition_of_the_rule_is_said_in_each_language(indicator_set):
    for when in indicator_set.rule.verdicts:
        assert condition_text(when.when, "en", str) == describe_condition(when.when)
        for language in ("uk", "ru"):
            said = condition_text(when.when, language, lambda d: indicator_set.dimension(d).label.get(language))
            assert not LATIN.search(said), said


# --- nothing English on a uk/ru explanation -----------------------------------------------------


def latin_left(text: str, indicator_set) -> list[str]:
    """Lines that still hold a Latin letter once the allowed tokens are taken out: indicator ids,
    the set id, the [x] mark of a present dimension."""
    allowed = sorted({i.id for i in indicator_set.indicators} | {indicator_set.id}, key=len, reverse=True)
    left = []
    for line in text.splitlines():
        stripped = line.replace("[x]", "")
        for token in allowed:
            stripped = stripped.replace(token, "")
        if LATIN.search(stripped):
            left.append(line)
    return left


@pytest.mark.parametrize("language", ["uk", "ru"])
@pytest.mark.parametrize("indicator_set", SETS, ids=lambda s: s.id)
def test_explanation_has_no_english_word_and_no_file_path(indicator_set, language):
    for answers in cases(indicator_set, n=20):
        text = assessment_text(indicator_set, score(indicator_set, answers), answers, language)
        assert latin_left(text, indicator_set) == [], answers
        assert ".md" not in text and "§" not in text and "shared/" not in text


@pytest.mark.parametrize("indicator_set", RATED, ids=lambda s: s.id)
def test_uk_and_ru_explanations_say_the_caveats(indicator_set):
    answers = {i.id: "yes" for i in indicator_set.indicators}
    assessment = score(indicator_set, answers)
    caveat = {
        "secondary": {"uk": "перевірено лише за вторинним джерелом", "ru": "проверено только по вторичному источнику"},
        "reconstructed": {"uk": "реконструйовано, не звірено з першоджерелом", "ru": "реконструировано, не сверено с первоисточником"},
    }
    for language in ("uk", "ru"):
        text = assessment_text(indicator_set, assessment, answers, language)
        for indicator in indicator_set.indicators:
            if indicator.verification in caveat:
                assert caveat[indicator.verification][language] in text
        assert caveat[indicator_set.rule.provenance.verification][language] in text
        for dimension in indicator_set.dimensions:
            if assessment.dimensions[dimension.id].present:
                reason = dimension_reason(indicator_set, assessment.dimensions[dimension.id], language)
                assert f"{dimension.label.get(language)}: " in text and reason in text


def test_english_keeps_the_data_s_provenance_notes():
    indicator_set = CATALOG.sets["ilo-adult-labour"]
    noted = next(i for i in indicator_set.indicators if i.verification_note)
    answers = {noted.id: "yes"}
    text = assessment_text(indicator_set, score(indicator_set, answers), answers, "en")
    assert noted.verification_note in text
    assert indicator_set.rule.provenance.note in text
    assert noted.sources[0].locator in text


def test_a_hand_worked_ukrainian_explanation():
    """Deceived about the job (strong) + about travel (medium) -> deceptive recruitment present by
    '1 strong + 1 medium or weak'; excessive hours (strong) alone is not enough for its dimension;
    one dimension present -> some indication, by 'any dimension present or any strong yes'."""
    indicator_set = CATALOG.sets["ilo-adult-labour"]
    answers = {"ilo-al-dr-deceived-nature-of-job": "yes", "ilo-al-dr-deceived-travel": "yes", "ilo-al-ec-excessive-hours": "yes"}
    text = assessment_text(indicator_set, score(indicator_set, answers), answers, "uk")
    assert "[x] Вербування шляхом обману: наявний (1 вагома + 1 середня або слабка)" in text
    assert "Правило: наявний будь-який вимір або будь-яка вагома ознака з відповіддю «так»" in text
    assert "Походження правила: реконструйовано, не звірено з першоджерелом." in text
    ru = assessment_text(indicator_set, score(indicator_set, answers), answers, "ru")
    assert "[x] Вербовка путём обмана: присутствует (1 весомый + 1 средний или слабый)" in ru


# --- no Babel at run time: the forms come from the compiled catalogues ----------------------------

def test_a_ukrainian_tally_needs_no_babel():
    code = (
        "import sys\n"
        "import screening.i18n.results as i\n"
        "from screening.models.indicator_set import StrengthGroup\n"
        "assert 'babel' not in sys.modules\n"
        "g = (StrengthGroup(strengths=('strong',), count=1), StrengthGroup(strengths=('medium', 'weak'), count=1))\n"
        "assert i.combination_text(g, 'en') == '1 strong + 1 medium or weak'\n"
        "assert 'babel' not in sys.modules\n"
        "assert i.combination_text(g, 'uk') == '1 вагома + 1 середня або слабка'\n"
        "assert i.combination_text(g, 'ru') == '1 весомый + 1 средний или слабый'\n"
        "assert 'babel' not in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr


def test_the_words_come_from_the_engines_result_as_data_not_from_its_english_text():
    """The engine says which verdict rule and which combination held, by index; the uk/ru words
    do not depend on matching the English sentence it also gives (issue 17)."""
    import dataclasses

    from screening.catalog.data import load_catalog
    from screening.engine.score import score
    from screening.i18n.results import dimension_reason, verdict_reason_text

    labour = load_catalog().sets["ilo-adult-labour"]
    ids = {(i.dimension, i.strength): i.id for i in labour.indicators}
    answers = {ids[("exploitative_conditions", "strong")]: "yes", ids[("exploitative_conditions", "medium")]: "yes",
               ids[("coercion_at_destination", "strong")]: "yes"}
    assessment = score(labour, answers)
    assert assessment.verdict_rule is not None
    assert assessment.dimensions["exploitative_conditions"].combination is not None
    reworded = dataclasses.replace(
        assessment, verdict_reason="(reworded)",
        dimensions={k: dataclasses.replace(v, met_by="(reworded)") for k, v in assessment.dimensions.items()},
    )
    for language in ("en", "uk", "ru"):
        assert verdict_reason_text(labour, reworded, language) == verdict_reason_text(labour, assessment, language)
        assert verdict_reason_text(labour, reworded, language) != verdict_reason_text(labour, dataclasses.replace(assessment, verdict_rule=None), language)
        result = reworded.dimensions["exploitative_conditions"]
        assert dimension_reason(labour, result, language) == dimension_reason(labour, assessment.dimensions["exploitative_conditions"], language) != ""
