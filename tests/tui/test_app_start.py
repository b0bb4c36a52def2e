"""The app as a user meets it: it starts, shows the promise, and offers no screenshot command."""

from __future__ import annotations

from screening.tui.app import StartScreen, make_app


async def test_start_screen_shows_the_privacy_promise():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        promise = str(app.screen.query_one("#promise").render())
        assert "Nothing you enter is saved" in promise


async def test_command_palette_offers_no_screenshot():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        titles = [c.title.lower() for c in app.get_system_commands(app.screen)]
        assert titles, "the palette should still offer its other commands"
        assert not any("screenshot" in t for t in titles)


def test_the_first_screen_needs_no_data_layer():
    """Start-up budget (docs/performance.md): the start screen is painted without pydantic or the
    catalog; they load afterwards in a thread while the start screen is read, with no key."""
    import subprocess
    import sys

    from support import ROOT

    code = (
        "import asyncio, sys, time\n"
        "import screening.tui.app, screening.tui.screens.start\n"
        "print('imports', 'pydantic' in sys.modules)\n"
        "from screening.tui.app import make_app\n"
        "app = make_app()\n"
        "painted = []\n"
        "app.call_after_refresh(lambda: painted.append(app._catalog is None))\n"
        "async def main():\n"
        "    async with app.run_test(size=(80, 24)) as pilot:\n"
        "        for _ in range(300):\n"
        "            if app._catalog is not None:\n"
        "                break\n"
        "            await pilot.pause(0.02)\n"
        "        print('first paint without catalog', painted[0])\n"
        "        print('loaded without a key', app._catalog is not None and bool(app._catalog.questionnaires))\n"
        "asyncio.run(main())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.stdout.split("\n")[:3] == ["imports False", "first paint without catalog True", "loaded without a key True"], done.stderr


def test_the_first_question_is_reached_without_pydantic():
    """Memory where the user waits (docs/performance.md, figure 8): the shipped data is read
    into the models without pydantic (screening/catalog/decode.py), so start -> set-up ->
    consent -> the first question never imports it; the referral note's model comes later."""
    import subprocess
    import sys

    from support import ROOT

    code = (
        "import asyncio, sys\n"
        "from screening.tui.app import make_app\n"
        "app = make_app()\n"
        "async def main():\n"
        "    async with app.run_test(size=(80, 24)) as pilot:\n"
        "        await pilot.press('enter')\n"
        "        await pilot.pause()\n"
        "        await pilot.press('enter', 'down', 'down', 'down', 'down', 'enter', 'f6')\n"
        "        await pilot.pause()\n"
        "        await pilot.press('y')\n"
        "        await pilot.pause()\n"
        "        print(type(app.screen).__name__, 'pydantic' in sys.modules, bool(app.catalog.sets))\n"
        "asyncio.run(main())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.stdout.split("\n")[0] == "QuestionScreen False True", done.stdout + done.stderr


async def test_new_screening_keeps_the_start_screen_it_was_started_from():
    """The start screen holds nothing of a screening: "New screening" keeps the one built at
    launch under the set-up screen instead of composing another on the way to the first question."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        start = app.screen
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "SetupScreen"
        assert [s for s in app.screen_stack if isinstance(s, StartScreen)] == [start]


def test_starting_the_app_loads_no_commands_module():
    """`screening` (with or without --language) needs none of the commands' modules: they are
    named in the parser, and loaded only when one is asked for (or --help)."""
    import subprocess
    import sys

    from support import ROOT

    code = (
        "import sys\n"
        "import screening.cli.launch, screening.tui.app\n"
        "screening.cli.launch.refusal = lambda *a: None\n"
        "screening.tui.app.run_app = lambda **kw: print('app', kw['language']) or 0\n"
        "from screening.cli.main import main\n"
        "status = main(sys.argv[1:])\n"
        "print(status, sorted(m for m in sys.modules if m.startswith('screening.cli.commands.')))\n"
    )
    for args, expected in ((["--language", "uk"], ["app uk", "0 []"]), ([], ["app en", "0 []"])):
        done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert done.stdout.splitlines() == expected, done.stdout + done.stderr
    done = subprocess.run([sys.executable, "-m", "screening", "validate", "--help"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0 and "examples:" in done.stdout


# --- what must hold before the app starts (screening/cli/launch.py, screening/cli/main.py) ------------

def _screening(*args, env_extra=None, tmp_path=None):
    import os
    import subprocess
    import sys

    from support import ROOT

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for name in ("TEXTUAL", "TEXTUAL_LOG", "TEXTUAL_SCREENSHOT", "TEXTUAL_DEBUG", "TEXTUAL_DRIVER"):
        env.pop(name, None)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "screening", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, stdin=subprocess.DEVNULL, timeout=60)


def test_bad_inactivity_limits_are_refused_with_exit_2():
    from screening.cli.launch import inactivity_ok

    for bad in (float("nan"), float("inf"), float("-inf"), 0.0, -1.0):
        assert not inactivity_ok(bad), bad
    assert inactivity_ok(10.0) and inactivity_ok(0.5)
    for bad in ("nan", "inf", "0", "-5"):
        done = _screening("--inactivity-minutes", bad)
        assert done.returncode == 2, (bad, done.stderr)
        assert "--inactivity-minutes must be a number of minutes greater than 0" in done.stderr
        assert "Traceback" not in done.stderr
    done = _screening("--inactivity-minutes", "inf", "--language", "uk")
    assert "більшою за 0" in done.stderr


def test_textual_logging_variables_refuse_to_start(tmp_path):
    from screening.cli.launch import leaking_variables, refusal

    assert leaking_variables({"TEXTUAL_LOG": "/tmp/log"}) == ["TEXTUAL_LOG"]
    assert leaking_variables({"TEXTUAL": "devtools"}) == ["TEXTUAL"]
    assert leaking_variables({"TEXTUAL": "debug,headless"}) == ["TEXTUAL"]
    assert leaking_variables({"TEXTUAL_SCREENSHOT": "-1", "TEXTUAL": "headless"}) == []
    assert leaking_variables({"TEXTUAL_SCREENSHOT": "5"}) == ["TEXTUAL_SCREENSHOT"]
    message = refusal(10.0, "en", environ={"TEXTUAL_LOG": "x"}, streams={})
    assert "TEXTUAL_LOG" in message and "key press" in message and "unset TEXTUAL_LOG" in message
    log = tmp_path / "textual.log"
    done = _screening(env_extra={"TEXTUAL_LOG": str(log)})
    assert done.returncode == 2 and "TEXTUAL_LOG" in done.stderr, done.stderr
    assert not log.exists()


def test_without_a_terminal_the_app_says_it_needs_one():
    done = _screening()  # stdin from /dev/null, stdout and stderr piped
    assert done.returncode == 2
    assert "needs a terminal" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert done.stdout == ""
    done = _screening("--language", "ru")
    assert "нужен терминал" in done.stderr
