"""Build an anonymised referral note from an answers file, without the interactive app.

The answers file is the `screening score` format plus set-up fields: {"age_band": "<14" |
"14-17" | "18-24" | "25-59" | "60+", "screener_role": ..., "language": "en" | "uk" | "ru",
"oblast": optional, "free_text": optional, "answers": {"<indicator id>": ...}}. The age
band picks the child or adult sets and the form (unless --form is given); the free text
is redacted before it enters the note. The format follows --format, else the output's
suffix, else Markdown. Exit status (as for every command, see README): 0 written; 1
existing output without --force, or a failed write; 2 bad input (an answers file that is
missing, unreadable, over 1 MB, not JSON or not valid; standard input closed), an unknown
form, indicator or country, or a PDF to standard output.
"""

from __future__ import annotations

import argparse
import re
import sys


EXAMPLES = """
  screening note --answers answers.json --output note.md
  screening note --answers answers.json --output note.pdf --consent
  screening note --answers - --output - --format json < answers.json
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--answers", required=True, metavar="FILE", help="answers file with the set-up fields, or - for standard input")
    parser.add_argument("--form", dest="form_id", metavar="ID", help="questionnaire id (default: the one for the age band, if any)")
    parser.add_argument("--format", dest="fmt", choices=["md", "txt", "json", "pdf"], help="output format (default: from the output's suffix, else md)")
    parser.add_argument("--output", required=True, metavar="PATH", help="file to write (created owner-only), or - for standard output (not for pdf)")
    parser.add_argument("--force", action="store_true", help="overwrite the output file if it exists")
    parser.add_argument("--consent", action="store_true", help="the person consented to be referred (default: no)")
    parser.add_argument("--country", default=None, metavar="CODE", help="country of the screening, ISO 3166-1 alpha-2 (default: UA; others use the international fallback)")


def _error(message: str) -> None:
    print(f"screening note: {message}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from screening.catalog.answers import read_answers
    from screening.catalog.problems import did_you_mean
    from screening.catalog.data import load_catalog
    from screening.engine.score import UnknownIndicator
    from screening.export import SUFFIXES, ExportError, ExportExists, export_warning, render, write_export
    from screening.models.note import OBLASTS, SCREENER_ROLES
    from screening.export.referral import NoteError, build_note
    from screening.engine.session import Setup

    fmt = args.fmt or next((f for f, s in SUFFIXES.items() if args.output != "-" and args.output.lower().endswith(s)), "md")
    if args.output == "-" and fmt == "pdf":
        _error("a PDF is never written to standard output; give --output FILE.pdf")
        return 2
    from screening.engine.policy import DEFAULT_COUNTRY

    country = (args.country or DEFAULT_COUNTRY).upper()
    if not re.fullmatch(r"[A-Z]{2}|INTL", country):
        _error(f"--country {args.country!r}: expected a two-letter country code such as UA or PL")
        return 2

    answers_file, problems = read_answers(args.answers)
    if answers_file is None:
        for problem in problems:
            print(problem.text(), file=sys.stderr)
        return 2
    name, given = answers_file.name, answers_file.setup
    setup_problems: list[str] = []
    if "age_band" not in given:
        setup_problems.append(f"{name}: $.age_band: missing; expected one of <14, 14-17, 18-24, 25-59, 60+ (it picks the child or adult sets)")
    role = given.get("screener_role", "social-worker")
    if role not in SCREENER_ROLES:
        setup_problems.append(f"{name}: $.screener_role: expected one of {', '.join(SCREENER_ROLES)}; found {role!r}")
    oblast = given.get("oblast")
    if oblast is not None and oblast != "abroad" and oblast not in OBLASTS:
        setup_problems.append(f"{name}: $.oblast: expected an ISO 3166-2:UA oblast code such as UA-12, or 'abroad'; found {oblast!r} (never a town or an address)")
    if setup_problems:
        for line in setup_problems:
            print(line, file=sys.stderr)
        return 2
    setup = Setup(
        age_band=given["age_band"], screener_role=role, language=given.get("language", "en"),
        exploitation_context=given.get("exploitation_context", "unknown"), oblast=oblast,
    )

    catalog = load_catalog()
    form_id = args.form_id
    population = setup.population
    if form_id is not None:
        form = catalog.questionnaires.get(form_id)
        if form is None:
            _error(f"unknown form {form_id!r}{did_you_mean(form_id, catalog.questionnaires)}; known: {', '.join(catalog.questionnaires) or 'none'}")
            return 2
        if form.population not in (population, "any"):
            _error(f"form {form_id!r} is for population {form.population!r}, but age band {setup.age_band} is {population!r}")
            return 2
    else:
        form_id = default_form(catalog, setup)

    if args.output != "-":  # before the note is built: an unusable path is one plain line, never a traceback
        from screening.export.files import check_target

        try:
            check_target(args.output, overwrite=args.force)
        except ExportExists:
            _error(f"{args.output} already exists; use --force to overwrite it")
            return 1
        except ExportError as exc:
            _error(str(exc))
            return 1
    try:
        note = build_note(catalog, setup, answers_file.answers, consent_to_refer=args.consent, free_text=given.get("free_text"),
                          form_id=form_id, country=country)
    except UnknownIndicator as exc:
        for indicator_id in exc.indicator_ids:
            owner = catalog.indicator_owner(indicator_id)
            if owner is None:
                why = f"no indicator set has it{did_you_mean(indicator_id, catalog.all_indicator_ids())}"
            elif owner.info.population not in (population, "any"):
                why = f"it belongs to set {owner.id!r}, which is for population {owner.info.population!r}, not age band {setup.age_band}"
            else:
                why = f"it belongs to set {owner.id!r}, which form {form_id!r} does not use"
            print(f"{name}: $.answers['{indicator_id}']: unknown indicator {indicator_id!r} for this screening: {why}", file=sys.stderr)
        return 2
    except NoteError as exc:
        print(f"{name}: $: {exc}", file=sys.stderr)
        return 2

    if args.output == "-":
        sys.stdout.buffer.write(render(note, fmt))
        sys.stdout.flush()
        return 0
    try:
        written = write_export(note, args.output, fmt, overwrite=args.force)
    except ExportExists as exc:
        _error(f"{exc.path} already exists; use --force to overwrite it")
        return 1
    except ExportError as exc:
        _error(str(exc))
        return 1
    print(f"Wrote the referral note ({fmt}) to {written}, readable only by you.", file=sys.stderr)
    warning = export_warning(note, fmt, "en")  # characters a PDF cannot show, never dropped silently
    if warning:
        print(f"screening note: {warning}", file=sys.stderr)
    return 0


def default_form(catalog, setup) -> str | None:
    """The questionnaire the app gives this person (screening.engine.policy.choose_form), by id."""
    from screening.engine.policy import choose_form

    form = choose_form(catalog, setup)
    return form.id if form is not None else None
