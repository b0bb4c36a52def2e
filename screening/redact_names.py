"""Finding people's names without a language model: cue words, roles, and common first names.

A name is taken (1–3 capitalised words) after a naming cue ("my name is", "звати", "зовут",
"прізвище:", "пан") or a role or kinship word ("вербувальник", "дочка", "employer"). A
common first name (Олена, Сергій, Anna ...) is a name wherever it stands, in any case form
(Олени, Сергієм, Андреем), together with the capitalised words next to it that look like a
surname or a patronymic (and the one capitalised word right after it, usually the surname).
Words that are also ordinary words (Віра, Надія, Роман, Mark,
Grace) are left out of the list, so they are found only after a cue.
"""

from __future__ import annotations

import re

from screening.redact_numbers import LETTER, UPPER

Candidate = tuple[int, int, str]

UP = UPPER + "ĄĆĘŁŃÓŚŹŻĂÂÎȘȚŞŢ"
LET = LETTER + "ĄĆĘŁŃÓŚŹŻąćęłńóśźżĂÂÎȘȚŞŢăâîșțşţ"
APOSTROPHE = "'’ʼ`"
# A capitalised word, or an initial ("П.")
CAP = f"(?:[{UP}]\\.|[{UP}][{LET}{APOSTROPHE}\\-]*[{LET}])"
LOW = f"[{LET}][{LET}{APOSTROPHE}\\-]*[{LET}]"
_IM_YA = f"ім[{APOSTROPHE}]?я"

# Capitalised words that start a sentence or a clause rather than a name.
STOP = frozenset(
    "i i'm he she it we they you the a an and but or not unknown this that his her my their "
    "я він вона воно ми ви вони та і й а але не ні невідомо невідоме немає так як це його її їх мене тебе "
    "он она оно мы вы они и но нет неизвестно неизвестна как это его её ее их меня тебя".split()
)
_PRONOUN = "(?:її|його|мене|тебе|їх|себе|её|ее|его|меня|тебя|их|себя|him|her|himself|herself)"

_NAMING_VERBS = (
    f"звуть|звати|зовут|name\\s+is|names\\s+are|на\\s+{_IM_YA}|по\\s+имени"
    "|назвався|назвалася|назвалась|назвався|представився|представилася|представилась"
    "|назвался|назвалась|представился|представилась|introduced\\s+(?:himself|herself)\\s+as|calls\\s+(?:himself|herself)"
)
_NAME_NOUNS = (
    "first\\s+name|last\\s+name|surname|full\\s+name|name|called|named|mr\\.?|mrs\\.?|ms\\.?|miss|mister"
    f"|прізвище|прізвищем|{_IM_YA}|ім[{APOSTROPHE}]?ям|по\\s+батькові|пан|пані|громадянин|громадянка"
    "|фамилия|фамилией|имя|отчество|господин|госпожа|гражданин|гражданка"
)
# People around the person: their names are as forbidden as the person's own.
_ROLES = (
    "вербувальник\\w*|роботодав\\w*|посередник\\w*|сутенер\\w*|хазя\\w*|начальник\\w*|бригадир\\w*|водій|водія"
    "|чоловік\\w*|дружин\\w*|син|сина|сином|дочк\\w*|донь\\w*|доньк\\w*|мати|матір|мама|мамою|батько|батька|тато"
    "|брат\\w*|сестр\\w*|подруг\\w*|друг|друга|знайом\\w*|сусід\\w*|дядько|тітка"
    "|вербовщик\\w*|работодател\\w*|сутенёр\\w*|хозя\\w*|муж|мужа|жена|жены|сын|сына|дочь|дочери|мать|отец|отца|папа"
    "|подруга|знакомый|знакомая|сосед\\w*|дядя|тётя|тетя|водитель"
    "|recruiter|employer|boss|pimp|husband|wife|son|daughter|mother|father|brother|sister|friend"
    "|boyfriend|girlfriend|neighbour|neighbor|uncle|aunt|driver"
)
_NAME_CUE = re.compile(
    f"(?<!\\w)(?i:(?P<verb>{_NAMING_VERBS})|(?P<noun>{_NAME_NOUNS}|{_ROLES}))(?!\\w)"
    f"(?P<sep>(?>[ \\t]*[:\\-–—,]?[ \\t]*))(?:(?i:{_PRONOUN})[ \\t]+)?"
)
_NAME_WORDS = re.compile(f"{CAP}(?:[ \\t]+{CAP}){{0,2}}")
_LOWER_WORD = re.compile(LOW)

# Common first names (nominative); case forms are made by _forms. Ordinary words are left out.
_FIRST_NAMES_UK_RU = """
олена олени оксана ірина наталія наталя тетяна світлана юлія катерина марія анна ганна людмила
галина валентина лариса оля ольга вікторія дарина дарія софія соломія яна інна алла жанна лілія
анастасія христина уляна зоряна мар'яна оксана богдана ярослава таміла антоніна раїса зінаїда
сергій андрій олександр олексій володимир дмитро микола іван петро павло василь юрій віктор олег
ігор євген богдан ярослав тарас остап степан максим артем денис назар вадим віталій руслан
анатолій валерій геннадій григорій леонід михайло федір ілля павла павлу павлом кирило матвій тимофій ростислав
елена наталья татьяна юлия екатерина мария ирина людмила ольга дарья анастасия кристина ульяна
марина алёна алена евгения валентина лариса софья полина ксения галина
сергей андрей александр алексей владимир дмитрий николай иван пётр петр павел василий юрий
виктор олег игорь евгений максим артём артем денис вадим виталий руслан анатолий валерий
геннадий григорий леонид михаил фёдор федор илья петра петру петром кирилл матвей тимофей ростислав
"""
_FIRST_NAMES_LATIN = """
olena oksana iryna natalia nataliia tetiana svitlana yuliia kateryna mariia maria anna hanna
olga olha viktoriia viktoria daryna sofiia anastasiia khrystyna elena natalya tatiana yulia
ekaterina irina ludmila lyudmila svetlana marina alena ksenia polina
serhii serhiy andrii andriy oleksandr oleksii volodymyr dmytro mykola ivan petro pavlo vasyl
yurii viktor oleh ihor yevhen taras sergei sergey andrei andrey alexander aleksandr alexei
alexey vladimir dmitry dmitri nikolai pavel vasily yuri oleg igor evgeny maxim artem denis
vitaliy ruslan mikhail john james michael david peter paul thomas
"""


def _forms(name: str) -> set[str]:
    """The nominative and the usual Ukrainian and Russian case endings of a first name."""
    forms = {name}
    if name[-1] in "ая":
        stem = name[:-1]
        forms |= {stem + e for e in ("а", "я", "и", "і", "ї", "ы", "е", "є", "у", "ю", "ою", "ею", "єю", "ой", "ей", "о")}
    elif name[-1] == "й":
        stem = name[:-1]
        forms |= {stem + e for e in ("я", "ю", "єм", "ем", "є", "е", "ві", "еві", "єві")}
    elif name[-1] == "о":
        stem = name[:-1]
        forms |= {stem + e for e in ("а", "у", "ові", "ом", "е", "і")}
    elif name[-1] == "ь":
        stem = name[:-1]
        forms |= {stem + e for e in ("я", "ю", "ем", "е", "і")}
    elif "а" <= name[-1] <= "я" or name[-1] in "іїєґё":
        forms |= {name + e for e in ("а", "у", "ові", "ом", "е", "ем", "і", "я", "ю", "ьом")}
    return forms


_FIRST_NAMES = frozenset(
    {form for name in _FIRST_NAMES_UK_RU.split() for form in _forms(name)} | set(_FIRST_NAMES_LATIN.split())
)
# Endings of surnames and patronymics: a capitalised word next to a first name with one of
# these is taken with it ("Сергій Іванов", "Ірина Петрівна").
_SURNAME_END = re.compile(
    "(?:енк[оаиуі]|чук\\w*|щук\\w*|юк\\w*|ук|ука|уку|ов|ова|ову|овим|овой|ев|ева|єв|єва|ин|іна|ина|ін|ський|ська|ській|"
    "цький|цька|ский|ская|цкий|цкая|ович\\w*|евич\\w*|йович\\w*|івн\\w*|ївн\\w*|овн\\w*|евн\\w*|ич|ko|uk|ov|ova|ev|eva|in|ina|"
    "sky|ska|skyi|ovych|ivna|ovna|enko)$",
    re.IGNORECASE,
)
_CAP_WORD = re.compile(CAP)


def find_names(text: str) -> list[Candidate]:
    return _after_cues(text) + _first_names(text)


def _after_cues(text: str) -> list[Candidate]:
    found = []
    for cue in _NAME_CUE.finditer(text):
        at = cue.end()
        words = _NAME_WORDS.match(text, at)
        if words:
            end = at
            for word in re.finditer(r"\S+", words.group()):
                if word.group().lower() in STOP:
                    break
                end = at + word.end()
            if end > at:
                found.append((at, end, "name"))
            continue
        lower_allowed = cue.group("verb") is not None or ":" in cue.group("sep")
        word = _LOWER_WORD.match(text, at) if lower_allowed else None
        if word and word.group().lower() not in STOP:
            found.append((word.start(), word.end(), "name"))
    return found


def _first_names(text: str) -> list[Candidate]:
    words = list(_CAP_WORD.finditer(text))
    found = []
    for i, word in enumerate(words):
        if word.group().lower().replace("’", "'").replace("ʼ", "'") not in _FIRST_NAMES:
            continue
        start, end = word.start(), word.end()
        # the surname or patronymic before and after, joined by spaces only
        j = i - 1
        while j >= 0 and i - j <= 2 and _joined(text, words[j].end(), start) and _SURNAME_END.search(words[j].group()):
            start = words[j].start()
            j -= 1
        k = i + 1
        while k < len(words) and k - i <= 3 and _joined(text, end, words[k].start()) and (k == i + 1 or _SURNAME_END.search(words[k].group())):
            if words[k].group().lower() in STOP:
                break
            end = words[k].end()
            k += 1
        found.append((start, end, "name"))
    return found


def _joined(text: str, a: int, b: int) -> bool:
    return 0 < b - a <= 3 and text[a:b].strip(" \t") == ""
