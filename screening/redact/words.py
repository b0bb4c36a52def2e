"""Finding personal data written in words: e-mail, links, messenger handles, addresses, ages.

Addresses cannot be recognised offline without a language model, so they are found after
cue words ("вул.", "вулиця", "ул.", "street", "lives at", "кв.", "м.", "село", ...) in all
three languages at once (people mix them). An address with no cue is not found. Names are
in `redact_names`. An exact age is found only next to an age word ("їй 17 років",
"17-річна", "aged 17"), since "5 років" alone is as often a duration.

Each finder returns (start, end, kind) candidates; `screening.redact.text` merges them.
"""

from __future__ import annotations

import re

from screening.redact.names import APOSTROPHE, CAP, LET, LOW, STOP, UP, find_names

Candidate = tuple[int, int, str]

# Address cues ("м.", "с.", "г." after a number are metres, pages and years). Street types are part of the address; the word after an abbreviation is
# taken whatever its case ("вул. шевченка"), after a full word only if capitalised.
_STREET_ABBR = "st\\.|str\\.|vul\\.|ul\\.|al\\.|вул\\.|ул\\.|просп\\.|пр-т\\.?|пр-кт\\.?|пров\\.|пер\\.|бульв?\\.|пл\\.|мкр-?н?\\."
_STREET_WORD = (
    "вулиця|вулиці|вулицю|вулицею|улица|улице|улицу|улицы|улицей|проспект|проспекті|проспекту|проспекте"
    "|провулок|провулку|переулок|переулке|бульвар|бульварі|бульваре|площа|площі|площадь|площади"
)
_PLACE_PHRASE = (
    "lives\\s+at|living\\s+at|live\\s+at|lived\\s+at|address(?:\\s+is|(?=\\s*:))|адреса|адресою|адресу|адрес|адресом"
    "|(?<!\\d )(?<!\\d)(?:м|с|г)\\.|місто|міста|місті|село|села|селі|смт\\.?|селище|селищі"
    "|селе|деревни|хутор|хуторе|станица|станице|город|города|городе|пос\\.|посёлок|поселок|посёлке|поселке|деревня|деревне"
    "|city\\s+of|town\\s+of|village\\s+of|village"
)
_HOUSE_CUE = "kv\\.?|bud\\.?|буд\\.|будинок|будинку|буд|д\\.|дом|дома|кв\\.|кв|квартира|квартирі|квартире|корп\\.|корпус|apt\\.?|apartment|flat"
_HOUSE = _HOUSE_CUE + "|№"
_NUMBER_TOKEN = f"\\d+[{LET}]?(?:[/\\-]\\d+[{LET}]?)?"
_HOUSE_TAIL = f"(?:(?>[ \\t]*,?[ \\t]*)(?i:{_HOUSE})?+[ \\t]*+{_NUMBER_TOKEN})*+"
_ADDRESS_TAIL = f"(?:(?>[ \\t]*,?[ \\t]*)(?:(?i:{_HOUSE})[ \\t]*+)?(?:{_NUMBER_TOKEN}|{CAP})(?!\\w))*+"

_ADDRESS_PATTERNS = (
    re.compile(f"(?<!\\w)(?i:{_STREET_ABBR})[ \\t]*(?:{LOW}|{CAP}|{_NUMBER_TOKEN})(?!\\w){_ADDRESS_TAIL}"),
    re.compile(f"(?<!\\w)(?i:{_STREET_WORD})(?!\\w)[ \\t]+(?:{CAP}|{_NUMBER_TOKEN})(?!\\w){_ADDRESS_TAIL}"),
    re.compile(f"(?<!\\w)(?i:{_STREET_WORD})(?!\\w)[ \\t]+{LOW}[ \\t]*,?[ \\t]*{_NUMBER_TOKEN}(?!\\w){_HOUSE_TAIL}"),
    re.compile(f"(?<!\\w)(?i:{_HOUSE_CUE})[ \\t]*№?[ \\t]*{_NUMBER_TOKEN}(?!\\w){_HOUSE_TAIL}"),
)
_PLACE_CUE = re.compile(f"(?<!\\w)(?i:{_PLACE_PHRASE})(?!\\w)(?>[ \\t]*:?[ \\t]*)")
_PLACE_BODY = re.compile(f"(?:{CAP}|{_NUMBER_TOKEN})(?!\\w){_ADDRESS_TAIL}")
_EN_STREET = re.compile(
    f"(?<!\\w)(?:\\d+[A-Za-z]?[ \\t]+)?(?P<words>{CAP}(?:[ \\t]+{CAP}){{0,2}})[ \\t]+"
    f"(?i:street|st\\.?|road|rd\\.?|avenue|ave\\.?|lane|ln\\.?|boulevard|blvd\\.?|drive|square|sq\\.?)(?!\\w){_HOUSE_TAIL}"
)

_EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_TLD = "com|net|org|info|biz|ua|ru|pl|md|by|kz|me|io|tv|eu|de|cz|sk|ro|it|uk|us|рф|укр|рус"
_URL = re.compile(
    r"(?i)(?<![\w@.])(?:(?:https?|viber|tg)://[^\s<>\"'«»\[\]\ue000]+|www\.[^\s<>\"'«»\[\]\ue000]+"
    f"|(?:[a-z0-9\\-]{{1,63}}+\\.){{1,10}}+(?:{_TLD})(?![\\w\\-])(?:/[^\\s<>\"'«»\\[\\]\ue000]*)?)"
)
# Messenger and social-network addresses name a person; a platform's bare name does not.
_SOCIAL_HOSTS = ("t.me", "telegram.me", "wa.me", "instagram.com", "facebook.com", "fb.com", "vk.com", "tiktok.com", "ok.ru", "invite.viber.com", "viber://", "tg://")
_PLATFORMS = frozenset(
    "olx.ua work.ua rabota.ua robota.ua jooble.org facebook.com instagram.com t.me telegram.org "
    "viber.com whatsapp.com tiktok.com vk.com ok.ru gmail.com ukr.net google.com youtube.com".split()
)
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
_MESSENGER = re.compile(
    r"(?<!\w)(?i:viber|вайбер\w*|вайбері|telegram|телеграм\w*|tg|тг|whats\s?app|ватсап\w*|вацап\w*|"
    r"signal|instagram|insta|інстаграм\w*|инстаграм\w*|інста|инста|tiktok|тікток\w*|тикток\w*|"
    r"skype|скайп\w*|facebook|фейсбук\w*|vk|вк|вконтакте)(?!\w)"
    r"(?P<sep>(?>[ \t]*[:\-–—][ \t]*|[ \t]+))(?P<token>@?[\w.]{0,60}\w)"
)

_AGE_WORDS = "років|роки|рік|р\\.|лет|года|год|г\\.|years?(?:\\s+old)?|y\\.?o\\.?|yrs?"
_AGE = re.compile(
    "(?<!\\w)(?:"
    f"(?i:мені|їй|йому|мне|ей|ему|i\\s+am|i'm|she\\s+is|he\\s+is|she's|he's)[ \\t]+(?P<a>\\d{{1,3}})[ \\t]*(?i:{_AGE_WORDS})(?!\\w)"
    f"|(?i:вік|возраст|age|aged|у\\s+віці|в\\s+возрасте|at\\s+the\\s+age\\s+of)(?>[ \\t]*:?[ \\t]*)(?P<b>\\d{{1,3}})(?:[ \\t]*(?i:{_AGE_WORDS}))?(?!\\w)"
    "|(?P<c>\\d{1,3})[ \\t]*-?[ \\t]*(?i:річн\\w*|літн\\w*|летн\\w*|year-old\\w*|years?-old|years?[ \\t]+old)"
    # "їй 17", "he is 16,": a bare number after who-is-how-old, not followed by a word ("їй 500 грн")
    f"|(?i:мені|їй|йому|мне|ей|ему|i\\s+am|i'm|she\\s+is|he\\s+is|she's|he's)[ \\t]+(?P<d>\\d{{1,2}})(?![\\d.,]?\\d)(?![ \\t]*[{LET}%$€₴])"
    # "Син Максим, 9 років": a number of years right after a comma is an age, "5 років" a duration
    f"|(?<=[{LET}],)[ \\t]{{0,3}}(?P<e>\\d{{1,2}})[ \\t]*(?i:років|роки|рік|лет|года|год|years?(?:[ \\t]+old)?|y\\.?o\\.?)(?!\\w)"
    ")"
)


def find_words(text: str) -> list[Candidate]:
    return (
        _emails(text) + _urls(text) + _handles(text) + find_names(text) + _addresses(text) + _ages(text)
        + _births(text) + _workplaces(text) + _spoken_numbers(text)
    )


# German, Polish, Czech street names written as one word: "Hauptstraße 5", "Legnicka 48" follows "ul.".
_FOREIGN_STREET = re.compile(
    f"(?<!\\w)[{UP}][{LET}ßäöüÄÖÜ]*(?i:straße|strasse|str\\.|gasse|weg|platz|allee|ring|damm|ufer)(?!\\w)"
    f"(?:[ \\t]*{_NUMBER_TOKEN}(?!\\w))?{_HOUSE_TAIL}"
)

# A year of birth: "1965 р.н.", "2001 г.р.", "1990 року народження", "born 1993", "рік народження: 1990".
_BIRTH = re.compile(
    "(?<!\\d)(?:19|20)\\d\\d[ \\t]*(?:р\\.?[ \\t]?н\\.?|г\\.?[ \\t]?р\\.?|(?i:року|рік|года|год|р\\.|г\\.)[ \\t]+(?i:народження|рождения))(?!\\w)"
    "|(?<!\\w)(?i:born(?:[ \\t]+in)?|народил\\w*|родил\\w*|(?:рік|год|year)[ \\t]+(?:народження|рождения|of[ \\t]+birth))"
    "(?>[ \\t]*:?[ \\t]*)(?:у|в|in)?[ \\t]*(?P<y>(?:19|20)\\d\\d)(?![\\d.\\-/])"
)


def _births(text: str) -> list[Candidate]:
    found = []
    for m in _BIRTH.finditer(text):
        start = m.start("y") if m.group("y") else m.start()
        found.append((start, m.end(), "date"))
    return found


# Workplaces: a name in «» or "" after a firm or place-of-work word, taken with that word
# ("ФОП «Гнатюк В. І.»", "кафе «Ромашка»"); and capitalised Latin words that contain a firm word
# ("Kowalski Transport", "Hotel Europa", "Meyer Logistics GmbH").
_FIRM_WORD = (
    "фоп|тов|пп|ат|прат|пат|ооо|оао|зао|ао|ип|чп|фірм\\w*|фирм\\w*|компані\\w*|компани\\w*|підприємств\\w*|предприяти\\w*"
    "|кафе|ресторан\\w*|бар\\w*|клуб\\w*|готел\\w*|гостиниц\\w*|отел\\w*|хостел\\w*|салон\\w*|магазин\\w*|ферм\\w*"
    "|завод\\w*|фабрик\\w*|склад\\w*|цех\\w*|автомий\\w*|автомойк\\w*|автосервіс\\w*|автосервис\\w*|сто|шиномонтаж\\w*"
    "|агенці\\w*|агентств\\w*|агенств\\w*|бригад\\w*|будівництв\\w*|стройк\\w*|теплиц\\w*|сауна|масажн\\w*|массажн\\w*"
)
_QUOTED_FIRM = re.compile(
    f"(?:(?<!\\w)(?i:{_FIRM_WORD})[ \\t]+)?[«\"“„][ \\t]*[{UP}0-9][^«»\"“”„\\n]{{0,40}}[»\"”“]"
)
_LATIN_FIRM_WORDS = (
    "transport|logistics|logistik|gmbh|ag|kg|ltd|llc|inc|sp\\.?[ \\t]*z[ \\t]*o\\.?[ \\t]*o\\.?|s\\.r\\.o\\.|bau|bauhof|farms?|"
    "hotel|restaurant|cafe|café|bar|club|agency|company|factory|plant|construction|cleaning|"
    "trans|trade|holding|spedition|fleisch|agro|foods?"
)
_LATIN_CAP = "[A-ZÀ-Þ][A-Za-zß-ÿ&'\\-]*"
_LATIN_FIRM = re.compile(
    f"(?<![\\w])(?:{_LATIN_CAP}[ \\t]+){{0,2}}(?i:{_LATIN_FIRM_WORDS})(?![\\w])(?:[ \\t]+{_LATIN_CAP}){{0,2}}"
)


def _workplaces(text: str) -> list[Candidate]:
    found = [(m.start(), m.end(), "name") for m in _QUOTED_FIRM.finditer(text)]
    for m in _LATIN_FIRM.finditer(text):
        words = m.group().split()
        # a firm word alone ("the hotel") or in lower case is ordinary text
        if len(words) >= 2 and all(w[:1].isupper() for w in words) and words[0].lower() not in STOP:
            found.append((m.start(), m.end(), "name"))
    return found


# A phone number said in words: seven or more digit words in a row (uk, ru, en).
_DIGIT_WORD = (
    f"нуль|ноль|один|одна|одну|два|дві|две|три|чотири|четыре|п[{APOSTROPHE}]?ять|пять|шість|шесть|сім|семь|вісім|восемь"
    f"|дев[{APOSTROPHE}]?ять|девять|zero|oh|one|two|three|four|five|six|seven|eight|nine"
)
_SPOKEN_NUMBER = re.compile(
    f"(?<!\\w)(?i:{_DIGIT_WORD})(?:[ \\t,\\-]{{1,3}}+(?i:{_DIGIT_WORD})(?!\\w)){{6,}}+"
)


def _spoken_numbers(text: str) -> list[Candidate]:
    return [(m.start(), m.end(), "phone") for m in _SPOKEN_NUMBER.finditer(text)]



def _ages(text: str) -> list[Candidate]:
    found = []
    for m in _AGE.finditer(text):
        group = next(g for g in ("a", "b", "c", "d", "e") if m.group(g) is not None)
        if group == "e":
            before = text[max(0, m.start() - 40) : m.start() - 1].split()
            if not before or not before[-1][:1].isupper():
                continue  # "Настя, 4 роки" is an age; "1500 евро, 2 года" a duration
        found.append((m.start(group), m.end(), "age"))
    return found


def _emails(text: str) -> list[Candidate]:
    return [(m.start(), m.end(), "email") for m in _EMAIL.finditer(text)]


def _urls(text: str) -> list[Candidate]:
    found = []
    for m in _URL.finditer(text):
        url = m.group().rstrip(".,;:!?)]}»\"'")
        lower = url.lower()
        if lower.removeprefix("www.") in _PLATFORMS:
            continue
        bare = re.sub(r"^(?:https?://)?(?:www\.)?", "", lower)
        kind = "handle" if any(bare.startswith(host) for host in _SOCIAL_HOSTS) else "url"
        found.append((m.start(), m.start() + len(url), kind))
    return found


def _handles(text: str) -> list[Candidate]:
    found = [(m.start(), m.end(), "handle") for m in _HANDLE.finditer(text)]
    for m in _MESSENGER.finditer(text):
        token = m.group("token")
        if token.isdigit():  # a messenger "number" is a phone number, however written
            found.append((m.start("token"), m.end("token"), "phone"))
        elif token.startswith("@") or any(c.isdigit() or c in "_." for c in token) or ":" in m.group("sep"):
            found.append((m.start("token"), m.end("token"), "handle"))
    return found


def _addresses(text: str) -> list[Candidate]:
    found = [(m.start(), m.end(), "address") for pattern in _ADDRESS_PATTERNS for m in pattern.finditer(text)]
    for cue in _PLACE_CUE.finditer(text):
        body = _PLACE_BODY.match(text, cue.end())
        if body and body.group().split()[0].lower() not in STOP:
            found.append((body.start(), body.end(), "address"))
    found += [(m.start(), m.end(), "address") for m in _FOREIGN_STREET.finditer(text)]
    for m in _EN_STREET.finditer(text):
        if m.group("words").split()[0].lower() not in STOP:
            found.append((m.start(), m.end(), "address"))
    return found
