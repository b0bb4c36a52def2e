"""Every UI string exists in English, Ukrainian and Russian: no fallback to English is needed."""

from __future__ import annotations

from screening.models.note import OBLASTS, SCREENER_ROLES
from screening.models import AGE_BANDS
from screening.tui.flow import EXPLOITATION_CONTEXTS
from screening.tui.oblasts import oblast_name
from screening.tui.strings import FALLBACKS, STRINGS, t


def test_every_string_in_every_language_without_fallback():
    FALLBACKS.clear()
    for key in STRINGS:
        for lang in ("en", "uk", "ru"):
            t(key, lang)
    assert sum(FALLBACKS.values()) == 0, sorted(FALLBACKS)


def test_a_missing_translation_falls_back_to_english_and_is_counted():
    FALLBACKS.clear()
    STRINGS["__probe"] = {"en": "probe"}
    try:
        assert t("__probe", "uk") == "probe"
        assert FALLBACKS[("__probe", "uk")] == 1
    finally:
        del STRINGS["__probe"]
        FALLBACKS.clear()


def test_placeholders_agree_across_languages():
    import string

    for key, table in STRINGS.items():
        fields = {lang: {f for _, f, _, _ in string.Formatter().parse(text) if f} for lang, text in table.items()}
        assert len({frozenset(f) for f in fields.values()}) == 1, key


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
