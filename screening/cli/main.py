"""The `screening` command: the app with no arguments, sub-commands for everything else.

Sub-commands live in `screening/cli/commands/`, one module each, imported only when chosen,
so that `screening validate` never pays for (or imports) Textual.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from screening import __version__

# name -> (module in screening.cli.commands, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("validate", "check indicator sets, forms and notes against their schemas"),
    "catalog": ("catalog", "list indicator sets and their indicators"),
    "score": ("score", "score answers against an indicator set, with the explanation"),
    "note": ("note", "build an anonymised referral note from an answers file and export it"),
    "aggregate": ("aggregate", "count anonymised referral notes for coordinators (small cells suppressed)"),
    "export-xlsform": ("export_xlsform", "write a questionnaire as an XLSForm for ODK / KoboToolbox"),
    "redact": ("redact", "replace personal data in free text by placeholders"),
    "completion": ("completion", "print a shell completion script (bash)"),
}

EXIT_CODES = """\
exit status (every command):
  0  done; for validate: every file is valid
  1  the command ran but found problems or could not finish: validate found a
     problem, aggregate counted no note, an output exists (without --force) or
     could not be written
  2  usage error or unusable input: a bad option or unknown id, an input file
     that is missing, unreadable, too large (1 MB for answers, notes and text,
     5 MB for data files), not UTF-8, not JSON or not valid; standard input or
     output closed
  3  internal error (a bug), reported without details, which could hold
     personal data; SCREENING_DEBUG=1 shows them"""

EXAMPLES = """\
examples:
  screening                                  start the checklist (needs a terminal)
  screening --language uk                    ... in Ukrainian
  screening validate                         check all shipped data
  screening catalog                          list indicator sets and questionnaires
  screening note --answers a.json --output note.md
  screening aggregate notes/ --by oblast
  source <(screening completion bash)        tab completion in bash
"""


def build_parser(*, with_command_options: bool = True) -> argparse.ArgumentParser:
    """The whole parser; without `with_command_options`, the commands are named but their modules
    (and options) are not loaded: enough to start the app, which takes only the global options."""
    parser = argparse.ArgumentParser(
        prog="screening",
        description=(
            "Screen a person for indicators of human trafficking, offline, without keeping "
            "personal data. With no command, starts the interactive checklist."
        ),
        epilog=EXAMPLES + "\n" + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--language", choices=["en", "uk", "ru"], default=None, help="interface language of the app (default: en)")
    parser.add_argument("--inactivity-minutes", type=float, default=10.0, metavar="N", help="wipe the session after N minutes without a key press (default: 10)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        if not with_command_options:
            sub.add_parser(name, help=help_text)
            continue
        command = importlib.import_module(f"screening.cli.commands.{module}")
        epilog = getattr(command, "EXAMPLES", "").strip("\n")
        if command.__doc__ is None:
            raise RuntimeError(f"screening.cli.commands.{module} has no docstring; its first line describes the command")
        command.add_arguments(sub.add_parser(
            name, help=help_text, description=command.__doc__.strip().splitlines()[0],
            epilog=("examples:\n" + epilog + "\n\n" if epilog else "") + "exit status: 0 ok, 1 problems found, 2 usage error or unusable input (see screening --help)",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        ))
    parser.set_defaults(root_parser=parser)  # for `completion`, which lists every command and option
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # Starting the app (no command, no help asked) needs no command's module: the first question
    # comes sooner and with less memory (docs/performance.md, figures 7 and 8).
    starts_app = not any(arg in COMMANDS or arg in ("-h", "--help") for arg in argv)
    args = build_parser(with_command_options=not starts_app).parse_args(argv)
    if args.command is None:
        from screening.cli.launch import EXIT_REFUSED, refusal

        refused = refusal(args.inactivity_minutes, args.language or "en")  # no terminal, leaking Textual variables, a bad limit
        if refused is not None:
            if sys.stderr is not None:
                print(refused, file=sys.stderr)
            return EXIT_REFUSED
        from screening.tui.app import run_app

        return run_app(language=args.language or "en", inactivity_minutes=args.inactivity_minutes)
    if sys.stderr is None:  # `2>&-`: messages go nowhere rather than crash
        sys.stderr = open(os.devnull, "w", encoding="utf-8")
    if sys.stdout is None:  # `>&-`
        print(f"screening {args.command}: standard output is closed; nothing can be written", file=sys.stderr)
        return 2
    module = importlib.import_module(f"screening.cli.commands.{COMMANDS[args.command][0]}")
    try:
        return module.run(args)
    except BrokenPipeError:  # e.g. `screening catalog | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - a bug: its message or traceback could quote personal data
        if os.environ.get("SCREENING_DEBUG"):
            raise
        print(f"screening {args.command}: internal error ({type(exc).__name__}); no details are shown because they could "
              "include personal data. Please report the command (without the data); SCREENING_DEBUG=1 shows the details.", file=sys.stderr)
        return 3
