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

from screening.i18n.locale import Strings

if TYPE_CHECKING:  # the models pull in pydantic; this module stays importable without it
    from screening.engine.score import Assessment, DimensionResult
    from screening.models import IndicatorSet
    from screening.models.indicator_set import Indicator, RuleCondition, StrengthGroup

VERDICT_TEXT: dict[str, dict[str, str]] = {
    "strong-indication": {
        "en": "Strong indicators of trafficking found — refer for a status assessment",
        "uk": "Виявлено вагомі ознаки торгівлі людьми — направте для встановлення статусу",
        "ru": "Выявлены весомые признаки торговли людьми — направьте для установления статуса",
    },
    "some-indication": {
        "en": "Some indicators of trafficking found — ask more and consider a referral",
        "uk": "Виявлено окремі ознаки торгівлі людьми — з'ясуйте більше та розгляньте направлення",
        "ru": "Выявлены отдельные признаки торговли людьми — выясните больше и рассмотрите направление",
    },
    "no-indication": {
        "en": "No indicators found — this does not rule out trafficking",
        "uk": "Ознак не виявлено — це не виключає торгівлі людьми",
        "ru": "Признаков не выявлено — это не исключает торговлю людьми",
    },
}

ANSWER_TEXT: dict[str, dict[str, str]] = {
    "yes": {"en": "yes", "uk": "так", "ru": "да"},
    "no": {"en": "no", "uk": "ні", "ru": "нет"},
    "unknown": {"en": "don't know", "uk": "не знаю", "ru": "не знаю"},
    "declined": {"en": "declined to answer", "uk": "відмова відповідати", "ru": "отказ отвечать"},
}

# The screener roles of the note (models/note.py SCREENER_ROLES), as the note and exports say them.
ROLE_TEXT: dict[str, dict[str, str]] = {
    "social-worker": {"en": "social worker", "uk": "соціальний працівник", "ru": "социальный работник"},
    "child-services": {"en": "child services", "uk": "служба у справах дітей", "ru": "служба по делам детей"},
    "police": {"en": "police", "uk": "поліція", "ru": "полиция"},
    "ngo-outreach": {"en": "NGO outreach", "uk": "працівник ГО", "ru": "сотрудник НКО"},
    "hotline": {"en": "hotline", "uk": "гаряча лінія", "ru": "горячая линия"},
    "border-reception": {"en": "border or reception centre", "uk": "кордон або пункт прийому", "ru": "граница или пункт приёма"},
    "health-worker": {"en": "health worker", "uk": "медичний працівник", "ru": "медицинский работник"},
    "other": {"en": "other", "uk": "інше", "ru": "другое"},
}


def verdict_text(verdict: str | None, language: str) -> str:
    if verdict is None:
        return {"en": "Observed indicators (no verdict: this list is unrated)", "uk": "Помічені ознаки (без висновку: список без ваг)", "ru": "Замеченные признаки (без вывода: список без весов)"}.get(language) or "Observed indicators"
    table = VERDICT_TEXT[verdict]
    return table.get(language) or table["en"]


def answer_text(answer: str | None, language: str) -> str:
    if answer is None:
        return {"en": "not answered", "uk": "без відповіді", "ru": "без ответа"}.get(language, "not answered")
    return ANSWER_TEXT[answer].get(language) or ANSWER_TEXT[answer]["en"]


def role_text(role: str, language: str) -> str:
    table = ROLE_TEXT[role]
    return table.get(language) or table["en"]


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
UNRATED = {"en": "unrated", "uk": "без ваги", "ru": "без веса"}


def strength_word(strength: str | None, language: str, n: int = 1) -> str:
    """'strong' / 'вагома' / 'весомый' for one indicator; agreeing with `n` ('5 вагомих')."""
    if strength is None:
        return UNRATED.get(language) or UNRATED["en"]
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
_WORDS: dict[str, dict[str, str]] = {
    "and": {"en": "and", "uk": "і", "ru": "и"},
    "or": {"en": "or", "uk": "або", "ru": "или"},
    "any_dimension": {"en": "any dimension present", "uk": "наявний будь-який вимір", "ru": "присутствует любое измерение"},
    "any_of_strength": {
        "en": "any {strength} indicator answered yes",
        "uk": "будь-яка {strength} ознака з відповіддю «так»",
        "ru": "любой {strength} признак с ответом «да»",
    },
    "any_yes_in": {
        "en": "any indicator of {dimensions} answered yes",
        "uk": "відповідь «так» на будь-яку ознаку вимірів: {dimensions}",
        "ru": "ответ «да» на любой признак измерений: {dimensions}",
    },
    "default": {
        "en": "no dimension present and no strong indicator answered yes",
        "uk": "жодного наявного виміру і жодної вагомої ознаки з відповіддю «так»",
        "ru": "ни одного присутствующего измерения и ни одного весомого признака с ответом «да»",
    },
}
QUOTES = {"en": ("\u201c", "\u201d"), "uk": ("«", "»"), "ru": ("«", "»")}


def _word(key: str, language: str) -> str:
    return _WORDS[key].get(language) or _WORDS[key]["en"]


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
VERIFICATION_TEXT: dict[str, dict[str, str]] = {
    "primary": {"en": "checked against the primary source", "uk": "перевірено за першоджерелом", "ru": "проверено по первоисточнику"},
    "secondary": {
        "en": "checked against a secondary source only",
        "uk": "перевірено лише за вторинним джерелом",
        "ru": "проверено только по вторичному источнику",
    },
    "seed-verbatim": {
        "en": "word for word from a source report",
        "uk": "дослівно з джерельного звіту",
        "ru": "дословно из исходного отчёта",
    },
    "reconstructed": {
        "en": "reconstructed, not checked against the primary text",
        "uk": "реконструйовано, не звірено з першоджерелом",
        "ru": "реконструировано, не сверено с первоисточником",
    },
}
RULE_CAVEAT = {
    "en": "Where the rule comes from: {status}.",
    "uk": "Походження правила: {status}.",
    "ru": "Происхождение правила: {status}.",
}
CHILD_RULE = {
    "en": "For a child the means (deception, coercion, abuse of vulnerability) are not required (Palermo Protocol, Art. 3).",
    "uk": "Для дитини засоби (обман, примус, використання уразливого стану) не потрібні (Палермський протокол, ст. 3).",
    "ru": "Для ребёнка средства (обман, принуждение, использование уязвимого положения) не требуются (Палермский протокол, ст. 3).",
}
SOURCES_IN_ENGLISH = {
    "uk": "Джерела англійською мовою: їхні точні слова та місця в тексті — в англійській версії цього пояснення.",
    "ru": "Источники на английском языке: их точные слова и места в тексте — в английской версии этого пояснения.",
}
# Source ids of the shipped data, named in uk and ru (English uses the data's own title).
SOURCE_NAMES: dict[str, dict[str, str]] = {
    "ilo-2009": {
        "uk": "МОП і Європейська комісія, операційні ознаки торгівлі людьми (2009)",
        "ru": "МОТ и Европейская комиссия, операционные признаки торговли людьми (2009)",
    },
    "unodc-ht-indicators": {
        "uk": "УНЗ ООН, пам'ятка з ознаками торгівлі людьми",
        "ru": "УНП ООН, памятка с признаками торговли людьми",
    },
    "seed-000": {
        "uk": "Державний департамент США, звіт про торгівлю людьми 2023: Україна",
        "ru": "Государственный департамент США, доклад о торговле людьми 2023: Украина",
    },
    "seed-001": {
        "uk": "Державний департамент США, звіт про торгівлю людьми 2024: Росія",
        "ru": "Государственный департамент США, доклад о торговле людьми 2024: Россия",
    },
    "seed-002": {
        "uk": "УНЗ ООН, новина (квітень 2024)",
        "ru": "УНП ООН, новость (апрель 2024)",
    },
    "seed-003": {
        "uk": "Всеукраїнська коаліція ГО проти торгівлі людьми, моніторинговий бюлетень № 10 (2021)",
        "ru": "Всеукраинская коалиция НКО против торговли людьми, мониторинговый бюллетень № 10 (2021)",
    },
    "seed-004": {
        "uk": "Ініціатива ООН проти сексуального насильства в конфліктах: торгівля людьми і сексуальне насильство, пов'язане з конфліктом",
        "ru": "Инициатива ООН против сексуального насилия в конфликтах: торговля людьми и сексуальное насилие, связанное с конфликтом",
    },
}
UNNAMED_SOURCE = {"uk": "джерело англійською мовою", "ru": "источник на английском языке"}


def verification_text(status: str, language: str) -> str:
    """A short caveat for a verification status ('checked against a secondary source only')."""
    table = VERIFICATION_TEXT.get(status)
    return (table.get(language) or table["en"]) if table else status


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
    return (RULE_CAVEAT.get(language) or RULE_CAVEAT["en"]).format(status=verification_text(rule.provenance.verification, language))


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
        lines.append(CHILD_RULE.get(language, CHILD_RULE["en"]))
    return lines


def source_name(source_id: str, language: str, title: str | None = None) -> str:
    """A source as a uk/ru reader can name it; in English the data's title (or the id)."""
    if language == "en":
        return title or source_id
    names = SOURCE_NAMES.get(source_id)
    return (names.get(language) if names else None) or UNNAMED_SOURCE.get(language) or title or source_id


def sources_in_english(language: str) -> str | None:
    """For uk/ru: where the sources' own words are (they are English and shown on the English screen)."""
    return SOURCES_IN_ENGLISH.get(language)
