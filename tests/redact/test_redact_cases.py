"""Planted personal data in en/uk/ru free text: each secret is removed, found as the right kind,
and its finding's span is exactly the secret in the original text.

Checksum numbers were worked out by hand, e.g. RNOKPP 2847510638: weights
(-1, 5, 7, 9, 4, 6, 10, 5, 7) on 2,8,4,7,5,1,0,6,3 give -2+40+28+63+20+6+0+30+21 = 206;
206 mod 11 = 8, mod 10 = 8 = the last digit. Card 4149 4393 1234 5675 passes Luhn (sum 60).
"""

from __future__ import annotations

import pytest

from screening.redact.text import KINDS, PLACEHOLDERS, Finding, Redaction, redact

# (language, text, secret, kind)
CASES = [
    # phone: national, international, glued to words, at the start and end, in brackets
    ("uk", "Мій номер 067 123 45 67, дзвоніть увечері.", "067 123 45 67", "phone"),
    ("uk", "0671234567 — це номер вербувальника.", "0671234567", "phone"),
    ("uk", "Телефон: (044) 123-45-67.", "(044) 123-45-67", "phone"),
    ("en", "Call her on +380 67 123 45 67", "+380 67 123 45 67", "phone"),
    ("en", "Her number is +380671234567.", "+380671234567", "phone"),
    ("ru", "Звонили с 8 800 555 35 35 по вечерам.", "8 800 555 35 35", "phone"),
    ("ru", "Номер +7 916 123-45-67 у вербовщика.", "+7 916 123-45-67", "phone"),
    ("en", "Polish employer: +48 601 234 567, ask for work.", "+48 601 234 567", "phone"),
    ("en", "The driver from Moldova, +373 69 123 456!", "+373 69 123 456", "phone"),
    ("en", "UK contact +44 20 7946 0958.", "+44 20 7946 0958", "phone"),
    ("ru", "Турция: +90 532 123 45 67", "+90 532 123 45 67", "phone"),
    ("uk", "тел.0931234567", "0931234567", "phone"),
    ("uk", "дзвоніть (067)1234567!", "(067)1234567", "phone"),
    ("ru", "Телефон 8(916)123-45-67.", "8(916)123-45-67", "phone"),
    ("uk", "Контакт «+38 (050) 123-45-67»", "+38 (050) 123-45-67", "phone"),
    ("en", "viber: 0671234567", "0671234567", "phone"),
    ("uk", "міський номер 123-45-67", "123-45-67", "phone"),
    # e-mail
    ("en", "Write to anna.k@gmail.com.", "anna.k@gmail.com", "email"),
    ("uk", "пошта:olena_petrenko@ukr.net", "olena_petrenko@ukr.net", "email"),
    ("ru", "Почта ivan.ivanov+job@mail.ru, пишите.", "ivan.ivanov+job@mail.ru", "email"),
    # links
    ("en", "The ad was at https://jobs-abroad.example.com/offer?id=17.", "https://jobs-abroad.example.com/offer?id=17", "url"),
    ("uk", "Сайт агенції www.superjob-poland.pl, там вакансії", "www.superjob-poland.pl", "url"),
    ("ru", "Объявление на rabota-evropa.ru/vacancy/123", "rabota-evropa.ru/vacancy/123", "url"),
    # messenger handles
    ("en", "Her Telegram is @anna_k92.", "@anna_k92", "handle"),
    ("uk", "Пишіть у t.me/recruiter_ua", "t.me/recruiter_ua", "handle"),
    ("ru", "Ватсап: olga.m", "olga.m", "handle"),
    ("uk", "телеграм annak_92 вербувальника", "annak_92", "handle"),
    ("en", "see instagram.com/anna.travel for photos", "instagram.com/anna.travel", "handle"),
    # passports: Cyrillic series, Latin look-alikes, with and without a space or №
    ("uk", "Паспорт КВ 123456 забрав роботодавець.", "КВ 123456", "passport"),
    ("uk", "серія КВ123456", "КВ123456", "passport"),
    ("en", "passport KB123456 was taken", "KB123456", "passport"),
    ("ru", "паспорт серии СН №654321", "СН №654321", "passport"),
    ("uk", "Закордонний паспорт FA123456.", "FA123456", "passport"),
    ("ru", "Документ МЕ 123456", "МЕ 123456", "passport"),
    ("ru", "паспорт 45 06 123456 изъяли", "45 06 123456", "passport"),
    # ID cards (9 digits)
    ("uk", "ID-картка 001234567", "001234567", "id-card"),
    ("en", "Her ID card number is 123456789.", "123456789", "id-card"),
    ("ru", "номер 987654321 в id-карте", "987654321", "id-card"),
    # UNZR
    ("uk", "УНЗР 19900101-01234", "19900101-01234", "unzr"),
    ("en", "record number 20010315-00123.", "20010315-00123", "unzr"),
    # RNOKPP (valid checksums)
    ("uk", "РНОКПП 2847510638", "2847510638", "rnokpp"),
    ("ru", "ИНН 3456789014 у него", "3456789014", "rnokpp"),
    ("en", "tax number 1759013776,", "1759013776", "rnokpp"),
    # other tax numbers: EDRPOU, Russian INN of a person
    ("uk", "Фірма з кодом ЄДРПОУ 32855961 обіцяла роботу", "32855961", "tax-number"),
    ("ru", "ИНН 500100732259", "500100732259", "tax-number"),
    # IBAN
    ("uk", "IBAN UA213223130000026007233566001", "UA213223130000026007233566001", "iban"),
    ("en", "account UA21 3223 1300 0002 6007 2335 6600 1 please", "UA21 3223 1300 0002 6007 2335 6600 1", "iban"),
    ("en", "PL61 1090 1014 0000 0712 1981 2874", "PL61 1090 1014 0000 0712 1981 2874", "iban"),
    ("ru", "счёт DE89370400440532013000.", "DE89370400440532013000", "iban"),
    # bank cards
    ("uk", "Картка 4149 4393 1234 5675", "4149 4393 1234 5675", "bank-card"),
    ("en", "card 4149439312345675", "4149439312345675", "bank-card"),
    ("ru", "карта 5375-4100-0012-3452.", "5375-4100-0012-3452", "bank-card"),
    # exact dates
    ("uk", "Народилася 12.03.1998.", "12.03.1998", "date"),
    ("en", "born 12/03/1998", "12/03/1998", "date"),
    ("en", "arrived on 2023-03-12", "2023-03-12", "date"),
    ("uk", "12 березня 2023 року її вивезли", "12 березня 2023 року", "date"),
    ("ru", "Уехала 12 марта 2023 года.", "12 марта 2023 года", "date"),
    ("en", "on March 12, 2023 she left", "March 12, 2023", "date"),
    ("en", "the 12th of March 2023", "12th of March 2023", "date"),
    ("uk", "працювала з 5 травня", "5 травня", "date"),
    # vehicle plates, Latin and Cyrillic
    ("uk", "Машина AA 1234 BB чекала", "AA 1234 BB", "plate"),
    ("uk", "авто АА1234ВВ", "АА1234ВВ", "plate"),
    ("ru", "номер машины А123ВС 777", "А123ВС 777", "plate"),
    ("uk", "бус КА 0001 ХХ", "КА 0001 ХХ", "plate"),
    # exact ages (only next to an age word; the note carries the age band)
    ("uk", "Їй 17 років, вона з Херсонщини.", "17 років", "age"),
    ("ru", "Мне 34 года.", "34 года", "age"),
    ("en", "a 16-year-old girl", "16-year-old", "age"),
    ("en", "She is aged 15", "15", "age"),
    # names after cue words, roles, and common first names
    ("uk", "Вербувальник Сергій Іванов обіцяв роботу.", "Сергій Іванов", "name"),
    ("uk", "Її дочка Марійка, 5 років.", "Марійка", "name"),
    ("ru", "Он назвался Андреем.", "Андреем", "name"),
    ("uk", "Про це розповіла Олена Петрівна", "Олена Петрівна", "name"),
    ("en", "Her friend Oksana Kovalenko helped her", "Oksana Kovalenko", "name"),
    ("en", "My name is John Smith.", "John Smith", "name"),
    ("uk", "Мене звуть Олена Петренко.", "Олена Петренко", "name"),
    ("ru", "Меня зовут Анна.", "Анна", "name"),
    ("uk", "Прізвище: Коваленко", "Коваленко", "name"),
    ("ru", "Фамилия Иванова, остальное неизвестно", "Иванова", "name"),
    ("uk", "Звати її марія", "марія", "name"),
    ("en", "a man called Viktor took her passport", "Viktor", "name"),
    ("uk", "ім’я Оксана", "Оксана", "name"),
    ("en", "name: Olga", "Olga", "name"),
    ("ru", "Имя: Светлана-Мария", "Светлана-Мария", "name"),
    # addresses
    ("uk", "Живе на вул. Шевченка, 12, кв. 5.", "вул. Шевченка, 12, кв. 5", "address"),
    ("uk", "вулиця Лесі Українки 7", "вулиця Лесі Українки 7", "address"),
    ("uk", "просп. Перемоги 45", "просп. Перемоги 45", "address"),
    ("ru", "ул. Ленина, д. 5, кв. 12", "ул. Ленина, д. 5, кв. 12", "address"),
    ("ru", "пр-т Мира 10", "пр-т Мира 10", "address"),
    ("en", "She lives at 221B Baker Street, apt 5", "221B Baker Street, apt 5", "address"),
    ("en", "Shevchenka street 12", "Shevchenka street 12", "address"),
    ("en", "flat at 12 Baker St., London", "12 Baker St.", "address"),
    ("en", "she lived on str. Shevchenka 5", "str. Shevchenka 5", "address"),
    ("uk", "переїхала у місті Житомир", "Житомир", "address"),
    ("ru", "жили в дом 15", "дом 15", "address"),
    ("uk", "вулиця шевченка 12", "вулиця шевченка 12", "address"),
    ("en", "Address: Kyiv, Khreshchatyk 22", "Kyiv, Khreshchatyk 22", "address"),
    # any other long number (a case number, a foreign document) is still redacted
    ("uk", "Кримінальне провадження № 12023100000000123.", "12023100000000123", "number"),
    ("en", "Call +1 (212) 555-0100 or 212 555 0199 1234.", "212 555 0199 1234", "number"),
    ("ru", "номер 654321 записала", "654321", "number"),
]


def test_the_table_covers_every_kind_in_every_language():
    assert len(CASES) >= 60
    assert {kind for _, _, _, kind in CASES} == set(KINDS)
    assert {language for language, *_ in CASES} == {"en", "uk", "ru"}


@pytest.mark.parametrize(("language", "text", "secret", "kind"), CASES, ids=[f"{c[3]}-{i}" for i, c in enumerate(CASES)])
def test_planted_secret_is_removed_and_found(language, text, secret, kind):
    assert secret in text
    result = redact(text, language)
    assert secret not in result.text
    spans = [(f.kind, text[f.start : f.end]) for f in result.findings]
    assert (kind, secret) in spans
    assert PLACEHOLDERS[kind][language] in result.text


@pytest.mark.parametrize(("language", "text", "secret", "kind"), CASES, ids=[f"{c[3]}-{i}" for i, c in enumerate(CASES)])
def test_redacting_twice_changes_nothing(language, text, secret, kind):
    once = redact(text, language).text
    twice = redact(once, language)
    assert twice.text == once
    assert twice.findings == ()


def test_findings_are_sorted_non_overlapping_and_rebuild_the_text():
    text = "Мене звуть Олена, тел. 067 123 45 67, паспорт КВ 123456, пошта olena@ukr.net, 12.03.1998"
    result = redact(text, "uk")
    assert [f.kind for f in result.findings] == ["name", "phone", "passport", "email", "date"]
    ends = [0]
    rebuilt = ""
    for f in result.findings:
        assert f.start >= ends[-1] and f.end > f.start
        rebuilt += text[ends[-1] : f.start] + f.replacement
        ends.append(f.end)
    assert rebuilt + text[ends[-1] :] == result.text
    assert result.text == "Мене звуть [ІМ'Я], тел. [ТЕЛЕФОН], паспорт [ПАСПОРТ], пошта [ЕЛ. ПОШТА], [ДАТА]"


def test_counts_by_kind():
    result = redact("0671234567 and 0931234567, anna@gmail.com")
    assert result.counts() == {"phone": 2, "email": 1}
    assert redact("nothing here").counts() == {}


def test_placeholders_are_localised_and_fall_back_to_english():
    text = "call 0671234567"
    assert redact(text, "en").text == "call [PHONE]"
    assert redact(text, "uk").text == "call [ТЕЛЕФОН]"
    assert redact(text, "ru").text == "call [ТЕЛЕФОН]"
    assert redact(text, "de").text == "call [PHONE]"
    for kind in KINDS:
        assert set(PLACEHOLDERS[kind]) == {"en", "uk", "ru"}
        assert all(p.startswith("[") and p.endswith("]") for p in PLACEHOLDERS[kind].values())


def test_the_types_are_frozen():
    result = redact("0671234567")
    assert isinstance(result, Redaction) and isinstance(result.findings[0], Finding)
    with pytest.raises(AttributeError):
        result.findings[0].kind = "email"  # type: ignore[misc]


def test_unknown_numbers_of_eight_or_more_digits_are_redacted_as_numbers():
    # a tax number with a typo (checksum fails) must not leak
    result = redact("ІПН 2847510639", "uk")
    assert "2847510639" not in result.text
    assert result.findings[0].kind in {"number", "tax-number", "phone"}


def test_a_misspelt_ukrainian_iban_is_still_an_account():
    result = redact("UA213223130000026007233566002")  # last digit changed: checksum fails
    assert result.text == "[IBAN]"
