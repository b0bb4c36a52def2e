"""Redaction of free text before it can enter an anonymised referral note.

A referral note may carry a short free-text comment, and a social worker typing in a hurry
will write the very things a note must never hold: a phone number, a passport, an address,
a name. This module finds them offline (no model, no network) with well-kept libraries
where they exist (`phonenumbers`, `python-stdnum`) and patterns and cue words elsewhere,
and puts a localised placeholder in their place. It prefers redacting too much to letting
something through; what it cannot catch is listed in `docs/redaction.md`, and the user
always sees the redacted text before export.

The detectors live in `redact_numbers` (digits: phones, documents, cards, dates, plates),
`redact_words` (e-mail, links, handles, addresses, ages) and `redact_names`; this module
merges their candidates and writes the placeholders.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from screening.redact.numbers import find_numbers
from screening.redact.words import find_words

# kind -> language -> placeholder. A missing language falls back to English.
PLACEHOLDERS: dict[str, dict[str, str]] = {
    "phone": {"en": "[PHONE]", "uk": "[ТЕЛЕФОН]", "ru": "[ТЕЛЕФОН]"},
    "email": {"en": "[EMAIL]", "uk": "[ЕЛ. ПОШТА]", "ru": "[ЭЛ. ПОЧТА]"},
    "passport": {"en": "[PASSPORT]", "uk": "[ПАСПОРТ]", "ru": "[ПАСПОРТ]"},
    "id-card": {"en": "[ID CARD]", "uk": "[ID-КАРТКА]", "ru": "[ID-КАРТА]"},
    "unzr": {"en": "[UNZR]", "uk": "[УНЗР]", "ru": "[УНЗР]"},
    "rnokpp": {"en": "[TAX ID]", "uk": "[РНОКПП]", "ru": "[ИНН]"},
    "tax-number": {"en": "[TAX NUMBER]", "uk": "[ПОДАТКОВИЙ НОМЕР]", "ru": "[НАЛОГОВЫЙ НОМЕР]"},
    "iban": {"en": "[IBAN]", "uk": "[РАХУНОК]", "ru": "[СЧЁТ]"},
    "bank-card": {"en": "[BANK CARD]", "uk": "[БАНКІВСЬКА КАРТКА]", "ru": "[БАНКОВСКАЯ КАРТА]"},
    "date": {"en": "[DATE]", "uk": "[ДАТА]", "ru": "[ДАТА]"},
    "age": {"en": "[AGE]", "uk": "[ВІК]", "ru": "[ВОЗРАСТ]"},
    "handle": {"en": "[HANDLE]", "uk": "[АКАУНТ]", "ru": "[АККАУНТ]"},
    "plate": {"en": "[PLATE]", "uk": "[НОМЕРНИЙ ЗНАК]", "ru": "[ГОСНОМЕР]"},
    "name": {"en": "[NAME]", "uk": "[ІМ'Я]", "ru": "[ИМЯ]"},
    "address": {"en": "[ADDRESS]", "uk": "[АДРЕСА]", "ru": "[АДРЕС]"},
    "url": {"en": "[LINK]", "uk": "[ПОСИЛАННЯ]", "ru": "[ССЫЛКА]"},
    "number": {"en": "[NUMBER]", "uk": "[НОМЕР]", "ru": "[НОМЕР]"},
}
KINDS = tuple(PLACEHOLDERS)

# When candidates of different kinds overlap, the merged span takes the most specific kind:
# an e-mail holds a "@handle", a UNZR holds an 8-digit "number", a card holds a "phone".
PRIORITY = (
    "email", "url", "handle", "iban", "unzr", "bank-card", "rnokpp", "passport", "plate",
    "id-card", "phone", "tax-number", "date", "age", "address", "name", "number",
)
_RANK = {kind: rank for rank, kind in enumerate(PRIORITY)}
assert set(PRIORITY) == set(KINDS)

# Placeholders already in the text (from an earlier pass, in any language) are left alone,
# so that redacting twice changes nothing.
_KNOWN = sorted({p for table in PLACEHOLDERS.values() for p in table.values()}, key=len, reverse=True)
_PLACEHOLDER = re.compile("|".join(re.escape(p) for p in _KNOWN))
_MASK = "\ue000"  # a private-use character no detector matches
_MAX_PASSES = 4


@dataclass(frozen=True)
class Finding:
    kind: str  # one of KINDS
    start: int  # span in the ORIGINAL text
    end: int
    replacement: str  # the placeholder put in its place, e.g. "[PHONE]"


@dataclass(frozen=True)
class Redaction:
    text: str  # the redacted text
    findings: tuple[Finding, ...]  # sorted by start, non-overlapping

    def counts(self) -> dict[str, int]:
        """How many findings of each kind, in a stable order (the order of KINDS)."""
        tally: dict[str, int] = {}
        for f in self.findings:
            tally[f.kind] = tally.get(f.kind, 0) + 1
        return {kind: tally[kind] for kind in KINDS if kind in tally}


def placeholder(kind: str, language: str = "en") -> str:
    table = PLACEHOLDERS[kind]
    return table.get(language) or table["en"]


def redact(text: str, language: str = "en") -> Redaction:
    """Replace personal data in `text` by placeholders in `language` (en, uk, ru; else en)."""
    work = _PLACEHOLDER.sub(lambda m: _masked(m.group()), text)
    spans: list[tuple[int, int, str]] = []
    # A placeholder can uncover data that was glued to what it replaced ("Street@anna"), so
    # search again, with every finding masked as its placeholder will look, until nothing
    # new turns up: then redacting the result again finds nothing.
    for _ in range(_MAX_PASSES):
        new = _merge(find_numbers(work) + find_words(work))
        if not new:
            break
        spans = _merge(spans + new)
        work = _mask_spans(work, new)
    findings = tuple(Finding(kind, start, end, placeholder(kind, language)) for start, end, kind in spans)
    parts: list[str] = []
    at = 0
    for f in findings:
        parts += [text[at : f.start], f.replacement]
        at = f.end
    parts.append(text[at:])
    return Redaction("".join(parts), findings)


def _mask_spans(work: str, spans: list[tuple[int, int, str]]) -> str:
    """`work` with each (sorted, non-overlapping) span masked, built with one join."""
    parts: list[str] = []
    at = 0
    for start, end, _kind in spans:
        parts += [work[at:start], _masked(work[start:end])]
        at = end
    parts.append(work[at:])
    return "".join(parts)


def _masked(span: str) -> str:
    """What a redacted span looks like to the detectors: brackets around opaque characters."""
    return "[" + _MASK * (len(span) - 2) + "]" if len(span) >= 2 else _MASK


def _merge(candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join overlapping candidates into one span (over-redact rather than leave a tail)."""
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(c for c in candidates if c[1] > c[0]):
        if merged and start < merged[-1][1]:
            m_start, m_end, m_kind = merged[-1]
            best = kind if _RANK[kind] < _RANK[m_kind] else m_kind
            merged[-1] = (m_start, max(end, m_end), best)
        else:
            merged.append((start, end, kind))
    return merged
