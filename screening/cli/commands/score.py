"""Score one screening's answers against an indicator set, with the explanation.

Answers: {"answers": {"<indicator id>": "yes" | "no" | "unknown" | "declined"}}; ids not
listed are unanswered. Exit status 0 on success, 2 for an unknown set or indicator id or
an unreadable answers file.
"""

from __future__ import annotations

import argparse
import json
import sys


EXAMPLES = """
  screening score --set ilo-adult-labour --answers answers.json
  echo '{"answers": {}}' | screening score --set unodc-general --answers - --format json
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--set", dest="set_id", required=True, metavar="ID", help="indicator set id (see `screening catalog`)")
    parser.add_argument("--answers", required=True, metavar="FILE", help="answers file, or - for standard input")
    parser.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    parser.add_argument("--language", choices=["en", "uk", "ru"], default="en", help="language of the text output (default: en)")


def run(args: argparse.Namespace) -> int:
    from screening.catalog.answers import read_answers
    from screening.catalog.problems import did_you_mean
    from screening.catalog.data import load_catalog
    from screening.engine.score import UnknownIndicator
    from screening.engine.interview import assess
    from screening.engine.explain import assessment_text

    catalog = load_catalog()
    indicator_set = catalog.sets.get(args.set_id)
    if indicator_set is None:
        print(f"screening score: unknown set {args.set_id!r}{did_you_mean(args.set_id, catalog.sets)}; known: {', '.join(catalog.sets) or 'none'}", file=sys.stderr)
        return 2
    answers_file, problems = read_answers(args.answers)
    if answers_file is None:
        for problem in problems:
            print(problem.text(), file=sys.stderr)
        return 2
    try:
        # The open indicators that can still raise the verdict, exactly (the short interview's rule).
        assessment = assess(indicator_set, answers_file.answers)
    except UnknownIndicator as exc:
        ids = {i.id for i in indicator_set.indicators}
        for indicator_id in exc.indicator_ids:
            print(f"{answers_file.name}: $.answers['{indicator_id}']: unknown indicator {indicator_id!r} in set {exc.set_id!r}{did_you_mean(indicator_id, ids)}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps(assessment.as_json(), ensure_ascii=False, indent=2))
    else:
        print(assessment_text(indicator_set, assessment, answers_file.answers, args.language))
    return 0
