"""What must hold before the interactive app may start, checked without importing Textual.

The app shows answers on the terminal and nowhere else. Started without a terminal, Textual
would write every screen (answers among them) into whatever stdout or stderr points at, or
fail with a traceback; with Textual's developer variables set it writes every key press to
a log file readable by anyone (TEXTUAL_LOG), sends them to a devtools server, or saves
screenshots. An inactivity limit of zero, a negative number, "nan" or "inf" would never
wipe the session (or wipe it at once). Each is refused here with a plain message in the
interface language and exit status 2, before anything is shown.
"""

from __future__ import annotations

import math
import os
import sys
from typing import IO, Mapping

from screening.i18n.locale import Strings

EXIT_REFUSED = 2

# The words below are English; their uk and ru are in the catalogues of screening/locale (msgctxt
# "launch.<key>"; after a change, run python -m screening.tui.update_translations, docs/translation.md).
# Textual's environment variables that write or send what the app shows or receives.
TEXTUAL_LEAKS = Strings({
    "TEXTUAL_LOG": "it writes every key press to a log file readable by others (0644)",
    "TEXTUAL_SCREENSHOT": "it saves the screen to a file",
    "TEXTUAL_DEBUG": "it turns on Textual's debug output",
    "TEXTUAL_DRIVER": "it replaces the terminal driver with other code",
    "TEXTUAL": "devtools/debug send every key press to Textual's devtools server",
}, context="launch.leak.")
TEXTUAL_FEATURES = ("devtools", "debug")  # in TEXTUAL=...: send every event to the devtools server

MESSAGES = Strings({
    "inactivity": "--inactivity-minutes must be a number of minutes greater than 0 (got {value}): "
        "the session is wiped after that long without a key press.",
    "no_terminal": "screening needs a terminal: run it in a terminal window, with its input and output "
        "not redirected ({streams} not a terminal). The commands (screening --help) work without one.",
    "textual_env": "screening will not start while {names} is set: {why}. Everything typed in a screening "
        "would leave the program. Unset it (e.g. `unset {first}`) and start again.",
}, context="launch.")


def _say(key: str, language: str, **values: str) -> str:
    return MESSAGES(key, language, **values)


def inactivity_ok(minutes: float) -> bool:
    """A finite number of minutes above zero (nan, inf, 0 and negatives never wipe as promised)."""
    return isinstance(minutes, (int, float)) and math.isfinite(minutes) and minutes > 0


def leaking_variables(environ: Mapping[str, str]) -> list[str]:
    """Textual variables that would log, send or save what the app shows; in a fixed order."""
    found = [name for name in TEXTUAL_LEAKS.table if name != "TEXTUAL" and environ.get(name, "") not in ("", "0")]
    features = {f.strip().lower() for f in environ.get("TEXTUAL", "").split(",")}
    if features & set(TEXTUAL_FEATURES):
        found.append("TEXTUAL")
    # TEXTUAL_SCREENSHOT=-1 is Textual's "off"
    if environ.get("TEXTUAL_SCREENSHOT", "").strip() == "-1":
        found.remove("TEXTUAL_SCREENSHOT")
    return found


def missing_terminal(streams: Mapping[str, IO[str] | None]) -> list[str]:
    """The standard streams that are not a terminal (Textual reads stdin and draws on stderr)."""
    missing = []
    for name, stream in streams.items():
        try:
            ok = stream is not None and stream.isatty()
        except (ValueError, OSError):  # closed
            ok = False
        if not ok:
            missing.append(name)
    return missing


def refusal(inactivity_minutes: float, language: str = "en", environ: Mapping[str, str] | None = None,
            streams: Mapping[str, IO[str] | None] | None = None) -> str | None:
    """Why the app must not start, in the interface language; None when it may."""
    environ = os.environ if environ is None else environ
    if streams is None:
        streams = {"stdin": sys.stdin, "stdout": sys.stdout, "stderr": sys.stderr}
    if not inactivity_ok(inactivity_minutes):
        return _say("inactivity", language, value=str(inactivity_minutes))
    leaks = leaking_variables(environ)
    if leaks:
        why = "; ".join(f"{n}: {TEXTUAL_LEAKS(n, language)}" for n in leaks)
        return _say("textual_env", language, names=", ".join(leaks), why=why, first=leaks[0])
    missing = missing_terminal(streams)
    if missing:
        return _say("no_terminal", language, streams=", ".join(missing))
    return None
