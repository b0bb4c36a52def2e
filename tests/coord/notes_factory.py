"""Generated referral notes for tests and benchmarks: valid against the note schema, plausible mix.

`make_notes(n, seed)` yields n note dicts, the same for the same seed. Indicators and
verdicts are real: answers are drawn at random for the shipped indicator sets and scored
by the engine, so dimensions and verdicts agree with the rule. Urgent needs and referral
services are test fixtures (ids only, no phone numbers except the example's 112): they
stand for whatever directory the notes came from and are not data about real services.
The distribution is made up for testing, not taken from any report.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Iterator

from screening.catalog.data import load_catalog
from screening.engine.score import score
from screening.models.common import AGE_BANDS, CHILD_AGE_BANDS
from screening.models.note import OBLASTS, SCREENER_ROLES

AGE_WEIGHTS = (8, 12, 20, 50, 10)  # <14, 14-17, 18-24, 25-59, 60+
LANGUAGES = (("uk", 60), ("ru", 25), ("en", 15))
NEEDS = ("immediate_danger", "medical", "shelter", "legal", "documents", "child_protection")
SERVICES = {  # need -> (service id, name)
    "immediate_danger": ("example-emergency", "Emergency line"),
    "medical": ("test-medical", "Medical help (test)"),
    "shelter": ("test-shelter", "Shelter (test)"),
    "legal": ("test-legal-aid", "Legal aid (test)"),
    "documents": ("test-status-procedure", "Victim status procedure (test)"),
    "child_protection": ("test-child-services", "Child services (test)"),
}
ANSWER_WEIGHTS = (("yes", 12), ("no", 70), ("unknown", 12), ("declined", 6))


def _sets():
    catalog = load_catalog()
    adult = [catalog.sets[s] for s in ("ilo-adult-labour", "ilo-adult-sexual")]
    child = [catalog.sets[s] for s in ("ilo-child-labour", "ilo-child-sexual")]
    context = catalog.sets["context-ukraine-war"]
    return adult, child, context


def _choice(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def _result(rng: random.Random, indicator_set, language: str, yes_rate: float) -> dict:
    answers = {}
    for indicator in indicator_set.indicators:
        roll = rng.random()
        answers[indicator.id] = "yes" if roll < yes_rate else ("no" if roll < 0.8 else ("unknown" if roll < 0.93 else "declined"))
    assessment = score(indicator_set, answers)
    present = [i for i in indicator_set.indicators if answers[i.id] == "yes"]
    return {
        "set": indicator_set.id,
        "verdict": assessment.verdict,
        "could_change": assessment.could_change,
        "dimensions_present": list(assessment.dimensions_present),
        "indicators_present": [{"id": i.id, "label": i.label.get(language)[:300]} for i in present],
    }


def make_notes(n: int, seed: int = 0) -> Iterator[dict]:
    """n notes as dicts, reproducible for a seed; each validates against the note schema."""
    rng = random.Random(seed)
    adult, child, context = _sets()
    versions = {s.id: s for s in (*adult, *child, context)}
    for _ in range(n):
        age_band = rng.choices(AGE_BANDS, AGE_WEIGHTS)[0]
        language = _choice(rng, LANGUAGES)
        yes_rate = rng.choice((0.0, 0.0, 0.02, 0.05, 0.1, 0.2))
        pool = child if age_band in CHILD_AGE_BANDS else adult
        chosen = [pool[0]] if rng.random() < 0.7 else list(pool)
        if rng.random() < 0.5:
            chosen.append(context)
        results = [_result(rng, s, language, yes_rate) for s in chosen]
        needs = [need for need in NEEDS if rng.random() < (0.08 if need != "child_protection" or age_band in CHILD_AGE_BANDS else 0)]
        targets = [{"service": SERVICES[need][0], "name": SERVICES[need][1], "contact": "112" if need == "immediate_danger" else None, "reason": f"need: {need}"} for need in needs]
        oblast_roll = rng.random()
        yield {
            "kind": "referral-note",
            "schema_version": 1,
            "note_id": f"{rng.getrandbits(128):032x}",
            "month": f"{rng.choice((2025, 2026))}-{rng.randint(1, 12):02d}",
            "age_band": age_band,
            "oblast": None if oblast_roll < 0.1 else ("abroad" if oblast_roll < 0.15 else rng.choice(OBLASTS)),
            "screener_role": rng.choice(SCREENER_ROLES),
            "language": language,
            "consent_to_refer": rng.random() < 0.8,
            "results": results,
            "urgent_needs": needs,
            "police_involvement": rng.choice(("wanted", "not-wanted", "not-asked", "declined")),
            "referral_targets": targets,
            "data_versions": [{"id": s.id, "version": versions[s.id].version, "sha256": versions[s.id].sha256} for s in chosen],
            "free_text": None,
        }


def write_notes(folder: Path, n: int, seed: int = 0, per_folder: int = 1000) -> list[dict]:
    """Write n notes into folder/NNN/*.json (nested, as a coordinator's archive is); returns them."""
    notes = []
    for index, note in enumerate(make_notes(n, seed)):
        sub = folder / f"{index // per_folder:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{note['note_id']}.json").write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
        notes.append(note)
    return notes
