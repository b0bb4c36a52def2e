"""The oblast list of the set-up screen: names from ISO 3166-2 as iso-codes translates them
(pycountry), in the order of the language's alphabet (the Unicode Collation Algorithm, pyuca),
not by code point, which put Івано-Франківська before Автономна Республіка Крим (issue 16 item 6)."""

from __future__ import annotations

import gettext

import pycountry
import pytest
import pyuca

from screening.models.note import OBLASTS
from screening.tui.oblasts import _NAMES, oblast_choices, oblast_name

COLLATOR = pyuca.Collator()
OURS = {("UA-48", "ru")}  # iso-codes has no Russian name for Mykolaiv oblast


def test_every_recorded_oblast_has_a_name_in_every_language():
    assert set(_NAMES) == set(OBLASTS)


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
def test_the_names_are_iso_3166_2_s_as_pycountry_translates_them(language):
    translate = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[language]).gettext if language != "en" else str
    for code in OBLASTS:
        iso = translate(pycountry.subdivisions.get(code=code).name)
        if (code, language) in OURS:
            assert iso == pycountry.subdivisions.get(code=code).name, "iso-codes has it now: take theirs"
            continue
        assert oblast_name(code, language) == iso, code


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
def test_the_list_is_in_alphabetical_order(language):
    names = [name for name, _ in oblast_choices(language)]
    assert names == sorted(names, key=COLLATOR.sort_key)


def test_ukrainian_letters_sort_in_their_place():
    names = [name for name, _ in oblast_choices("uk")]
    assert names[0] == "Автономна Республіка Крим"
    assert names.index("Закарпатська область") < names.index("Івано-Франківська область") < names.index("Київ")
    assert names.index("Київ") < names.index("Київська область")
