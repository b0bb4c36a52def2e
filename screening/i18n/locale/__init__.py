"""The program's own words in Ukrainian and Russian, from gettext catalogues a translator can open.

English is the source language: the code keeps each word as {key: English} and the catalogues
here translate it, one message per key (msgctxt = the table's prefix and the key, msgid = the
English). A translator edits `<language>/LC_MESSAGES/screening.po`; the program reads the
compiled `.mo` beside it with the standard library's `gettext`, once per language and only when
that language is first needed (English needs no file). docs/translation.md says how to add a word and recompile.

`Strings` is the one lookup: a missing translation falls back to English and is counted in
`fallbacks`, so a test can insist that the shipped catalogues need none. Kept free of Textual
and of the rest of the package, so that the core and the interface can both use it.
"""

from __future__ import annotations

import os
from collections import Counter
from functools import cache

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing (2 ms) before the first paint
if TYPE_CHECKING:
    from gettext import NullTranslations

DOMAIN = "screening"
LOCALE_DIR = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = ("uk", "ru")  # the catalogues shipped; English is the msgids themselves


class Untranslated(LookupError):
    """A catalogue has no translation for (key, English)."""


def mo_file(language: str) -> str:
    return os.path.join(LOCALE_DIR, language, "LC_MESSAGES", f"{DOMAIN}.mo")


@cache
def translations(language: str) -> NullTranslations:
    """The compiled catalogue of `language`, read once; its lookups raise Untranslated for a
    message it lacks. English (the source language) translates every message to itself."""
    import gettext  # only here: the first lookup in a language pays for it, not the start-up

    class _Missing(gettext.NullTranslations):
        """The last resort behind a catalogue: say that the message is missing."""

        def pgettext(self, context: str, message: str) -> str:
            raise Untranslated(context, message)

        def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
            raise Untranslated(context, msgid1)

    if language == "en":
        return gettext.NullTranslations()
    path = mo_file(language)
    if not os.path.isfile(path):
        return _Missing()
    with open(path, "rb") as mo:
        catalogue = gettext.GNUTranslations(mo)
    catalogue.add_fallback(_Missing())
    return catalogue


class Strings:
    """Words {key: English} said in a language through the catalogues, English when a
    translation is missing, each fallback counted in `fallbacks` (by key and language).
    `plurals` {key: (English singular, English plural)} are words that agree with a number.
    A message's msgctxt is `context` + its key: a prefix keeps apart tables whose keys repeat."""

    def __init__(self, table: dict[str, str], plurals: dict[str, tuple[str, str]] | None = None, context: str = "") -> None:
        self.table = table
        self.plurals = plurals or {}
        self.context = context
        self.fallbacks: Counter[tuple[str, str]] = Counter()

    def __call__(self, key: str, language: str, **values: object) -> str:
        """The string `key` in `language` with `values` put into its {placeholders}."""
        english = self.table[key]
        try:
            text = translations(language).pgettext(self.context + key, english)
        except Untranslated:
            self.fallbacks[(key, language)] += 1
            text = english
        return text.format(**values) if values else text

    def counted(self, key: str, language: str, n: int, **values: object) -> str:
        """The form of the plural `key` that agrees with `n` in `language`, {n} and `values` put in
        (the catalogue's Plural-Forms rule picks the form: one, few or many in uk and ru)."""
        singular, plural = self.plurals[key]
        try:
            text = translations(language).npgettext(self.context + key, singular, plural, n)
        except Untranslated:
            self.fallbacks[(key, language)] += 1
            text = singular if n == 1 else plural
        return text.format(n=n, **values)

    def has(self, key: str) -> bool:
        return key in self.table
