"""Finding people's names (and towns) offline: cue words, roles, common first names, and the
pymorphy3 uk and ru dictionaries (see `dictionary_names` and `places_after_prepositions` below).

A name is taken (1–3 capitalised words) after a naming cue ("my name is", "звати", "зовут",
"прізвище:", "пан") or a role or kinship word ("вербувальник", "дочка", "employer"). A
common first name (Олена, Сергій, Anna ...) is a name wherever it stands, in any case form
(Олени, Сергієм, Андреем), together with the capitalised words next to it that look like a
surname or a patronymic (and the one capitalised word right after it, usually the surname).
Words that are also ordinary words (Віра, Надія, Роман, Mark,
Grace) are left out of the list, so they are found only after a cue.
"""

from __future__ import annotations

import functools
import re

from screening.redact.numbers import LETTER, UPPER

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
    return _after_cues(text) + _first_names(text) + dictionary_names(text) + places_after_prepositions(text)


def _after_cues(text: str) -> list[Candidate]:
    found = []
    for cue in _NAME_CUE.finditer(text):
        at = cue.end()
        words = _NAME_WORDS.match(text, at)
        if words:
            end = at
            for word in re.finditer(r"\S+", words.group()):
                if word.group().lower() in STOP or ("," in cue.group("sep") and word.group().isupper() and len(word.group()) > 2):
                    break  # "роботодавець, ІПН ...": an acronym after a comma is not a name
                end = at + word.end()
            if end > at:
                found.append((at, end, "name"))
            continue
        lower_allowed = cue.group("verb") is not None or ":" in cue.group("sep")
        lower_word = _LOWER_WORD.match(text, at) if lower_allowed else None
        if lower_word and lower_word.group().lower() not in STOP:
            found.append((lower_word.start(), lower_word.end(), "name"))
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


# ---- names and places from a morphological dictionary (pymorphy3, uk and ru) ---------------
#
# A capitalised word that the uk or ru dictionary knows as a first name, surname or patronymic
# (tags Name, Surn, Patr), or, in Russian, as a place (Geox), is taken wherever it stands:
# "Петренко сказав", "Оленка", "в Харькове". Latin words are read back into Cyrillic first
# (Petrenko -> Петренко, Iryna -> Ірина). Only dictionary words count, not the analyser's
# guesses for unknown words. Names that are also ordinary words are left to the cues above.
# The analysers cost about 0.3 s and 48 MiB; they are loaded on first use, once.

_AMBIGUOUS = frozenset(
    "віра надія любов роман мати слава лада ніна мир мира вера надежда любовь лев марк "
    "польща україна росія крим київ дія мова борис лиса стефанія сила війна біла біле білий "
    "поле воля зоря злата весна квітка калина роза лілія".split()
)
# Countries and regions are kept (they do not identify anyone): lemmas in uk and ru.
_KEEP_PLACES = frozenset(
    "україна польща німеччина чехія словаччина молдова румунія угорщина туреччина італія іспанія "
    "португалія франція британія англія ізраїль росія білорусь литва латвія естонія австрія "
    "нідерланди бельгія ірландія грузія казахстан європа "
    "украина польша германия чехия словакия молдова молдавия румыния венгрия турция италия испания "
    "португалия франция британия англия израиль россия беларусь белоруссия литва латвия эстония "
    "австрия нидерланды бельгия ирландия грузия казахстан европа оаэ".split()
)
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
_LAT2CYR = (
    ("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"), ("ya", "я"),
    ("ye", "є"), ("yi", "ї"), ("ii", "ій"), ("iy", "ій"), ("a", "а"), ("b", "б"), ("v", "в"), ("h", "г"),
    ("g", "ґ"), ("d", "д"), ("e", "е"), ("z", "з"), ("y", "и"), ("i", "і"), ("k", "к"), ("l", "л"),
    ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
    ("f", "ф"), ("c", "к"), ("w", "в"), ("x", "кс"), ("q", "к"), ("j", "й"),
)
_CYR_WORD = re.compile(f"(?<![\\w{APOSTROPHE}])[А-ЯЁІЇЄҐ][а-яёіїєґ{APOSTROPHE}]+(?:-[А-ЯЁІЇЄҐ]?[а-яёіїєґ]+)*(?![\\w{APOSTROPHE}])")
_LAT_WORD = re.compile("(?<![\\w'])[A-Z][a-z]{2,}(?![\\w'])")
_UK_ONLY = set("іїєґ")
_REGION_AFTER = re.compile(r"[ \t]+(?i:oblast|region|province|област\w*|обл\.|район\w*|регион\w*|край|краю|county)(?!\w)")
_RU_ONLY = set("ыэъё")


def _analyzers():
    global _ANALYZERS
    if _ANALYZERS is None:
        import pymorphy3  # imported here: only redaction needs it

        _ANALYZERS = (pymorphy3.MorphAnalyzer(lang="uk"), pymorphy3.MorphAnalyzer(lang="ru"))
    return _ANALYZERS


_ANALYZERS = None
_WORD_CACHE: dict[str, int] = {}
SURE, POSSIBLE = 2, 1


def _to_cyrillic(word: str) -> str:
    out, i, low = [], 0, word.lower()
    while i < len(low):
        for lat, cyr in _LAT2CYR:
            if low.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            out.append(low[i])
            i += 1
    return "".join(out)


def is_name_or_place(word: str) -> int:
    """SURE (2) when every likeliest reading of this capitalised word in the uk or ru dictionary is
    a person's name or (ru) a place, POSSIBLE (1) when one of them is, else 0."""
    cached = _WORD_CACHE.get(word)
    if cached is not None:
        return cached
    low = word.lower().replace("’", "'").replace("ʼ", "'")
    result = 0
    if low not in _AMBIGUOUS and len(low) >= 3:
        uk, ru = _analyzers()
        chars = set(low)
        candidates = [(uk, low)] if chars & _UK_ONLY else [(ru, low)] if chars & _RU_ONLY else [(uk, low), (ru, low)]
        if low.isascii():
            candidates = [(uk, _to_cyrillic(low))]
        for analyzer, form in candidates:
            if not analyzer.word_is_known(form):
                continue  # the analyser's guesses for unknown words are not evidence
            known = analyzer.parse(form)
            if known[0].score < 0.2:
                continue
            # the most likely readings only: "Працювала" is a verb before it is a surname;
            # SURE when all of them are a name ("Тетяна"), POSSIBLE when one is ("Борг": debt or surname)
            top = [p for p in known if p.score >= known[0].score - 1e-9]
            geox_ok = analyzer is ru and not low.isascii()
            if low.isascii():
                hits = ["Name" in p.tag.grammemes or bool("Surn" in p.tag.grammemes and _SURNAME_END.search(low)) for p in top]
            else:
                hits = [bool(p.tag.grammemes & _NAME_TAGS) or (geox_ok and "Geox" in p.tag.grammemes) for p in top]
            if any(p.normal_form in _KEEP_PLACES or p.normal_form in _AMBIGUOUS for p in known):
                result = 0
                break
            if all(hits):
                result = SURE
            elif any(hits) and all(p.tag.POS == "NOUN" for p in top):
                result = max(result, POSSIBLE)  # "Красного" (adjective or surname) is not taken
    if len(_WORD_CACHE) < 50_000:
        _WORD_CACHE[word] = result
    return result


def dictionary_names(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    words: list[tuple[int, int, int]] = []
    for pattern in (_CYR_WORD, _LAT_WORD):
        for m in pattern.finditer(text):
            if _REGION_AFTER.match(text, m.end()) or m.group().lower() in STOP:
                continue  # "Lublin oblast", "Харківської області": a region is kept
            levels = [is_name_or_place(part) for part in m.group().split("-") if part[:1].isupper()]
            words.append((m.start(), m.end(), min(levels) if levels else 0))
    words.sort()
    for i, (start, end, level) in enumerate(words):
        if level == SURE:
            found.append((start, end, "name"))
        elif level == POSSIBLE:
            # mid-sentence, or next to a sure name ("Бойко Тетяна"): at the start of a sentence an
            # ordinary word is capitalised too ("Борг 2 000 євро")
            near = [w for w in words[max(0, i - 1) : i + 2] if w[2] == SURE and _joined(text, min(w[1], end), max(w[0], start))]
            if near or not _sentence_start(text, start):
                found.append((start, end, "name"))
    return found


def _sentence_start(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t«\"'(")
    return not before or before[-1] in ".!?:;\n—–-"


# A capitalised word after a preposition of place, mid-sentence, is a place ("у Житомирі",
# "з Бахмута", "under Вроцлавом", "in Brno"): the uk dictionary does not tag places. Countries,
# regions ("Харківської області"), months, acronyms and adjectives are kept.
_PREPOSITION = re.compile(
    "(?<!\\w)(?i:в|у|до|з|із|зі|під|біля|поблизу|поряд\\s+з|коло|во|из|под|около|возле|близ|"
    "in|to|from|near|around|outside)[ \\t]+(?=[A-ZÀ-ÞА-ЯЁІЇЄҐ])"
)
_PLACE_WORD = re.compile(
    f"[A-ZÀ-ÞА-ЯЁІЇЄҐ][a-zß-ÿа-яёіїєґ{APOSTROPHE}]+(?:-(?:на-|он-|am-|upon-)?[A-ZÀ-ÞА-ЯЁІЇЄҐ][a-zß-ÿа-яёіїєґ]+)*(?![\\w{APOSTROPHE}])"
)
_KEEP_LATIN = frozenset(
    "ukraine poland germany czechia czech republic slovakia moldova romania hungary turkey italy spain portugal "
    "france britain england uk israel russia belarus lithuania latvia estonia austria netherlands belgium ireland "
    "georgia europe january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday english ukrainian russian polish german".split()
)


def places_after_prepositions(text: str) -> list[Candidate]:
    found = []
    for cue in _PREPOSITION.finditer(text):
        word = _PLACE_WORD.match(text, cue.end())
        if not word or _REGION_AFTER.match(text, word.end()) or _sentence_start(text, cue.start()) and False:
            continue
        low = word.group().lower()
        if low in STOP or low in _KEEP_LATIN or low in _AMBIGUOUS:
            continue
        if not low.isascii() and not _is_place_like(low):
            continue
        found.append((word.start(), word.end(), "address"))
    return found


@functools.lru_cache(maxsize=20_000)
def _is_place_like(low: str) -> bool:
    """Not a country, not an adjective or pronoun in either dictionary."""
    for analyzer in _analyzers():
        for parse in analyzer.parse(low.split("-")[0])[:2]:
            if parse.normal_form in _KEEP_PLACES:
                return False
            if analyzer.word_is_known(parse.word) and parse.score >= 0.5 and (
                parse.tag.POS in {"ADJF", "NPRO", "PREP", "CONJ", "ADVB", "VERB", "PRCL", "NUMR"}
            ):
                return False
    return True
