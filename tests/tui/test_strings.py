"""Every UI string exists in English, Ukrainian and Russian: no fallback to English is needed.
(The catalogues themselves are checked in tests/core/test_catalogues.py.)"""

from __future__ import annotations

from screening.models.note import OBLASTS, SCREENER_ROLES
from screening.models import AGE_BANDS
from screening.tui.flow import EXPLOITATION_CONTEXTS
from screening.tui.oblasts import oblast_name
from screening.tui.strings import FALLBACKS, STRINGS, t
from support import ROOT


def test_every_string_in_every_language_without_fallback():
    FALLBACKS.clear()
    for key in STRINGS:
        for lang in ("en", "uk", "ru"):
            t(key, lang)
    assert sum(FALLBACKS.values()) == 0, sorted(FALLBACKS)


def test_a_missing_translation_falls_back_to_english_and_is_counted():
    FALLBACKS.clear()
    STRINGS["__probe"] = "probe"
    try:
        assert t("__probe", "uk") == "probe"
        assert FALLBACKS[("__probe", "uk")] == 1
    finally:
        del STRINGS["__probe"]
        FALLBACKS.clear()


def test_placeholders_agree_across_languages():
    import string

    for key, table in in_every_language(t).items():
        fields = {lang: {f for _, f, _, _ in string.Formatter().parse(text) if f} for lang, text in table.items()}
        assert len({frozenset(f) for f in fields.values()}) == 1, key


def in_every_language(words):
    """{key: {language: text}} of a `Strings` table, as the app says each word."""
    return {key: {lang: words(key, lang) for lang in ("en", "uk", "ru")} for key in words.table}


def test_the_template_holds_every_word_of_the_tables_and_no_other():
    """A word added to a table without running python -m screening.tui.update_translations fails here."""
    from babel.messages.pofile import read_po

    from screening.i18n.locale import DOMAIN, LOCALE_DIR
    from screening.tui.update_translations import template

    with open(f"{LOCALE_DIR}/{DOMAIN}.pot", "rb") as f:
        shipped = read_po(f)
    assert {(m.context, m.id) for m in shipped if m.id} == {(m.context, m.id) for m in template() if m.id}


def test_every_choice_on_the_setup_screen_has_a_label():
    for role in SCREENER_ROLES:
        assert f"role_{role}" in STRINGS
    for band in AGE_BANDS:
        assert f"age_{band}" in STRINGS
    for context in EXPLOITATION_CONTEXTS:
        assert f"ctx_{context}" in STRINGS
    for code in OBLASTS:
        assert all(oblast_name(code, lang) != code for lang in ("en", "uk", "ru"))


def test_one_lookup_serves_both_tables_and_counts_each_apart():
    from screening.tui import strings as app_words
    from screening.tui.training import strings as trainer_words

    assert isinstance(app_words.t, app_words.Strings) and isinstance(trainer_words.s, app_words.Strings)
    assert trainer_words.s.table is trainer_words.STRINGS and app_words.t.table is app_words.STRINGS
    for words in (app_words.t, trainer_words.s):
        words.fallbacks.clear()
        for key in words.table:
            for lang in ("en", "uk", "ru"):
                words(key, lang)
        assert sum(words.fallbacks.values()) == 0, (words.table is app_words.STRINGS, sorted(words.fallbacks))


# --- one glossary (docs/glossary.md): the words the uk and ru tables must not use ---------------
FORBIDDEN = {
    "uk": ("індикатор", "співбесід", "довідк", "жертв", "рабств"),
    "ru": ("индикатор", "собеседован", "справк", "жертв", "рабств"),
}


def every_table():
    """Every table of the program's own words: the app's, the trainer's and the core's."""
    import screening.engine.explain as explain
    import screening.coordinator.xlsform as xlsform
    import screening.export.referral as referral
    import screening.i18n.results as i18n
    from screening.tui.training.strings import s as trainer

    yield "tui", in_every_language(t)
    yield "trainer", in_every_language(trainer)
    yield "explain", in_every_language(explain._WORDS)
    yield "referral", in_every_language(referral._REASONS)
    for name in ("SETUP_TEXT", "AGE_TEXT", "WORDS"):
        yield f"xlsform.{name}", in_every_language(getattr(xlsform, name))
    for name in ("VERDICT_TEXT", "ANSWER_TEXT", "ROLE_TEXT", "WORDS", "_WORDS", "VERIFICATION_TEXT", "SOURCE_NAMES"):
        yield name, in_every_language(getattr(i18n, name))
    yield "COUNTED", {f"{key}-{n}": {lang: i18n.counted.counted(key, lang, n) for lang in ("en", "uk", "ru")}
                      for key in i18n.COUNTED for n in (1, 2, 5)}


def test_no_table_uses_a_word_the_glossary_replaces():
    found = []
    for table_name, table in every_table():
        for key, entry in table.items():
            for lang, words in FORBIDDEN.items():
                text = (entry.get(lang) or "").lower()
                found += [(table_name, key, lang, w) for w in words if w in text]
    assert found == []


def test_strengths_are_said_as_the_glossary_says_them():
    from screening.i18n.results import strength_word
    from screening.tui.training.strings import s as trainer

    for strength in ("strong", "medium", "weak"):
        for lang in ("en", "uk", "ru"):
            assert trainer(f"strength_{strength}", lang) == strength_word(strength, lang)
    glossary = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
    for term in ("ознака", "признак", "вагома", "весомый", "постраждала особа", "пострадавшее лицо", "УНЗ ООН", "УНП ООН",
                 "домашнє підневілля", "домашнее подневольное положение", "розмова", "беседа",
                 "знеособлене направлення", "обезличенное направление"):
        assert term in glossary, term


def test_the_app_title_does_not_presume_a_victim():
    for lang, title in in_every_language(t)["app_title"].items():
        assert not any(w in title.lower() for w in ("victim", "постражд", "пострадав", "жертв")), (lang, title)
