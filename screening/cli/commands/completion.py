"""Print a shell completion script: commands, options and their choices, then file names.

Load it for this shell with `source <(screening completion bash)`, or for every shell by
saving it as ~/.local/share/bash-completion/completions/screening. The script is made
from the program's own argument parser, so it always matches this version.
"""

from __future__ import annotations

import argparse
import sys

EXAMPLES = """
  source <(screening completion bash)
  screening completion bash > ~/.local/share/bash-completion/completions/screening
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("shell", choices=["bash"], help="the shell to complete in (bash; zsh can load it with bashcompinit)")


def _options(parser: argparse.ArgumentParser) -> tuple[list[str], dict[str, list[str]]]:
    options: list[str] = []
    choices: dict[str, list[str]] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        options.extend(action.option_strings)
        if action.choices and action.option_strings:
            for option in action.option_strings:
                choices[option] = [str(c) for c in action.choices]
    return options, choices


def bash_script(parser: argparse.ArgumentParser) -> str:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    top_options, _ = _options(parser)
    takes_value = [o for a in parser._actions if a.option_strings and a.nargs != 0 for o in a.option_strings]
    lines = [
        "# bash completion for screening (made by `screening completion bash`)",
        "_screening() {",
        '    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" cmd="" i',
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        '        case "${COMP_WORDS[i]}" in -*) ;; *) case "${COMP_WORDS[i-1]}" in ' + "|".join(takes_value) + ') ;; *) cmd="${COMP_WORDS[i]}"; break ;; esac ;; esac',
        "    done",
        '    local opts="" words=""',
        '    case "$cmd" in',
        f'        "") opts="{" ".join(top_options)}"; words="{" ".join(sub.choices)}" ;;',
    ]
    all_choices: dict[str, list[str]] = {f":{k}": v for k, v in _options(parser)[1].items()}
    for name, command in sub.choices.items():
        options, choices = _options(command)
        positional = [c for a in command._actions if not a.option_strings and a.choices for c in a.choices]
        lines.append(f'        {name}) opts="{" ".join(options)}"; words="{" ".join(positional)}" ;;')
        all_choices.update({f"{name}:{k}": v for k, v in choices.items()})
    lines += ["    esac", '    case "$cmd:$prev" in']
    for key, values in all_choices.items():
        lines.append(f'        "{key}") COMPREPLY=($(compgen -W "{" ".join(values)}" -- "$cur")); return ;;')
    lines += [
        "    esac",
        '    if [[ "$cur" == -* ]]; then',
        '        COMPREPLY=($(compgen -W "$opts" -- "$cur"))',
        '    elif [[ -n "$words" ]]; then',
        '        COMPREPLY=($(compgen -W "$words" -- "$cur"))',
        "    else",
        '        COMPREPLY=($(compgen -f -- "$cur"))',
        "    fi",
        "}",
        "complete -o filenames -o bashdefault -F _screening screening",
        "",
    ]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    sys.stdout.write(bash_script(args.root_parser))  # the parser that parsed `args` (screening/cli/main.py)
    return 0
