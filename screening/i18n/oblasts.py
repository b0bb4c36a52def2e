"""Names of the ISO 3166-2:UA codes in `OBLASTS` in en, uk and ru: the set-up screen lists them,
and the referral note shows the name (its JSON keeps the code).

Only the oblast level is ever recorded (privacy invariant 3): no town, no address.

The names are ISO 3166-2's own, as the Debian iso-codes project translates them (read from
pycountry 26.2.16: its `subdivisions` and the iso3166-2 locales for uk and ru), copied here so
that nothing loads a 20 MB package; tests/tui/test_oblasts.py checks them against pycountry.
One gap: iso-codes has no Russian name for UA-48, so "Николаевская область" is ours.
Part of the core (no Textual): the interface's list and its sorting are in screening/tui/oblasts.py.
"""

from __future__ import annotations

# code -> (en, uk, ru)
_NAMES: dict[str, tuple[str, str, str]] = {
    "UA-05": ("Vinnytska oblast", "Вінницька область", "Винницкая область"),
    "UA-07": ("Volynska oblast", "Волинська область", "Волынская область"),
    "UA-09": ("Luhanska oblast", "Луганська область", "Луганская область"),
    "UA-12": ("Dnipropetrovska oblast", "Дніпропетровська область", "Днепропетровская область"),
    "UA-14": ("Donetska oblast", "Донецька область", "Донецкая область"),
    "UA-18": ("Zhytomyrska oblast", "Житомирська область", "Житомирская область"),
    "UA-21": ("Zakarpatska oblast", "Закарпатська область", "Закарпатская область"),
    "UA-23": ("Zaporizka oblast", "Запорізька область", "Запорожская область"),
    "UA-26": ("Ivano-Frankivska oblast", "Івано-Франківська область", "Ивано-Франковская область"),
    "UA-30": ("Kyiv", "Київ", "Киев"),
    "UA-32": ("Kyivska oblast", "Київська область", "Киевская область"),
    "UA-35": ("Kirovohradska oblast", "Кіровоградська область", "Кировоградская область"),
    "UA-40": ("Sevastopol", "Севастополь", "Севастополь"),
    "UA-43": ("Avtonomna Respublika Krym", "Автономна Республіка Крим", "Автономная Республика Крым"),
    "UA-46": ("Lvivska oblast", "Львівська область", "Львовская область"),
    "UA-48": ("Mykolaivska oblast", "Миколаївська область", "Николаевская область"),
    "UA-51": ("Odeska oblast", "Одеська область", "Одесская область"),
    "UA-53": ("Poltavska oblast", "Полтавська область", "Полтавская область"),
    "UA-56": ("Rivnenska oblast", "Рівненська область", "Ровненская область"),
    "UA-59": ("Sumska oblast", "Сумська область", "Сумская область"),
    "UA-61": ("Ternopilska oblast", "Тернопільська область", "Тернопольская область"),
    "UA-63": ("Kharkivska oblast", "Харківська область", "Харьковская область"),
    "UA-65": ("Khersonska oblast", "Херсонська область", "Херсонская область"),
    "UA-68": ("Khmelnytska oblast", "Хмельницька область", "Хмельницкая область"),
    "UA-71": ("Cherkaska oblast", "Черкаська область", "Черкасская область"),
    "UA-74": ("Chernihivska oblast", "Чернігівська область", "Черниговская область"),
    "UA-77": ("Chernivetska oblast", "Чернівецька область", "Черновицкая область"),
}
_INDEX = {"en": 0, "uk": 1, "ru": 2}


def oblast_name(code: str, language: str) -> str:
    names = _NAMES.get(code)
    return names[_INDEX.get(language, 0)] if names else code
