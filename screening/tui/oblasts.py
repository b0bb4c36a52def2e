"""Readable names of the ISO 3166-2:UA codes in `OBLASTS`, so a screener picks a word, not a code.

Only the oblast level is ever recorded (privacy invariant 3): no town, no address.
"""

from __future__ import annotations

from screening.models.note import OBLASTS

# code -> (en, uk, ru)
_NAMES: dict[str, tuple[str, str, str]] = {
    "UA-05": ("Vinnytsia", "Вінницька", "Винницкая"),
    "UA-07": ("Volyn", "Волинська", "Волынская"),
    "UA-09": ("Luhansk", "Луганська", "Луганская"),
    "UA-12": ("Dnipropetrovsk", "Дніпропетровська", "Днепропетровская"),
    "UA-14": ("Donetsk", "Донецька", "Донецкая"),
    "UA-18": ("Zhytomyr", "Житомирська", "Житомирская"),
    "UA-21": ("Zakarpattia", "Закарпатська", "Закарпатская"),
    "UA-23": ("Zaporizhzhia", "Запорізька", "Запорожская"),
    "UA-26": ("Ivano-Frankivsk", "Івано-Франківська", "Ивано-Франковская"),
    "UA-30": ("Kyiv (city)", "Київ (місто)", "Киев (город)"),
    "UA-32": ("Kyiv oblast", "Київська", "Киевская"),
    "UA-35": ("Kirovohrad", "Кіровоградська", "Кировоградская"),
    "UA-40": ("Sevastopol (city)", "Севастополь (місто)", "Севастополь (город)"),
    "UA-43": ("Crimea", "Автономна Республіка Крим", "Автономная Республика Крым"),
    "UA-46": ("Lviv", "Львівська", "Львовская"),
    "UA-48": ("Mykolaiv", "Миколаївська", "Николаевская"),
    "UA-51": ("Odesa", "Одеська", "Одесская"),
    "UA-53": ("Poltava", "Полтавська", "Полтавская"),
    "UA-56": ("Rivne", "Рівненська", "Ровенская"),
    "UA-59": ("Sumy", "Сумська", "Сумская"),
    "UA-61": ("Ternopil", "Тернопільська", "Тернопольская"),
    "UA-63": ("Kharkiv", "Харківська", "Харьковская"),
    "UA-65": ("Kherson", "Херсонська", "Херсонская"),
    "UA-68": ("Khmelnytskyi", "Хмельницька", "Хмельницкая"),
    "UA-71": ("Cherkasy", "Черкаська", "Черкасская"),
    "UA-74": ("Chernihiv", "Чернігівська", "Черниговская"),
    "UA-77": ("Chernivtsi", "Чернівецька", "Черновицкая"),
}
_INDEX = {"en": 0, "uk": 1, "ru": 2}


def oblast_name(code: str, language: str) -> str:
    names = _NAMES.get(code)
    return names[_INDEX.get(language, 0)] if names else code


def oblast_choices(language: str) -> list[tuple[str, str]]:
    """(readable name, code) sorted by name in the interface language."""
    return sorted(((oblast_name(code, language), code) for code in OBLASTS), key=lambda pair: pair[0])
