"""The `screening` command: the app with no arguments, sub-commands for everything else.

Sub-commands live in `screening/commands/`, one module each, imported only when chosen,
so that `screening validate` never pays for (or imports) Textual.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from screening import __version__

# name -> (module in screening.commands, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("validate", "check indicator sets, forms and notes against their schemas"),
    "catalog": ("catalog", "list indicator sets and their indicators"),
    "score": ("score", "score answers against an indicator set, with the explanation"),
    "note": ("note", "build an anonymised referral note from an answers file and export it"),
    "aggregate": ("aggregate", "count anonymised referral notes for coordinators (small cells suppressed)"),
    "export-xlsform": ("export_xlsform", "write a questionnaire as an XLSForm for ODK / KoboToolbox"),
    "redact": ("redact", "replace personal data in free text by placeholders"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="screening",
        description=(
            "Screen a person for indicators of human trafficking, offline, without keeping "
            "personal data. With no command, starts the interactive checklist."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--language", choices=["en", "uk", "ru"], default=None, help="interface language of the app (default: en)")
    parser.add_argument("--inactivity-minutes", type=float, default=10.0, metavar="N", help="wipe the session after N minutes without a key press (default: 10)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        command = importlib.import_module(f"screening.commands.{module}")
        command.add_arguments(sub.add_parser(name, help=help_text, description=command.__doc__.strip().splitlines()[0]))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from screening.tui.app import run_app

        return run_app(language=args.language or "en", inactivity_minutes=args.inactivity_minutes)
    module = importlib.import_module(f"screening.commands.{COMMANDS[args.command][0]}")
    try:
        return module.run(args)
    except BrokenPipeError:  # e.g. `screening catalog | head`
        sys.stderr.close()
        return 0
