"""An unexpected error mid-screening prints a short neutral message and exits non-zero:
never Textual's traceback, which shows local variables (answers among them)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import sys
    from tests.tui.fixtures import build_catalog
    from tests.tui.helpers import start_screening
    from screening.tui.app import make_app

    app = make_app(catalog=build_catalog())

    def explode():
        secret_answers = dict(app.session.answers)  # a local the default crash report would print
        raise RuntimeError(f"forced failure with {secret_answers}")

    async def auto_pilot(pilot):
        await start_screening(pilot)
        await pilot.press("y", "y")
        await pilot.pause()
        assert app.session.answers
        app.call_later(explode)
        await pilot.pause()

    app.run(headless=True, size=(80, 24), auto_pilot=auto_pilot)
    print("ANSWERS LEFT:", app.session.answers if app.session else None, file=sys.stderr)
    sys.exit(app.return_code or 0)
    """
)


def test_a_crash_prints_no_answers_and_exits_non_zero(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "internal error" in output
    assert "ANSWERS LEFT: None" in output
    for leak in ("a-job", "a-hours", "secret_answers", "Traceback", "forced failure", "promised"):
        assert leak not in output, leak


# --- the real terminal: a pseudo-terminal, signals, bytes that are not UTF-8 -------------------

PTY_SCRIPT = textwrap.dedent(
    """
    import sys
    import screening.tui.app as app_module

    made = []
    _make = app_module.make_app

    def make_app(**kwargs):
        app = _make(**kwargs)
        app.state.free_text = "secret free text"  # as if typed on the note screen
        made.append(app)
        return app

    app_module.make_app = make_app
    code = app_module.run_app(language="en")
    print("FREE TEXT LEFT:", made[0].free_text, "CODE:", code)
    sys.exit(code)
    """
)


def _run_in_pty(tmp_path, actions):
    """Start the app on a pseudo-terminal; `actions(master_fd, pid)` drives it; returns (output, status)."""
    import pty
    import select
    import time

    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path), "TERM": "xterm-256color", "NO_COLOR": "1"}
    for name in ("TEXTUAL", "TEXTUAL_LOG", "TEXTUAL_DRIVER"):
        env.pop(name, None)
    master, slave = pty.openpty()
    import fcntl
    import struct
    import termios

    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    process = subprocess.Popen([sys.executable, "-c", PTY_SCRIPT], stdin=slave, stdout=slave, stderr=slave,
                               cwd=ROOT, env=env, start_new_session=True)
    os.close(slave)
    output = bytearray()

    def read_until(predicate, timeout=30.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not predicate(bytes(output)):
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    output.extend(os.read(master, 65536))
                except OSError:
                    break
        return predicate(bytes(output))

    try:
        assert read_until(lambda out: b"Nothing you enter is saved" in out.replace(b"\x1b", b"")
                          or b"saved" in out), bytes(output)[-2000:]
        actions(master, process, read_until)
        status = process.wait(timeout=30)
        read_until(lambda out: False, timeout=0.5)
    finally:
        if process.poll() is None:
            process.kill()
        os.close(master)
    return bytes(output), status


def _restored_after(output: bytes, start: int) -> bool:
    tail = output[start:]
    return b"\x1b[?1049l" in tail and b"\x1b[2J" in tail and tail.index(b"\x1b[2J") < tail.index(b"\x1b[?1049l")


def test_sigterm_wipes_clears_the_screen_and_restores_the_terminal(tmp_path):
    import signal

    marks = {}

    def actions(master, process, read_until):
        marks["before"] = 0
        process.send_signal(signal.SIGTERM)

    output, status = _run_in_pty(tmp_path, actions)
    assert status == 128 + signal.SIGTERM, output[-2000:]
    assert _restored_after(output, 0), output[-600:]
    assert b"FREE TEXT LEFT: None" in output, output[-600:]
    assert b"Traceback" not in output


def test_sighup_also_restores_the_terminal(tmp_path):
    import signal

    output, status = _run_in_pty(tmp_path, lambda master, process, read_until: process.send_signal(signal.SIGHUP))
    assert status == 128 + signal.SIGHUP, output[-2000:]
    assert _restored_after(output, 0), output[-600:]
    assert b"FREE TEXT LEFT: None" in output


def test_windows_1251_bytes_do_not_kill_the_app(tmp_path):
    """'привіт' typed in a Windows-1251 terminal: invalid UTF-8. Textual's strict decoder raised in
    its input thread and the app died; now the app keeps running and quits normally afterwards."""
    import time

    def actions(master, process, read_until):
        os.write(master, "привіт".encode("cp1251"))
        time.sleep(1.0)
        assert process.poll() is None, "the app died on bytes that are not UTF-8"
        os.write(master, b"\x11")  # Ctrl+Q: quit

    output, status = _run_in_pty(tmp_path, actions)
    assert status == 0, output[-2000:]
    assert b"Traceback" not in output and b"UnicodeDecodeError" not in output
    assert _restored_after(output, 0)


def test_the_input_decoder_replaces_what_is_not_utf8():
    from screening.tui.terminal import input_decoder

    decode = input_decoder()
    assert decode("привіт".encode("cp1251")[:3]) + decode(b"", final=True) == "\ufffd" * 3
    assert decode("ї".encode()[:1]) == ""  # half a UTF-8 character waits for the rest
    assert decode("ї".encode()[1:]) == "ї"
