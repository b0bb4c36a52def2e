"""Words the program itself says (not the data's), in each interface language.

Data strings (indicators, questions) carry their own translations; these are the
program's own: verdicts and the few messages the core produces. The UI adds its own
table in the same shape. A missing string falls back to English.
"""

from __future__ import annotations

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
