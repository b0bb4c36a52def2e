"""Finding personal data written in words: e-mail, links, messenger handles, addresses, ages.

Addresses cannot be recognised offline without a language model, so they are found after
cue words ("вул.", "вулиця", "ул.", "street", "lives at", "кв.", "м.", "село", ...) in all
three languages at once (people mix them). An address with no cue is not found. Names are
in `redact_names`. An exact age is found only next to an age word ("їй 17 років",
"17-річна", "aged 17"), since "5 років" alone is as often a duration.

Each finder returns (start, end, kind) candidates; `screening.redact` merges them.
"""

from __future__ import annotations

import re

from screening.redact_names import CAP, LET, LOW, STOP, UP, find_names

Candidate = tuple[int, int, str]

# Address cues ("м.", "с.", "г." after a number are metres, pages and years). Street types are part of the address; the word after an abbreviation is
# taken whatever its case ("вул. шевченка"), after a full word only if capitalised.
_STREET_ABBR = "st\\.|str\\.|вул\\.|ул\\.|просп\\.|пр-т\\.?|пр-кт\\.?|пров\\.|пер\\.|бульв?\\.|пл\\.|мкр-?н?\\."
_STREET_WORD = (
    "вулиця|вулиці|вулицю|вулицею|улица|улице|улицу|улицы|улицей|проспект|проспекті|проспекту|проспекте"
    "|провулок|провулку|переулок|переулке|бульвар|бульварі|бульваре|площа|площі|площадь|площади"
)
_PLACE_PHRASE = (
    "lives\\s+at|living\\s+at|live\\s+at|lived\\s+at|address(?:\\s+is|(?=\\s*:))|адреса|адресою|адресу|адрес|адресом"
    "|(?<!\\d )(?<!\\d)(?:м|с|г)\\.|місто|міста|місті|село|села|селі|смт\\.?|селище|селищі"
    "|город|города|городе|пос\\.|посёлок|поселок|посёлке|поселке|деревня|деревне"
    "|city\\s+of|town\\s+of|village\\s+of|village"
)
_HOUSE_CUE = "буд\\.|будинок|будинку|буд|д\\.|дом|дома|кв\\.|кв|квартира|квартирі|квартире|корп\\.|корпус|apt\\.?|apartment|flat"
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
    "|(?P<c>\\d{1,3})[ \\t]*-?[ \\t]*(?i:річн\\w*|літн\\w*|летн\\w*|year-old\\w*|years?-old)"
    ")"
)


def find_words(text: str) -> list[Candidate]:
    return _emails(text) + _urls(text) + _handles(text) + find_names(text) + _addresses(text) + _ages(text)


def _ages(text: str) -> list[Candidate]:
    found = []
    for m in _AGE.finditer(text):
        group = next(g for g in ("a", "b", "c") if m.group(g) is not None)
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
    for m in _EN_STREET.finditer(text):
        if m.group("words").split()[0].lower() not in STOP:
            found.append((m.start(), m.end(), "address"))
    return found
