"""Readable names of the ISO 3166-2:UA codes in `OBLASTS`, so a screener picks a word, not a code,
listed in the order of the interface language's alphabet.

Only the oblast level is ever recorded (privacy invariant 3): no town, no address.

The names are ISO 3166-2's own, as the Debian iso-codes project translates them (read from
pycountry 26.2.16: its `subdivisions` and the iso3166-2 locales for uk and ru), copied into
screening/i18n/oblasts.py (the core: the referral note shows them too) so that the set-up screen
loads no 20 MB package; tests/tui/test_oblasts.py checks them against pycountry. One gap:
iso-codes has no Russian name for UA-48, so "Николаевская область" is ours.
"""

from __future__ import annotations

from screening.models.common import OBLASTS
from screening.i18n.oblasts import _NAMES, oblast_name  # noqa: F401  (in the core: the referral note shows them too)

# The alphabets, for sorting: Python's sort by code point puts І, Ї, Є and Ґ before А (they are
# older letters in Unicode). Ё sorts as Е, as Russian dictionaries do. The order agrees with the
# Unicode Collation Algorithm (pyuca) on these names; the test checks it.
_ALPHABETS = {
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "ru": "абвгдежзийклмнопрстуфхцчшщъыьэюя",
    "en": "abcdefghijklmnopqrstuvwxyz",
}
_SAME = {"ё": "е"}


def collation_key(name: str, language: str) -> tuple:
    """Letters by their place in the language's alphabet; anything else (space, hyphen,
    apostrophe) before every letter, as the Unicode Collation Algorithm orders them."""
    alphabet = _ALPHABETS.get(language, _ALPHABETS["en"])
    ranks = []
    for char in name.casefold():
        char = _SAME.get(char, char)
        place = alphabet.find(char)
        ranks.append(1000 + place if place >= 0 else ord(char) if ord(char) < 1000 else 2000 + ord(char))
    return (ranks, name)


def oblast_choices(language: str) -> list[tuple[str, str]]:
    """(readable name, code) in the alphabetical order of the interface language."""
    return sorted(((oblast_name(code, language), code) for code in OBLASTS), key=lambda pair: collation_key(pair[0], language))
