"""What redaction must leave alone (ordinary words, public hotlines, coarse dates), and
properties over random text: a planted phone, e-mail or passport is always removed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screening.redact.text import redact

CLEAN = [
    ("uk", "Після прибуття до Польщі роботодавець забрав у неї паспорт і три місяці не платив зарплату. "
           "Вона працювала по 14 годин на день за 1500 гривень на місяць, борг становив 15 000 грн. "
           "У березні 2023 року вона зателефонувала на гарячу лінію 1547, потім до Ла Страда 0 800 500 335."),
    ("ru", "После приезда в Польшу работодатель забрал у неё паспорт и три месяца не платил зарплату. "
           "Она работала по 12 часов в день, жила на улице, в 2022 году её перевезли в Германию. "
           "Ей посоветовали позвонить по номеру 527 или в полицию 102."),
    ("en", "After arriving in Poland, the employer took her passport and did not pay her for three months. "
           "She worked 14 hours a day for 300 euros, owed a debt of 2 000 euros and was not allowed to leave. "
           "In March 2023 she called the hotline 1547; the police number is 102 and emergencies 112."),
    ("uk", "Її звати не хочуть називати, прізвище невідоме. Вона ночувала на вулиці, документи в неї забрали."),
    ("en", "Her name was not given. The road to the farm was long, and they lived at the farm for 2 years."),
    ("ru", "Как её зовут, она не сказала. Фамилия неизвестна. Дом, где они жили, охранялся."),
    ("uk", "Направлено до ЦНАП та Національної соціальної сервісної служби України. Звернулася до Ла Страда-Україна. "
           "Перевезли через Молдову до Румунії. Жінка з Херсонської області, евакуйована в квітні 2022 року. "
           "Мати і батько залишились удома. Надія на допомогу є. Роман з роботодавцем вона заперечує. "
           "У неї двоє дітей, 5 і 7 років. Працювала з 6:00 до 22:00 без вихідних."),
    ("ru", "Направлена в приют Красного Креста. Работодатель обещал работу в Чехии. "
           "Она переехала из Донецкой области в Польшу в мае 2022 года."),
    ("en", "Referred to the Regional Centre for Social Services and to IOM Ukraine. The recruiter promised work in "
           "Germany at a warehouse, 1 200 euros per month. Her husband stayed in Kharkiv oblast. We need to address "
           "debt bondage. General Assembly Resolution 63/156 (2008). Call 116 111 for children."),
]


@pytest.mark.parametrize(("language", "text"), CLEAN)
def test_clean_text_is_unchanged(language, text):
    result = redact(text, language)
    assert result.text == text
    assert result.findings == ()


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("ru", "Она переехала из Донецкой области в Днепр в мае 2022 года.", "Днепр"),
        ("uk", "Жила у Броварах, працювала в Польщі.", "Броварах"),
        ("en", "She worked in Brno, Czech Republic, for 2 years.", "Brno"),
    ],
)
def test_a_town_is_redacted_but_the_oblast_and_the_country_are_kept(language, text, place):
    # issue 15 item 4: a town narrows a person down; an oblast or a country does not
    result = redact(text, language)
    assert place not in result.text
    for kept in ("Донецкой области", "Польщі", "Czech Republic", "2022", "2 years"):
        if kept in text:
            assert kept in result.text


@pytest.mark.parametrize(
    "hotline",
    ["1547", "15-47", "527", "102", "112", "772", "0 800 500 335", "0800500335", "0 800 500 225", "+38 044 284-19-15"],
)
def test_public_hotlines_are_kept(hotline):
    text = f"Зателефонуйте на {hotline}, там допоможуть."
    assert redact(text, "uk").text == text


@pytest.mark.parametrize("coarse", ["березень 2023", "в марте 2023 года", "March 2023", "in 2022", "2019-2022"])
def test_a_month_and_year_or_a_year_is_coarse_enough_to_keep(coarse):
    assert redact(coarse).text == coarse


# ---- properties over random text --------------------------------------------------------

FILLER = st.text(
    alphabet="абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГДЕЖЗИІЇКЛМНОПРСТУФabcdefghijklmnopqrstuvwxyzABCDEF .,;:!?-()«»\n0123456789",
    max_size=80,
)
DIGIT = st.sampled_from("0123456789")
# UA mobile operator codes from ../shared/reference/screening-tools-and-privacy.md §C4
OPERATOR = st.sampled_from(["39", "50", "63", "66", "67", "68", "73", "91", "92", "93", "94", "95", "96", "97", "98", "99"])


@st.composite
def ua_mobile(draw) -> str:
    op = draw(OPERATOR)
    d = "".join(draw(st.lists(DIGIT, min_size=7, max_size=7)))
    layout = draw(st.sampled_from([
        "0{op} {a} {b} {c}", "0{op}{a}{b}{c}", "+380{op}{a}{b}{c}", "+38 (0{op}) {a}-{b}-{c}",
        "(0{op}) {a}-{b}-{c}", "+380 {op} {a} {b} {c}", "0{op}-{a}-{b}-{c}",
    ]))
    return layout.format(op=op, a=d[:3], b=d[3:5], c=d[5:])


@st.composite
def email(draw) -> str:
    local = draw(st.from_regex(r"[a-z][a-z0-9._]{0,14}[a-z0-9]", fullmatch=True))
    domain = draw(st.from_regex(r"[a-z][a-z0-9-]{0,10}[a-z0-9]", fullmatch=True))
    tld = draw(st.sampled_from(["com", "ua", "net", "ru", "org", "pl", "com.ua"]))
    return f"{local}@{domain}.{tld}"


@st.composite
def passport(draw) -> str:
    letters = draw(st.sampled_from([
        "АБВГДЕЖЗИІКЛМНОПРСТУФХЦЧШЮЯ",  # Cyrillic series
        "ABCEHIKMOPTX",  # Latin look-alikes typed on an English keyboard
    ]))
    series = draw(st.sampled_from(letters)) + draw(st.sampled_from(letters))
    sep = draw(st.sampled_from(["", " ", " №"]))
    return series + sep + "".join(draw(st.lists(DIGIT, min_size=6, max_size=6)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=FILLER, after=FILLER, secret=st.one_of(ua_mobile(), email(), passport()), language=st.sampled_from(["en", "uk", "ru"]))
def test_a_planted_secret_is_always_removed(before, after, secret, language):
    text = f"{before} {secret} {after}"
    result = redact(text, language)
    assert secret not in result.text
    # and every finding maps back to the original text
    assert all(0 <= f.start < f.end <= len(text) for f in result.findings)


@settings(max_examples=100, deadline=None)
@given(before=FILLER, after=FILLER, secret=st.one_of(ua_mobile(), email(), passport()))
def test_redaction_is_idempotent_on_random_text(before, after, secret):
    once = redact(f"{before} {secret} {after}", "uk").text
    assert redact(once, "uk").text == once


TOKENS = (
    "Мене звуть Олена Петренко , . : вул. Шевченка 12 кв. 5 0671234567 +380 67 123 45 67 КВ 123456 KB 654321 "
    "anna@ukr.net @anna t.me/x viber telegram: 12.03.2023 12 березня 2023 року March 12, 2023 AA 1234 BB "
    "UA213223130000026007233566001 4149 4393 1234 5675 19900101-01234 2847510638 їй 17 років дочка Марія "
    "1547 102 lives at 221B Baker Street apt 5 called Viktor name: Olga [PHONE] [ІМ'Я] ( ) « » - — "
    "www.example.com Сергій № 123456789 ID-картка м. Київ the and я"
).split(" ")


@settings(max_examples=300, deadline=None)
@given(tokens=st.lists(st.sampled_from(TOKENS), min_size=1, max_size=12), glue=st.sampled_from(["", " ", "\n"]), language=st.sampled_from(["en", "uk", "ru"]))
def test_redaction_is_idempotent_even_when_data_is_glued_together(tokens, glue, language):
    # "Street@anna": once "Street" is a placeholder, "@anna" stands alone; it must be found
    # in the same call, not in the next one.
    text = glue.join(tokens)
    once = redact(text, language)
    assert redact(once.text, language).text == once.text
    ends = [f.end for f in once.findings]
    assert all(a.end <= b.start for a, b in zip(once.findings, once.findings[1:])) and ends == sorted(ends)
