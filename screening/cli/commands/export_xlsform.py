"""Write a questionnaire as an XLSForm (.xlsx) for ODK Collect or KoboToolbox.

The file has survey, choices and settings sheets, labels and hints in English, Ukrainian
and Russian, skip logic as `relevant`, and each question's indicator ids. It is written
atomically with owner-only permissions and never replaces a file without --force.
Exit status 0 when written, 1 when the file exists or cannot be written, 2 for an
unknown form.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


EXAMPLES = """
  screening export-xlsform --form adult-screening --output adult-screening.xlsx
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--form", dest="form_id", required=True, metavar="ID", help="questionnaire id (see `screening catalog`)")
    parser.add_argument("--output", required=True, type=Path, metavar="FILE.xlsx", help="where to write the XLSForm")
    parser.add_argument("--force", action="store_true", help="replace FILE.xlsx if it exists")
    parser.add_argument("--order", choices=["short", "form"], default="short",
                        help="short: the short interview's core questions first, as the app asks them (default); form: the form's order")


def run(args: argparse.Namespace) -> int:
    from screening.catalog.problems import did_you_mean
    from screening.catalog.data import load_catalog
    from screening.export.files import ExportError, check_target
    from screening.coordinator.xlsform import XLSFormError, write_xlsform

    forms = load_catalog(include_examples=True).questionnaires
    form = forms.get(args.form_id)
    if form is None:
        print(f"screening export-xlsform: unknown form {args.form_id!r}{did_you_mean(args.form_id, forms)}; known: {', '.join(sorted(forms)) or 'none'}", file=sys.stderr)
        return 2
    if args.output.suffix.lower() != ".xlsx":
        print(f"screening export-xlsform: {args.output}: expected a file name ending in .xlsx", file=sys.stderr)
        return 2
    try:
        output = check_target(args.output, overwrite=args.force)  # "~/" expanded; "~nouser/" a plain message
        write_xlsform(form, output, force=args.force, order=args.order)
    except FileExistsError:
        print(f"screening export-xlsform: {args.output} already exists; add --force to replace it", file=sys.stderr)
        return 1
    except XLSFormError as exc:
        print(f"screening export-xlsform: form {form.id!r}: {exc}", file=sys.stderr)
        return 1
    except ExportError as exc:
        print(f"screening export-xlsform: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"screening export-xlsform: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.output} (form {form.id} {form.version}, {len(form.questions())} questions)", file=sys.stderr)
    return 0
