"""A synthetic set carrying the ILO 2009 rule as data, for golden tests of the engine.

Each dimension has 3 strong, 4 medium and 3 weak indicators named `<dim>-s1`, `<dim>-m2`...
"""

from __future__ import annotations

import hashlib
import json

from screening.models import IndicatorSet, IndicatorSetDocument
from screening.catalog.typed import validate_json

DIMENSIONS = [
    "deceptive_recruitment", "coercive_recruitment", "recruitment_abuse_of_vulnerability",
    "exploitative_conditions", "coercion_at_destination", "abuse_of_vulnerability_at_destination",
]
RECRUITMENT = DIMENSIONS[:3]
SHORT = {"deceptive_recruitment": "dr", "coercive_recruitment": "cr", "recruitment_abuse_of_vulnerability": "rv",
         "exploitative_conditions": "ec", "coercion_at_destination": "cd", "abuse_of_vulnerability_at_destination": "vd"}
PRESENT_WHEN = [
    [{"strengths": ["strong"], "count": 2}],
    [{"strengths": ["strong"], "count": 1}, {"strengths": ["medium", "weak"], "count": 1}],
    [{"strengths": ["medium"], "count": 3}],
    [{"strengths": ["medium"], "count": 2}, {"strengths": ["weak"], "count": 1}],
]


def ids(dim: str, letter: str, n: int) -> list[str]:
    return [f"{SHORT[dim]}-{letter}{k}" for k in range(1, n + 1)]


def make_set(population: str = "adult") -> IndicatorSet:
    text = {"en": "x", "uk": "х", "ru": "х"}
    properties = {}
    for dim in DIMENSIONS:
        for letter, strength, n in (("s", "strong", 3), ("m", "medium", 4), ("w", "weak", 3)):
            for indicator_id in ids(dim, letter, n):
                properties[indicator_id] = {
                    "enum": ["yes", "no", "unknown", "declined"],
                    "x-indicator": {"id": indicator_id, "dimension": dim, "strength": strength, "kind": "indicator",
                                    "label": text, "explanation": text, "verification": "reconstructed",
                                    "sources": [{"source": "test", "locator": "test", "quote": None}]},
                }
    recruitment = {"any_of": [{"dimension_present": d} for d in RECRUITMENT]}
    strong_when = [recruitment, {"dimension_present": "exploitative_conditions"}]
    if population == "adult":
        strong_when.append({"any_of": [{"dimension_present": "coercion_at_destination"}, {"dimension_present": "abuse_of_vulnerability_at_destination"}]})
    doc = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:victim-screening:indicator-set:rule-{population}",
        "title": "rule fixture", "type": "object", "additionalProperties": False, "properties": properties,
        "x-set": {
            "id": f"rule-{population}", "version": "1.0.0", "title": text, "population": population,
            "exploitation": "labour", "scoring": "rule",
            "dimensions": [{"id": d, "label": text} for d in DIMENSIONS],
            "rule": {
                "id": "rule", "default": "no-indication", "dimension_present_when": PRESENT_WHEN,
                "provenance": {"sources": [{"source": "test", "locator": "test", "quote": None}], "verification": "reconstructed", "note": "test"},
                "verdicts": [
                    {"verdict": "strong-indication", "when": {"all_of": strong_when}},
                    {"verdict": "some-indication", "when": {"any_of": [{"any_dimension_present": True}, {"any_yes_of_strength": "strong"}]}},
                ],
            },
            "sources": [{"id": "test", "title": "test"}],
        },
    }
    raw = json.dumps(doc).encode()
    return IndicatorSet(validate_json(IndicatorSetDocument, raw), hashlib.sha256(raw).hexdigest(), "fixture")
