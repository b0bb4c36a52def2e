"""The terminal under the app: input that survives any bytes, an exit that leaves nothing on
screen, and signals (SIGTERM, SIGHUP, SIGQUIT, SIGINT) that end the screening properly.

Textual's Linux driver decodes input as strict UTF-8 in its input thread: one byte from a
Windows-1251 terminal (e.g. "п" = 0xEF 0xF0) raised UnicodeDecodeError and killed the app.
Here invalid bytes become U+FFFD instead. On exit the driver clears the screen before it
leaves the alternate screen, so a terminal without one keeps no last frame. A signal used to
kill the process with the last screen (free text and all) still shown and the terminal in
raw mode: now it wipes the session at once, lets the app close (clearing and restoring the
terminal) and exits with 128 + the signal's number; if the app cannot close within a few
seconds, the terminal is restored directly and the process ends.
"""

from __future__ import annotations

import asyncio
import codecs
import os
import selectors
import signal
import sys
import termios
import threading
from typing import TYPE_CHECKING, Callable

from textual._loop import loop_last
from textual._parser import ParseError
from textual._xterm_parser import XTermParser
from textual.drivers.linux_driver import LinuxDriver

if TYPE_CHECKING:
    from textual.app import App

CLEAR_SCREEN = "\x1b[2J\x1b[3J\x1b[H"  # the screen, the scrollback, the cursor home
# What Textual's stop_application_mode writes, for the hard path when the app cannot close.
RESTORE_TERMINAL = "\x1b[?2004l\x1b[?7h\x1b[?1000l\x1b[?1003l\x1b[?1015l\x1b[?1006l\x1b[<u" + CLEAR_SCREEN + "\x1b[?1049l\x1b[?25h\x1b[?1004l"
SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGQUIT", "SIGINT") if hasattr(signal, name))
GRACE_SECONDS = 3.0


def input_decoder() -> Callable[..., str]:
    """UTF-8, incremental, with bytes that are not UTF-8 shown as U+FFFD (never an exception)."""
    return codecs.getincrementaldecoder("utf-8")(errors="replace").decode


class ScreeningDriver(LinuxDriver):
    """Textual's Linux driver with a decoder that survives any bytes and a clearing exit."""

    def stop_application_mode(self) -> None:
        if self._writer_thread is not None:
            self.write(CLEAR_SCREEN)  # the alternate screen (or the only screen) shows nothing
        super().stop_application_mode()

    def run_input_thread(self) -> None:
        """Textual 8.2.8's loop (linux_driver.py), with `input_decoder()` for the strict decoder."""
        selector = selectors.SelectSelector()
        selector.register(self.fileno, selectors.EVENT_READ)
        fileno = self.fileno
        EVENT_READ = selectors.EVENT_READ
        parser = XTermParser(self._debug)
        feed = parser.feed
        tick = parser.tick
        decode = input_decoder()
        read = os.read

        def process_selector_events(selector_events, final: bool = False) -> None:
            for last, (_selector_key, mask) in loop_last(selector_events):
                if mask & EVENT_READ:
                    unicode_data = decode(read(fileno, 1024 * 4), final=final and last)
                    if not unicode_data:
                        break
                    for event in feed(unicode_data):
                        self.process_message(event)
            for event in tick():
                self.process_message(event)

        try:
            while not self.exit_event.is_set():
                process_selector_events(selector.select(0.1))
            selector.unregister(self.fileno)
            process_selector_events(selector.select(0.1), final=True)
        finally:
            selector.close()
            try:
                for _event in feed(""):
                    pass
            except (EOFError, ParseError):
                pass


def restore_terminal_now(driver: object) -> None:
    """The hard path: write the restoring sequences straight to the terminal and reset its mode."""
    stderr = sys.__stderr__
    if stderr is not None:  # None when Python started without one
        try:
            os.write(stderr.fileno(), RESTORE_TERMINAL.encode())
        except (OSError, ValueError, AttributeError):
            pass
    attrs = getattr(driver, "attrs_before", None)
    if attrs is not None:
        try:
            termios.tcsetattr(getattr(driver, "fileno"), termios.TCSANOW, attrs)
        except (termios.error, OSError, ValueError, AttributeError):
            pass


def install_signal_handlers(app: App, forget: Callable[[], None], close: Callable[[int], None]) -> None:
    """On SIGTERM, SIGHUP, SIGQUIT or SIGINT: `forget()` at once, then `close(code)` in the event
    loop; a second signal, or an app that has not closed after GRACE_SECONDS, ends the process
    with the terminal restored directly. Call from the main thread before `app.run()`."""
    state = {"closing": False}

    def hard_exit(code: int) -> None:
        restore_terminal_now(getattr(app, "_driver", None))
        os._exit(code)

    def handler(signum: int, _frame: object) -> None:
        code = 128 + signum
        try:
            forget()
        except Exception:
            pass
        if state["closing"]:
            hard_exit(code)
        state["closing"] = True
        try:
            loop = asyncio.get_running_loop()
            loop.call_soon_threadsafe(close, code)
        except RuntimeError:  # no loop yet, or already gone
            hard_exit(code)
        watchdog = threading.Timer(GRACE_SECONDS, hard_exit, args=(code,))
        watchdog.daemon = True
        watchdog.start()

    for signum in SIGNALS:
        signal.signal(signum, handler)
