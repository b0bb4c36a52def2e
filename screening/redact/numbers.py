"""Finding numbers that identify a person: phones, documents, tax and bank numbers, dates, plates.

Phones come from `phonenumbers` (UA, RU, PL, MD and any `+` number); checksum numbers from
`python-stdnum`. Every run of eight or more digits that nothing else claims is still
redacted as a plain "number": a typo in a tax number must not let it through.
Public hotlines are kept (see PUBLIC_HOTLINES).

Each finder returns (start, end, kind) candidates; `screening.redact.text` merges them.
"""

from __future__ import annotations

import re

import phonenumbers
from stdnum import iban, luhn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.ua import edrpou, rntrc

Candidate = tuple[int, int, str]

PHONE_REGIONS = ("UA", "RU", "PL", "MD")

# National numbers of public hotlines marked [V] in ../shared/reference/indicator-sources.md
# §5.2: La Strada-Ukraine 0 800 500 335 and its children's line 0 800 500 225, and the
# 1547 line for callers abroad +38 044 284-19-15. The short numbers (102, 112, 1547, 527,
# 772) are too short to be taken for a personal number in the first place.
PUBLIC_HOTLINES = frozenset({"800500335", "800500225", "442841915"})

# Upper-case letters that can start a document series or a plate: Cyrillic (uk, ru) and
# Latin, since series are often typed with Latin look-alikes ("KB123456" for "КВ123456").
UPPER = "A-ZА-ЯЁІЇЄҐ"
LETTER = "A-Za-zА-Яа-яЁёІіЇїЄєҐґ"
_NOT_WORD_BEFORE = r"(?<![\w])"
_NOT_WORD_AFTER = r"(?![\w])"

_DIGIT_RUN = re.compile(r"(?<!\d)\d{8,}(?!\d)")
# Digits in groups (phone-like, account-like): at least ten digits with separators.
_DIGIT_GROUPS = re.compile(r"(?<![\w+/])\+?\d[\d \t().\-]{8,60}\d(?![\w/])")
# A local number without its area code ("123-45-67"), and 6+ digits after "номер"/"No.".
_LOCAL_PHONE = re.compile(r"(?<![\d\-])(?<!\d[ )])\d{3}-\d{2}-\d{2}(?![\d\-])")
_NUMBER_CUE = re.compile(r"(?<!\w)(?i:номер\w*|number|№|no\.|nr\.?)(?>[ \t]*:?[ \t]*)(?P<n>\d[\d \t\-]{4,30}\d)(?!\d)")
_AMOUNT = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})+")
_CARD = re.compile(r"(?<![\d])(?:\d{4}[ \-]\d{4}[ \-]\d{4}[ \-]\d{4}(?:[ \-]?\d{1,3})?|\d{4}[ \-]\d{6}[ \-]\d{5})(?!\d)")
_UNZR = re.compile(r"(?<!\d)(?:19|20)\d{6}[ \-]?\d{5}(?!\d)")
_IBAN = re.compile(r"(?<![\w])[A-Za-z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,32}(?![\w])")
_PASSPORT = re.compile(_NOT_WORD_BEFORE + f"[{UPPER}]{{2}}[ \t]?(?:№|N|No\\.?)?[ \t]?\\d{{6,7}}(?!\\d)")
_DOCUMENT_CUE = re.compile(
    r"(?i:(?P<cue>паспорт\w*|passport|id[- ]?(?:картк\w*|карт\w*|card)|документ\w*|document))"
    r"[\s:,.№#\-]{0,20}+(?:(?i:серія|серії|серии|серия|series|номер|number|no\.?|n)(?!\w)[\s:,.№#\-]{0,20}+){0,3}+"
    f"(?P<doc>(?:[{UPPER}]{{1,2}}[ \\t]?)?\\d[\\d \\t\\-]{{4,14}}\\d)(?!\\d)"
)
_PLATE = re.compile(
    _NOT_WORD_BEFORE
    + f"(?:[{UPPER}]{{2}}[ \\t\\-]?\\d{{4}}[ \\t\\-]?[{UPPER}]{{2}}"
    + f"|[{UPPER}][ \\t]?\\d{{3}}[ \\t]?[{UPPER}]{{2}}[ \\t]?\\d{{2,3}})"
    + _NOT_WORD_AFTER
)

_UK_MONTHS = "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
_RU_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
_EN_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)
_YEAR_TAIL = r"(?:,?[ \t]+(?:19|20)\d\d(?:[ \t]*(?:р\.|року|рік|г\.|года|год|yr)(?!\w))?)?"
_DATE_PATTERNS = (
    re.compile(r"(?<![\d.])(?P<a>\d{1,2})[./\-](?P<b>\d{1,2})[./\-](?:\d{4}|\d{2})(?!\d|\.\d)"),
    re.compile(r"(?<![\d.])(?:19|20)\d\d[./\-](?P<b>\d{1,2})[./\-](?P<a>\d{1,2})(?!\d|\.\d)"),
    re.compile(
        r"(?<!\d)(?P<a>\d{1,2})(?:-?(?:го|е|st|nd|rd|th))?[ \t]+(?:of[ \t]+)?"
        f"(?:(?i:{_UK_MONTHS}|{_RU_MONTHS})|{_EN_MONTHS})(?!\\w)" + _YEAR_TAIL
    ),
    re.compile(f"(?<!\\w)(?:{_EN_MONTHS})[ \\t]+(?P<a>\\d{{1,2}})(?:st|nd|rd|th)?(?!\\d)(?!\\w)" + _YEAR_TAIL),
)


def find_numbers(text: str) -> list[Candidate]:
    return (
        _phones(text)
        + _digit_runs(text)
        + _digit_groups(text)
        + _simple(_CARD, text, "bank-card")
        + _simple(_UNZR, text, "unzr")
        + _ibans(text)
        + _simple(_PASSPORT, text, "passport")
        + _documents(text)
        + _simple(_PLATE, text, "plate")
        + _dates(text)
        + _simple(_LOCAL_PHONE, text, "phone")
        + [(m.start("n"), m.end("n"), "number") for m in _NUMBER_CUE.finditer(text) if sum(c.isdigit() for c in m.group("n")) >= 6]
    )


def _simple(pattern: re.Pattern, text: str, kind: str) -> list[Candidate]:
    return [(m.start(), m.end(), kind) for m in pattern.finditer(text)]


def _phones(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for region in PHONE_REGIONS:
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
            if str(match.number.national_number) in PUBLIC_HOTLINES:
                continue
            found.append((match.start, match.end, "phone"))
    return found


def _digit_runs(text: str) -> list[Candidate]:
    """Unbroken digit runs: checksum numbers by stdnum, else a plain number (8+ digits)."""
    found = []
    for m in _DIGIT_RUN.finditer(text):
        if not _is_hotline(m.group()):
            found.append((m.start(), m.end(), _classify_digits(m.group())))
    return found


def _is_hotline(digits: str) -> bool:
    """Whether these digits (with or without +38 and the trunk 0) are a public hotline."""
    if digits.startswith("380") and len(digits) == 12:
        digits = digits[2:]
    if digits.startswith("0") and len(digits) == 10:
        digits = digits[1:]
    return digits in PUBLIC_HOTLINES


def _classify_digits(digits: str) -> str:
    n = len(digits)
    # RNOKPP digits 1-5 count days since 31.12.1899, so a leading 0 (born before 1928)
    # is in practice a phone number with its trunk 0.
    if n == 10 and digits[0] != "0" and rntrc.is_valid(digits):
        return "rnokpp"
    if n == 9:
        return "id-card"
    if (n == 8 and edrpou.is_valid(digits)) or (n in (10, 12) and inn.is_valid(digits)):
        return "tax-number"
    if n == 11 and pesel.is_valid(digits):
        return "id-card"
    if 13 <= n <= 19 and luhn.is_valid(digits):
        return "bank-card"
    return "number"


def _digit_groups(text: str) -> list[Candidate]:
    """Long numbers written in groups that no library recognised (foreign phones, accounts)."""
    found = []
    for m in _DIGIT_GROUPS.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) < 10 or _AMOUNT.fullmatch(m.group()) or _is_hotline(digits):
            continue
        found.append((m.start(), m.end(), "number"))
    return found


def _ibans(text: str) -> list[Candidate]:
    found = []
    for m in _IBAN.finditer(text):
        raw = m.group()
        # Try the longest prefix that is a valid IBAN (a following word may have joined in).
        for end in range(len(raw), 14, -1):
            if raw[end - 1] != " " and iban.is_valid(raw[:end]):
                found.append((m.start(), m.start() + end, "iban"))
                break
        else:
            compact = raw.replace(" ", "").upper()
            if compact.startswith("UA") and compact[2:29].isdigit() and len(compact) >= 29:
                # A Ukrainian IBAN with a typo in it is still an account number.
                found.append((m.start(), m.end(), "iban"))
    return found


def _documents(text: str) -> list[Candidate]:
    found = []
    for m in _DOCUMENT_CUE.finditer(text):
        cue = m.group("cue").lower()
        kind = "id-card" if cue.startswith("id") else "passport"
        found.append((m.start("doc"), m.end("doc"), kind))
    return found


def _dates(text: str) -> list[Candidate]:
    found = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            a = int(m.group("a"))
            b = int(m.groupdict().get("b") or 1)
            if 1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12):
                found.append((m.start(), m.end(), "date"))
    return found
