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

EXIT_REFUSED = 2

# Textual's environment variables that write or send what the app shows or receives.
TEXTUAL_LEAKS: dict[str, dict[str, str]] = {
    "TEXTUAL_LOG": {"en": "it writes every key press to a log file readable by others (0644)",
                    "uk": "вона записує кожне натискання клавіші у файл журналу, який можуть читати інші (0644)",
                    "ru": "она записывает каждое нажатие клавиши в файл журнала, доступный другим (0644)"},
    "TEXTUAL_SCREENSHOT": {"en": "it saves the screen to a file", "uk": "вона зберігає екран у файл",
                           "ru": "она сохраняет экран в файл"},
    "TEXTUAL_DEBUG": {"en": "it turns on Textual's debug output", "uk": "вона вмикає налагоджувальний вивід Textual",
                      "ru": "она включает отладочный вывод Textual"},
    "TEXTUAL_DRIVER": {"en": "it replaces the terminal driver with other code", "uk": "вона замінює драйвер термінала іншим кодом",
                       "ru": "она заменяет драйвер терминала другим кодом"},
    "TEXTUAL": {"en": "devtools/debug send every key press to Textual's devtools server",
                "uk": "devtools/debug надсилають кожне натискання клавіші на сервер devtools Textual",
                "ru": "devtools/debug отправляют каждое нажатие клавиши на сервер devtools Textual"},
}
TEXTUAL_FEATURES = ("devtools", "debug")  # in TEXTUAL=...: send every event to the devtools server

MESSAGES: dict[str, dict[str, str]] = {
    "inactivity": {
        "en": "--inactivity-minutes must be a number of minutes greater than 0 (got {value}): "
              "the session is wiped after that long without a key press.",
        "uk": "--inactivity-minutes має бути кількістю хвилин, більшою за 0 (отримано {value}): "
              "після стількох хвилин без натискання клавіш розмова стирається.",
        "ru": "--inactivity-minutes должно быть числом минут больше 0 (получено {value}): "
              "после стольких минут без нажатия клавиш беседа стирается.",
    },
    "no_terminal": {
        "en": "screening needs a terminal: run it in a terminal window, with its input and output "
              "not redirected ({streams} not a terminal). The commands (screening --help) work without one.",
        "uk": "screening потребує термінала: запустіть його у вікні термінала, не перенаправляючи "
              "введення й виведення ({streams} — не термінал). Команди (screening --help) працюють і без нього.",
        "ru": "screening нужен терминал: запустите его в окне терминала, не перенаправляя "
              "ввод и вывод ({streams} — не терминал). Команды (screening --help) работают и без него.",
    },
    "textual_env": {
        "en": "screening will not start while {names} is set: {why}. Everything typed in a screening "
              "would leave the program. Unset it (e.g. `unset {first}`) and start again.",
        "uk": "screening не запуститься, поки встановлено {names}: {why}. Усе, що вводиться під час "
              "розмови, залишило б програму. Приберіть змінну (напр. `unset {first}`) і запустіть знову.",
        "ru": "screening не запустится, пока установлена {names}: {why}. Всё, что вводится во время "
              "беседы, покинуло бы программу. Уберите переменную (напр. `unset {first}`) и запустите снова.",
    },
}


def _say(key: str, language: str, **values: str) -> str:
    table = MESSAGES[key]
    return table.get(language, table["en"]).format(**values)


def inactivity_ok(minutes: float) -> bool:
    """A finite number of minutes above zero (nan, inf, 0 and negatives never wipe as promised)."""
    return isinstance(minutes, (int, float)) and math.isfinite(minutes) and minutes > 0


def leaking_variables(environ: Mapping[str, str]) -> list[str]:
    """Textual variables that would log, send or save what the app shows; in a fixed order."""
    found = [name for name in TEXTUAL_LEAKS if name != "TEXTUAL" and environ.get(name, "") not in ("", "0")]
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
        why = "; ".join(f"{n}: {TEXTUAL_LEAKS[n].get(language, TEXTUAL_LEAKS[n]['en'])}" for n in leaks)
        return _say("textual_env", language, names=", ".join(leaks), why=why, first=leaks[0])
    missing = missing_terminal(streams)
    if missing:
        return _say("no_terminal", language, streams=", ".join(missing))
    return None
