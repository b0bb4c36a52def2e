"""List the indicator sets and their indicators, and the questionnaires, as a table or as JSON.

The JSON shape is a contract other tools rely on (keys are only ever added):
{"sets": [{"id", "version", "title", "population", "indicators": [{"id", "dimension",
"strength", "label": {"en", "uk", "ru"}, "sources": [{"source", "locator", "quote"}]}]}],
"questionnaires": [{"id", "version", "title", "population", "sets", "questions", "example"}]}
The questionnaires are those `screening export-xlsform --form ID` accepts (`screening note
--form ID` takes the shipped ones); "example" ones ship in forms/examples/. With --set,
only that set is listed (and no questionnaire).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the models cost ~0.1 s to import: not while `screening` builds its parser
    from screening.models import IndicatorSet, Questionnaire


EXAMPLES = """
  screening catalog                               sets, their indicators and the questionnaires
  screening catalog --set ilo-adult-labour --language uk
  screening catalog --format json > catalog.json
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--set", dest="set_id", metavar="ID", help="only this set")
    parser.add_argument("--format", choices=["table", "json"], default="table", help="output format (default: table)")
    parser.add_argument("--language", choices=["en", "uk", "ru"], default="en", help="language of the table (default: en)")


def catalog_json(sets: list[IndicatorSet]) -> dict:
    return {
        "sets": [
            {
                "id": s.id,
                "version": s.version,
                "title": s.info.title.get("en"),
                "population": s.info.population,
                "indicators": [
                    {
                        "id": i.id,
                        "dimension": i.dimension,
                        "strength": i.strength,
                        "label": {lang: i.label.get(lang) for lang in ("en", "uk", "ru")},
                        "sources": [{"source": r.source, "locator": r.locator, "quote": r.quote} for r in i.sources],
                    }
                    for i in s.indicators
                ],
            }
            for s in sets
        ]
    }


def questionnaires_json(forms: list[Questionnaire], examples: set[str]) -> list[dict]:
    return [
        {
            "id": f.id,
            "version": f.version,
            "title": f.title.get("en"),
            "population": f.population,
            "sets": list(f.sets),
            "questions": len(f.questions()),
            "example": f.id in examples,
        }
        for f in forms
    ]


def questionnaires_table(forms: list[Questionnaire], examples: set[str], language: str) -> str:
    lines = ["Questionnaires (screening export-xlsform --form ID)"]
    for f in forms:
        mark = "  [example]" if f.id in examples else ""
        lines.append(f"  {f.id} {f.version}  {f.title.get(language)}  [{f.population}, {len(f.questions())} questions]{mark}")
    return "\n".join(lines)


def catalog_table(sets: list[IndicatorSet], language: str) -> str:
    lines: list[str] = []
    for s in sets:
        lines.append(f"{s.id} {s.version}  {s.info.title.get(language)}  [{s.info.population}, {len(s.indicators)} indicators]")
        for dimension in s.dimensions:
            lines.append(f"  {dimension.label.get(language)}")
            for i in s.indicators:
                if i.dimension == dimension.id:
                    lines.append(f"    {i.strength or '-':<7} {i.id:<44} {i.label.get(language)}")
        lines.append("")
    return "\n".join(lines).rstrip()


def run(args: argparse.Namespace) -> int:
    from screening.catalog.data import load_catalog
    from screening.catalog.problems import DataError

    try:
        catalog = load_catalog()
        with_examples = load_catalog(include_examples=True)
    except DataError as exc:
        print(f"screening: the shipped data is invalid:\n{exc}", file=sys.stderr)
        return 1
    sets = list(catalog.sets.values())
    if args.set_id:
        if args.set_id not in catalog.sets:
            from screening.catalog.problems import did_you_mean

            print(f"screening catalog: unknown set {args.set_id!r}{did_you_mean(args.set_id, catalog.sets)}; known: {', '.join(catalog.sets) or 'none'}", file=sys.stderr)
            return 2
        sets = [catalog.sets[args.set_id]]
    forms = [] if args.set_id else sorted(with_examples.questionnaires.values(), key=lambda f: (f.id not in catalog.questionnaires, f.id))
    examples = set(with_examples.questionnaires) - set(catalog.questionnaires)
    if args.format == "json":
        print(json.dumps({**catalog_json(sets), "questionnaires": questionnaires_json(forms, examples)}, ensure_ascii=False, indent=2))
    else:
        print(catalog_table(sets, args.language) + ("\n\n" + questionnaires_table(forms, examples, args.language) if forms else ""))
    return 0
