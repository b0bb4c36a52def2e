"""Words the program itself says (not the data's), in each interface language, and the one
place where an engine result is put into words.

Data strings (indicators, questions) carry their own translations; these are the
program's own: verdicts, answers, roles, and the parts of a result the engine states in
English for its tests (`DimensionResult.met_by`, `Assessment.verdict_reason`): strength
tallies, the rule's conditions, verification caveats and source names. Those are rendered
here from the structured result (the counts, the set's rule objects), so the explanation,
the TUI results and the trainer say them the same way in every language. The glossary of
terms is docs/glossary.md. A missing string falls back to English.

Ukrainian and Russian adjectives agree with the number before them ("2 вагомі", "5
вагомих"; "2 весомых"): those words (COUNTED) are plural messages of the gettext catalogues
(screening/locale, docs/translation.md), whose standard rule picks one, few or many as CLDR
does for whole numbers; no Babel at run time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Mapping

from screening.i18n.locale import LANGUAGES, Strings

if TYPE_CHECKING:  # the models pull in pydantic; this module stays importable without it
    from screening.engine.score import Assessment, DimensionResult
    from screening.models import IndicatorSet
    from screening.models.indicator_set import Indicator, RuleCondition, StrengthGroup

# The words below are English only: their uk and ru are in the catalogues of screening/i18n/locale
# (msgctxt = the table's prefix + the key; after a change, run python -m screening.tui.update_translations,
# docs/translation.md). Each language's catalogue is read the first time a word is needed in it.
VERDICT_TEXT = Strings({
    "strong-indication": "Strong indicators of trafficking found — refer for a status assessment",
    "some-indication": "Some indicators of trafficking found — ask more and consider a referral",
    "no-indication": "No indicators found — this does not rule out trafficking",
}, context="verdict.")

ANSWER_TEXT = Strings({
    "yes": "yes",
    "no": "no",
    "unknown": "don't know",
    "declined": "declined to answer",
}, context="answer.")

# The screener roles of the note (models/note.py SCREENER_ROLES), as the note and exports say them.
ROLE_TEXT = Strings({
    "social-worker": "social worker",
    "child-services": "child services",
    "police": "police",
    "ngo-outreach": "NGO outreach",
    "hotline": "hotline",
    "border-reception": "border or reception centre",
    "health-worker": "health worker",
    "other": "other",
}, context="role.")

# Words said once each (msgctxt result.<key>).
WORDS = Strings({
    "unrated_verdict": "Observed indicators (no verdict: this list is unrated)",
    "not_answered": "not answered",
    "unrated": "unrated",
    "rule_caveat": "Where the rule comes from: {status}.",
    "child_rule": "For a child the means (deception, coercion, abuse of vulnerability) are not required (Palermo Protocol, Art. 3).",
    # uk and ru only: English shows the sources' own words and titles
    "sources_in_english": "Sources in English: their exact words and places in the text are in the English version of this explanation.",
    "unnamed_source": "a source in English",
}, context="result.")
KNOWN = ("en", *LANGUAGES)  # the languages the words are said in; another is said as before the catalogues (below)


def verdict_text(verdict: str | None, language: str) -> str:
    if verdict is None:
        return WORDS("unrated_verdict", language) if language in KNOWN else "Observed indicators"
    return VERDICT_TEXT(verdict, language)


def answer_text(answer: str | None, language: str) -> str:
    if answer is None:
        return WORDS("not_answered", language)
    return ANSWER_TEXT(answer, language)


def role_text(role: str, language: str) -> str:
    return ROLE_TEXT(role, language)


# --- strengths and tallies ------------------------------------------------------------
# Words that agree with the number before them, {key: (English singular, English plural)}; their
# uk forms agree with "ознака" (feminine), the ru ones with "признак" (masculine), in the catalogues.
# After a change here, run python -m screening.tui.update_translations.
COUNTED: dict[str, tuple[str, str]] = {
    "strong": ("strong", "strong"),
    "medium": ("medium", "medium"),
    "weak": ("weak", "weak"),
    # An unrated list counts what was observed: "2 ознаки", "5 ознак"; "2 признака", "5 признаков".
    "observed": ("{n} observed", "{n} observed"),
}
counted = Strings({}, COUNTED, context="tally.")  # msgctxt tally.strong, ...


def strength_word(strength: str | None, language: str, n: int = 1) -> str:
    """'strong' / 'вагома' / 'весомый' for one indicator; agreeing with `n` ('5 вагомих')."""
    if strength is None:
        return WORDS("unrated", language)
    return counted.counted(strength, language, n)


def tally(count: int, strengths: tuple[str, ...], language: str) -> str:
    """'2 medium or weak' / '2 середні або слабкі' / '2 средних или слабых'."""
    either = f" {_word('or', language)} ".join(strength_word(s, language, count) for s in strengths)
    return f"{count} {either}"


def combination_text(combination: tuple[StrengthGroup, ...], language: str) -> str:
    """One way a dimension counts as present: '1 strong + 1 medium or weak', in the language."""
    return " + ".join(tally(g.count, g.strengths, language) for g in combination)


def met_combination(indicator_set: IndicatorSet, counts: Mapping[str, int]) -> tuple[StrengthGroup, ...] | None:
    """The first of the rule's combinations that the 'yes' counts per strength meet (as the engine takes it)."""
    rule = indicator_set.rule
    for combination in rule.dimension_present_when if rule is not None else ():
        if all(sum(counts.get(s, 0) for s in g.strengths) >= g.count for g in combination):
            return combination
    return None


def dimension_reason(indicator_set: IndicatorSet, result: DimensionResult, language: str) -> str:
    """Why a dimension is present: the combination its counts meet; for an unrated list, how many were observed."""
    if indicator_set.rule is None:
        return observed_text(len(result.yes), language)
    rule = indicator_set.rule
    if result.combination is not None:  # the engine says which combination, by index
        return combination_text(rule.dimension_present_when[result.combination], language)
    combination = met_combination(indicator_set, result.counts)  # a result built by hand
    return combination_text(combination, language) if combination is not None else ""


def observed_text(n: int, language: str) -> str:
    """How many indicators of an unrated list were observed: '3 observed', '3 ознаки', '3 признака'."""
    return counted.counted("observed", language, n)


# --- the rule's conditions ----------------------------------------------------------------
_WORDS = Strings({
    "and": "and",
    "or": "or",
    "any_dimension": "any dimension present",
    "any_of_strength": "any {strength} indicator answered yes",
    "any_yes_in": "any indicator of {dimensions} answered yes",
    "default": "no dimension present and no strong indicator answered yes",
}, context="rule.")
QUOTES = {"en": ("\u201c", "\u201d"), "uk": ("«", "»"), "ru": ("«", "»")}  # punctuation, not words: stays here


def _word(key: str, language: str) -> str:
    return _WORDS(key, language)


def dimension_name(indicator_set: IndicatorSet, language: str) -> Callable[[str], str]:
    """A dimension id -> its label in quotes, as the rule text names it."""
    left, right = QUOTES.get(language, QUOTES["en"])
    return lambda dimension_id: f"{left}{indicator_set.dimension(dimension_id).label.get(language)}{right}"


def condition_text(condition: RuleCondition, language: str, name: Callable[[str], str]) -> str:
    """A rule condition in words. With `name` = identity and English it reads exactly as the
    engine's `describe_condition` (a test holds them together)."""
    from screening.models.indicator_set import AllOf, AnyDimensionPresent, AnyOf, AnyYesIn, AnyYesOfStrength, DimensionPresent

    if isinstance(condition, AllOf):
        return f" {_word('and', language)} ".join(_grouped(c, language, name) for c in condition.all_of)
    if isinstance(condition, AnyOf):
        return f" {_word('or', language)} ".join(_grouped(c, language, name) for c in condition.any_of)
    if isinstance(condition, DimensionPresent):
        return name(condition.dimension_present)
    if isinstance(condition, AnyDimensionPresent):
        return _word("any_dimension", language)
    if isinstance(condition, AnyYesIn):
        return _word("any_yes_in", language).format(dimensions=_either([name(d) for d in condition.any_yes_in], language))
    if isinstance(condition, AnyYesOfStrength):
        return _word("any_of_strength", language).format(strength=strength_word(condition.any_yes_of_strength, language))
    from screening.models.indicator_set import describe_condition  # a condition this table does not know yet: the engine's English

    return describe_condition(condition)


def _either(names: list[str], language: str) -> str:
    """'A or B or C' in English (as the engine says it); 'А, Б або В' in uk/ru."""
    if language == "en" or len(names) < 2:
        return " or ".join(names)
    return f"{', '.join(names[:-1])} {_word('or', language)} {names[-1]}"


def _grouped(condition: RuleCondition, language: str, name: Callable[[str], str]) -> str:
    from screening.models.indicator_set import AllOf, AnyOf

    text = condition_text(condition, language, name)
    return f"({text})" if isinstance(condition, (AllOf, AnyOf)) and " " in text else text


def verdict_condition(indicator_set: IndicatorSet, assessment: Assessment) -> RuleCondition | None:
    """The rule's condition that gave the verdict (the engine says which, by index); None for the default."""
    rule = indicator_set.rule
    if rule is None or assessment.verdict_rule is None:
        return None
    return rule.verdicts[assessment.verdict_rule].when


def verdict_reason_text(indicator_set: IndicatorSet, assessment: Assessment, language: str,
                        name: Callable[[str], str] | None = None) -> str:
    """Why the verdict: the condition that held, dimensions named by their labels."""
    condition = verdict_condition(indicator_set, assessment)
    if condition is None:
        return _word("default", language)
    return condition_text(condition, language, name or dimension_name(indicator_set, language))


# --- provenance -------------------------------------------------------------------------
VERIFICATION_TEXT = Strings({
    "primary": "checked against the primary source",
    "secondary": "checked against a secondary source only",
    "seed-verbatim": "word for word from a source report",
    "reconstructed": "reconstructed, not checked against the primary text",
}, context="verification.")
# Source ids of the shipped data, named in uk and ru (English uses the data's own title, so the
# English here is only the message a translator translates).
SOURCE_NAMES = Strings({
    "ilo-2009": "ILO and European Commission, operational indicators of trafficking in human beings (2009)",
    "unodc-ht-indicators": "UNODC, human trafficking indicators",
    "seed-000": "US Department of State, Trafficking in Persons Report 2023: Ukraine",
    "seed-001": "US Department of State, Trafficking in Persons Report 2024: Russia",
    "seed-002": "UNODC, news story (April 2024)",
    "seed-003": "All-Ukrainian coalition of NGOs against trafficking, monitoring bulletin No. 10 (2021)",
    "seed-004": "UN Action against Sexual Violence in Conflict: trafficking in persons and conflict-related sexual violence",
}, context="source.")


def verification_text(status: str, language: str) -> str:
    """A short caveat for a verification status ('checked against a secondary source only')."""
    return VERIFICATION_TEXT(status, language) if VERIFICATION_TEXT.has(status) else status


def indicator_caveat(indicator: Indicator, language: str) -> str:
    """English: the data's own provenance note when it has one; uk/ru: the short caveat (the note is English)."""
    if language == "en" and indicator.verification_note:
        return indicator.verification_note
    return verification_text(indicator.verification, language)


def rule_caveat(indicator_set: IndicatorSet, language: str) -> str | None:
    """One short line on where the set's rule comes from ('reconstructed, not checked ...'); None when unrated."""
    rule = indicator_set.rule
    if rule is None:
        return None
    return WORDS("rule_caveat", language, status=verification_text(rule.provenance.verification, language))


def rule_caveats(indicator_set: IndicatorSet, language: str) -> list[str]:
    """What to keep in mind about the rule: English gets the data's own note; uk/ru the short
    caveat (and, for a child set, that the means are not required)."""
    rule = indicator_set.rule
    if rule is None:
        return []
    if language == "en":
        return [rule.provenance.note] if rule.provenance.note else []
    caveat = rule_caveat(indicator_set, language)
    lines = [caveat] if caveat else []
    if indicator_set.info.population == "child":
        lines.append(WORDS("child_rule", language))
    return lines


def source_name(source_id: str, language: str, title: str | None = None) -> str:
    """A source as a uk/ru reader can name it; in English the data's title (or the id)."""
    if language == "en":
        return title or source_id
    if language not in LANGUAGES:  # no name for another language: the data's title
        return title or source_id
    return SOURCE_NAMES(source_id, language) if SOURCE_NAMES.has(source_id) else WORDS("unnamed_source", language)


def sources_in_english(language: str) -> str | None:
    """For uk/ru: where the sources' own words are (they are English and shown on the English screen)."""
    return WORDS("sources_in_english", language) if language in LANGUAGES else None
