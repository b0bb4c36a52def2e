"""Personal data planted in a screening's inputs, and the check that none of it came out.

Each item is something a social worker could plausibly type: names after cue words,
phone numbers from UA, PL, MD and RU, a passport booklet number (Cyrillic and typed with
Latin look-alikes), an ID card, a UNZR, an RNOKPP and an IBAN with valid checksums, a
Luhn-valid card, exact dates, an address, an e-mail, a messenger handle, a car plate.
"""

from __future__ import annotations

import re

FREE_TEXT = (
    "Мене звати Олена Коваленко. My name is John Smith. Меня зовут Ирина Петрова. "
    "Тел. +380 67 123 45 67, 050-765-43-21, +48 601 234 567, +373 69 123 456, +7 916 555-44-33. "
    "Паспорт КВ123456, латиницею KB654321, ID-картка 004512345, УНЗР 19900312-01234. "
    "РНОКПП 3012345670, IBAN UA213223130000026007233566001, картка 4149 4999 0123 4565. "
    "Народилася 12.03.1990, приїхала 2022-03-14, 3 березня 2022. "
    "Адреса: вул. Шевченка, 15, кв. 3. Lives at 12 Baker Street. "
    "Пишіть olena.kovalenko@gmail.com або @olena_k в Telegram. Авто АА1234ВВ."
)

# What must never appear in any export, as typed and with separators removed.
PLANTED = (
    "Олена", "Коваленко", "John", "Smith", "Ирина", "Петрова",
    "+380 67 123 45 67", "0671234567", "0507654321", "601234567", "69123456", "9165554433",
    "КВ123456", "KB654321", "004512345", "19900312", "3012345670", "UA213223130000026007233566001",
    "4149499901234565", "12.03.1990", "2022-03-14", "березня 2022", "Шевченка", "Baker",
    "olena.kovalenko", "gmail.com", "olena_k", "АА1234ВВ",
)


def leaks(text: str) -> list[str]:
    """The planted items found in `text`, also when spaces, dashes and dots were dropped."""
    squeezed = re.sub(r"[\s\-.()]", "", text)
    return [item for item in PLANTED if item in text or re.sub(r"[\s\-.()]", "", item) in squeezed]
