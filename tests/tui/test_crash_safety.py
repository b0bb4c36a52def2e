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
