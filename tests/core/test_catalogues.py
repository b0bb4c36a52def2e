"""The gettext catalogues of the program's own words (screening/locale): every shipped .mo is
what its .po compiles to, every message is translated (and checked) in Ukrainian and Russian
with the English placeholders, and the lookup reads each catalogue once and counts a fallback."""

from __future__ import annotations

import io
import string
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from screening.i18n.locale import DOMAIN, LANGUAGES, Strings, mo_file, translations
from screening.i18n.locale import LOCALE_DIR as LOCALE

LOCALE_DIR = Path(LOCALE)

# The standard gettext rule for Ukrainian and Russian (one, few, many).
PLURAL_FORMS = "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"


def po(language: str) -> Catalog:
    with (LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as f:
        return read_po(f)


def template() -> Catalog:
    with (LOCALE_DIR / f"{DOMAIN}.pot").open("rb") as f:
        return read_po(f)


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_mo_is_what_the_po_compiles_to(language):
    compiled = io.BytesIO()
    write_mo(compiled, po(language))
    assert Path(mo_file(language)).read_bytes() == compiled.getvalue(), "run python -m screening.tui.update_translations"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_checked(language):
    catalogue = po(language)
    missing = [m.context for m in catalogue if m.id and not (m.string if isinstance(m.string, str) else all(m.string))]
    fuzzy = [m.context for m in catalogue if m.id and m.fuzzy]
    assert (missing, fuzzy) == ([], [])
    assert {(m.context, m.id) for m in catalogue if m.id} == {(m.context, m.id) for m in template() if m.id}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_the_placeholders_of_the_english(language):
    differ = []
    for m in po(language):
        if not m.id:
            continue
        english = m.id if isinstance(m.id, tuple) else (m.id,)
        translated = m.string if isinstance(m.string, tuple) else (m.string,)
        wanted = set().union(*map(placeholders, english))
        differ += [(m.context, text) for text in translated if placeholders(text) != wanted]
    assert differ == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_plural_rule_is_the_standard_one(language):
    assert dict(po(language).mime_headers)["Plural-Forms"] == PLURAL_FORMS


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_plural_rule_picks_the_cldr_form_for_every_whole_number(language):
    from babel import Locale

    cldr = Locale(language).plural_form
    index = {"one": 0, "few": 1, "many": 2}
    rule = translations(language).plural  # GNUTranslations sets it from the Plural-Forms header
    assert [rule(n) for n in range(10_000)] == [index[cldr(n)] for n in range(10_000)]


def test_a_missing_plural_falls_back_to_the_english_form_and_is_counted():
    words = Strings({}, {"__probe": ("{n} probe", "{n} probes"), "tally.observed": ("{n} observed", "{n} observed")})
    assert [words.counted("__probe", "uk", n) for n in (1, 2)] == ["1 probe", "2 probes"]
    assert words.counted("tally.observed", "uk", 5) == "5 ознак" and words.counted("__probe", "en", 3) == "3 probes"
    assert dict(words.fallbacks) == {("__probe", "uk"): 2}


def test_each_message_has_a_context_and_no_context_has_two_english_texts():
    seen: dict[str, str] = {}
    for m in template():
        if m.id:
            assert m.context, m.id
            assert seen.setdefault(m.context, m.id) == m.id, m.context


def test_a_missing_translation_falls_back_to_english_and_is_counted():
    words = Strings({"__probe": "probe {n}", "k_quit": "Quit"})
    assert words("__probe", "uk", n=2) == "probe 2"
    assert words("__probe", "de") == "probe {n}"  # no catalogue at all
    assert words("k_quit", "ru") == "Выйти" and words("k_quit", "en") == "Quit"
    assert dict(words.fallbacks) == {("__probe", "uk"): 1, ("__probe", "de"): 1}


def test_each_catalogue_is_read_once_and_english_reads_none():
    from gettext import GNUTranslations

    assert translations("uk") is translations("uk")
    assert isinstance(translations("ru"), GNUTranslations)
    assert not isinstance(translations("en"), GNUTranslations)


def test_importing_the_words_reads_no_catalogue():
    code = (
        "import sys\n"
        "import screening.tui.strings as words\n"
        "from screening.i18n.locale import translations\n"
        "assert translations.cache_info().currsize == 0\n"
        "words.t('k_quit', 'en')\n"
        "assert 'textual' not in sys.modules and 'babel' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
