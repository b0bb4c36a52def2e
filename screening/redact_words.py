"""Finding personal data written in words: e-mail, links, messenger handles, names, addresses.

Names and addresses cannot be recognised offline without a language model, so they are
found after cue words ("my name is", "звати", "зовут", "вул.", "street", ...) in all three
languages at once (people mix them). A cue is followed by capitalised words; after a
naming verb ("звати") a lower-case word is taken too, since people type names in lower
case. A name or address with no cue before it is not found.

Each finder returns (start, end, kind) candidates; `screening.redact` merges them.
"""

from __future__ import annotations

import re

from screening.redact_numbers import LETTER, UPPER

Candidate = tuple[int, int, str]

_UP = UPPER + "ĄĆĘŁŃÓŚŹŻĂÂÎȘȚŞŢ"
_LET = LETTER + "ĄĆĘŁŃÓŚŹŻąćęłńóśźżĂÂÎȘȚŞŢăâîșțşţ"
_APOSTROPHE = "'’ʼ`"
# A capitalised word, or an initial ("П.")
_CAP = f"(?:[{_UP}]\\.|[{_UP}][{_LET}{_APOSTROPHE}\\-]*[{_LET}])"
_LOW = f"[{_LET}][{_LET}{_APOSTROPHE}\\-]*[{_LET}]"
_IM_YA = f"ім[{_APOSTROPHE}]?я"

# Capitalised words that start a sentence or a clause rather than a name.
_STOP = frozenset(
    "i i'm he she it we they you the a an and but or not unknown this that his her my their "
    "я він вона воно ми ви вони та і й а але не ні невідомо невідоме немає так як це його її їх мене тебе "
    "он она оно мы вы они и но нет неизвестно неизвестна как это его её ее их меня тебя".split()
)
_PRONOUN = "(?:її|його|мене|тебе|їх|её|ее|его|меня|тебя|их|him|her)"

_NAMING_VERBS = f"звуть|звати|зовут|name\\s+is|names\\s+are|на\\s+{_IM_YA}|по\\s+имени"
_NAME_NOUNS = (
    f"first\\s+name|last\\s+name|surname|full\\s+name|name|called|named|mr\\.?|mrs\\.?|ms\\.?|miss|mister"
    f"|прізвище|прізвищем|{_IM_YA}|ім[{_APOSTROPHE}]?ям|по\\s+батькові|пан|пані|громадянин|громадянка"
    "|фамилия|фамилией|имя|отчество|господин|госпожа|гражданин|гражданка"
)
_NAME_CUE = re.compile(
    f"(?<!\\w)(?i:(?P<verb>{_NAMING_VERBS})|(?P<noun>{_NAME_NOUNS}))(?!\\w)"
    f"(?P<sep>[ \\t]*[:\\-–—]?[ \\t]*)(?:(?i:{_PRONOUN})[ \\t]+)?"
)
_NAME_WORDS = re.compile(f"{_CAP}(?:[ \\t]+{_CAP}){{0,2}}")
_LOWER_WORD = re.compile(_LOW)

# Address cues. Street types are part of the address; the word after an abbreviation is
# taken whatever its case ("вул. шевченка"), after a full word only if capitalised.
_STREET_ABBR = "вул\\.|ул\\.|просп\\.|пр-т\\.?|пр-кт\\.?|пров\\.|пер\\.|бульв?\\.|пл\\.|мкр-?н?\\."
_STREET_WORD = (
    "вулиця|вулиці|вулицю|вулицею|улица|улице|улицу|улицы|улицей|проспект|проспекті|проспекту|проспекте"
    "|провулок|провулку|переулок|переулке|бульвар|бульварі|бульваре|площа|площі|площадь|площади"
)
_PLACE_PHRASE = (
    "lives\\s+at|living\\s+at|live\\s+at|lived\\s+at|address(?:\\s+is)?|адреса|адресою|адресу|адрес|адресом"
    "|м\\.|місто|міста|місті|с\\.|село|села|селі|смт\\.?|селище|селищі"
    "|г\\.|город|города|городе|пос\\.|посёлок|поселок|посёлке|поселке|деревня|деревне"
    "|city\\s+of|town\\s+of|village\\s+of|village"
)
_HOUSE = "буд\\.|будинок|будинку|буд|д\\.|дом|дома|кв\\.|кв|квартира|квартирі|квартире|корп\\.|корпус|apt\\.?|apartment|flat|№"
_NUMBER_TOKEN = f"\\d+[{_LET}]?(?:[/\\-]\\d+[{_LET}]?)?"
_HOUSE_TAIL = f"(?:[ \\t]*,?[ \\t]*(?i:{_HOUSE})?[ \\t]*{_NUMBER_TOKEN})*"
_ADDRESS_TAIL = f"(?:[ \\t]*,?[ \\t]*(?:(?i:{_HOUSE})[ \\t]*)?(?:{_NUMBER_TOKEN}|{_CAP})(?!\\w))*"

_ADDRESS_PATTERNS = (
    re.compile(f"(?<!\\w)(?i:{_STREET_ABBR})[ \\t]*(?:{_LOW}|{_CAP}|{_NUMBER_TOKEN})(?!\\w){_ADDRESS_TAIL}"),
    re.compile(f"(?<!\\w)(?i:{_STREET_WORD})(?!\\w)[ \\t]+(?:{_CAP}|{_NUMBER_TOKEN})(?!\\w){_ADDRESS_TAIL}"),
    re.compile(f"(?<!\\w)(?i:{_HOUSE})[ \\t]*{_NUMBER_TOKEN}(?!\\w){_HOUSE_TAIL}"),
)
_PLACE_CUE = re.compile(f"(?<!\\w)(?i:{_PLACE_PHRASE})(?!\\w)[ \\t]*:?[ \\t]*")
_PLACE_BODY = re.compile(f"(?:{_CAP}|{_NUMBER_TOKEN})(?!\\w){_ADDRESS_TAIL}")
_EN_STREET = re.compile(
    f"(?<!\\w)(?:\\d+[A-Za-z]?[ \\t]+)?(?P<words>{_CAP}(?:[ \\t]+{_CAP}){{0,2}})[ \\t]+"
    f"(?i:street|st\\.?|road|rd\\.?|avenue|ave\\.?|lane|ln\\.?|boulevard|blvd\\.?|drive|square|sq\\.?)(?!\\w){_HOUSE_TAIL}"
)

_EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_TLD = "com|net|org|info|biz|ua|ru|pl|md|by|kz|me|io|tv|eu|de|cz|sk|ro|it|uk|us|рф|укр|рус"
_URL = re.compile(
    r"(?i)(?<![\w@.])(?:(?:https?|viber|tg)://[^\s<>\"'«»]+|www\.[^\s<>\"'«»]+"
    f"|(?:[a-z0-9\\-]+\\.)+(?:{_TLD})(?![\\w\\-])(?:/[^\\s<>\"'«»]*)?)"
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
    r"(?P<sep>[ \t]*[:\-–—][ \t]*|[ \t]+)(?P<token>@?[\w.]*\w)"
)


def find_words(text: str) -> list[Candidate]:
    return _emails(text) + _urls(text) + _handles(text) + _names(text) + _addresses(text)


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


def _names(text: str) -> list[Candidate]:
    found = []
    for cue in _NAME_CUE.finditer(text):
        at = cue.end()
        words = _NAME_WORDS.match(text, at)
        if words:
            end = at
            for word in re.finditer(r"\S+", words.group()):
                if word.group().lower() in _STOP:
                    break
                end = at + word.end()
            if end > at:
                found.append((at, end, "name"))
            continue
        lower_allowed = cue.group("verb") is not None or ":" in cue.group("sep")
        word = _LOWER_WORD.match(text, at) if lower_allowed else None
        if word and word.group().lower() not in _STOP:
            found.append((word.start(), word.end(), "name"))
    return found


def _addresses(text: str) -> list[Candidate]:
    found = [(m.start(), m.end(), "address") for pattern in _ADDRESS_PATTERNS for m in pattern.finditer(text)]
    for cue in _PLACE_CUE.finditer(text):
        body = _PLACE_BODY.match(text, cue.end())
        if body and body.group().split()[0].lower() not in _STOP:
            found.append((body.start(), body.end(), "address"))
    for m in _EN_STREET.finditer(text):
        if m.group("words").split()[0].lower() not in _STOP:
            found.append((m.start(), m.end(), "address"))
    return found
