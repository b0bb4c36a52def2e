"""Recall of redaction on a corpus of short notes a screener might type (issue 15 item 4).

tests/redact/corpus/notes.json marks each note's personal data by category. A piece counts as
caught when every letter and digit of it lies inside a finding; ordinary text is every other
letter and digit, and the share of it that lands in a finding is the over-redaction.
`python tests/redact/test_redact_recall.py` prints the table for docs/redaction.md.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from screening.redact.text import redact

CORPUS = Path(__file__).parent / "corpus" / "notes.json"
CATEGORIES = ("identifier", "name_place", "address", "dob", "age", "workplace")
TARGETS = {"identifier": 0.98, "name_place": 0.90, "address": 0.90, "dob": 0.90, "age": 0.90, "workplace": 0.90}
LANGUAGE = {"uk": "uk", "ru": "ru", "en": "en", "mixed": "uk"}


def notes(part: str | None = None) -> list[dict]:
    data = json.loads(CORPUS.read_text(encoding="utf-8"))["notes"]
    return [n for n in data if part is None or n["part"] == part]


def measure(selected: list[dict]) -> dict:
    caught = {c: 0 for c in CATEGORIES}
    total = {c: 0 for c in CATEGORIES}
    ordinary = ordinary_redacted = 0
    missed = []
    for note in selected:
        text = note["text"]
        redacted = [False] * len(text)
        for f in redact(text, LANGUAGE[note["language"]]).findings:
            redacted[f.start : f.end] = [True] * (f.end - f.start)
        personal = [False] * len(text)
        for piece in note["personal"]:
            start = text.index(piece["text"])
            end = start + len(piece["text"])
            personal[start:end] = [True] * (end - start)
            total[piece["category"]] += 1
            if all(redacted[i] for i in range(start, end) if text[i].isalnum()):
                caught[piece["category"]] += 1
            else:
                missed.append((note["id"], piece["category"], piece["text"]))
        for i, ch in enumerate(text):
            if ch.isalnum() and not personal[i]:
                ordinary += 1
                ordinary_redacted += redacted[i]
    return {"caught": caught, "total": total, "ordinary": ordinary, "ordinary_redacted": ordinary_redacted, "missed": missed}


def test_the_corpus_is_large_and_mixed_enough():
    data = notes()
    assert len(data) >= 60
    assert {n["language"] for n in data} == {"uk", "ru", "en", "mixed"}
    assert len(notes("held-out")) >= 13
    assert {p["category"] for n in data for p in n["personal"]} == set(CATEGORIES)
    for n in data:
        for p in n["personal"]:
            assert n["text"].count(p["text"]) == 1, (n["id"], p["text"])


def test_recall_per_category_and_over_redaction_meet_the_targets():
    m = measure(notes())
    for category, target in TARGETS.items():
        assert m["caught"][category] / m["total"][category] >= target, (category, m["caught"], m["total"], m["missed"])
    assert m["ordinary_redacted"] / m["ordinary"] <= 0.03, m


def table(m: dict) -> str:
    rows = [f"| {c} | {m['caught'][c]}/{m['total'][c]} | {m['caught'][c] / m['total'][c]:.0%} |" for c in CATEGORIES]
    rows.append(f"| ordinary text redacted | {m['ordinary_redacted']}/{m['ordinary']} characters | "
                f"{m['ordinary_redacted'] / m['ordinary']:.1%} |")
    return "\n".join(rows)


if __name__ == "__main__":
    for part in (None, "dev", "held-out"):
        m = measure(notes(part))
        print(f"\n{part or 'whole corpus'} ({len(notes(part))} notes)\n{table(m)}")
        for miss in m["missed"]:
            print("  missed", *miss)


# The misses named in issue 15 item 4, one by one: each is gone from the redacted text.
ISSUE_MISSES = [
    ("en", "She lives at vul. Shevchenka 12 kv 5 now.", "Shevchenka 12 kv 5"),
    ("en", "They stayed at ul. Legnicka 48.", "Legnicka 48"),
    ("en", "Worked at Hauptstraße 5.", "Hauptstraße 5"),
    ("ru", "Живёт в селе Новая Водолага.", "Новая Водолага"),
    ("uk", "Олена, 1965 р.н., переселенка.", "1965"),
    ("ru", "Ирина, 2001 г.р.", "2001"),
    ("uk", "1990 року народження, з Херсонщини.", "1990"),
    ("en", "He is 15 years old.", "15"),
    ("uk", "Їй 17, вона навчається.", "17"),
    ("uk", "Номер: нуль шість сім один два три чотири п'ять шість сім.", "шість сім один два три"),
    ("uk", "Працювала у ФОП «Гнатюк В. І.» продавчинею.", "Гнатюк"),
    ("en", "He drove for Kowalski Transport.", "Kowalski"),
    ("uk", "Петренко сказав, що роботу знайшов сам.", "Петренко"),
    ("uk", "Про це розповіла Коваленко.", "Коваленко"),
    ("uk", "Її донька — Оленка.", "Оленка"),
]


@pytest.mark.parametrize(("language", "text", "secret"), ISSUE_MISSES, ids=range(len(ISSUE_MISSES)))
def test_the_misses_named_in_the_issue_are_redacted(language, text, secret):
    assert secret not in redact(text, language).text


@pytest.mark.parametrize(
    "text",
    [
        "Дзвоніть на 0 800 500 225 або 116 123, з мобільного 527.",
        "З Харківської області, борг 15 000 грн, працювала 3 місяці по 12 годин.",
        "From Kherson oblast, paid 300 euros a month for 2 years.",
    ],
)
def test_hotlines_oblasts_amounts_and_durations_are_kept(text):
    assert redact(text, "uk").text == text
