"""The referral note from the app: consent again, redacted free text, export, overwrite, failure."""

from __future__ import annotations

import json
import stat

from textual.widgets import Input, TextArea

from screening.tui.app import make_app
from screening.tui.screens.confirm import ConfirmScreen
from screening.tui.screens.note import PREVIEW_DELAY, NoteScreen
from screening.tui.screens.urgent import UrgentScreen

from tests.tui.fixtures import catalog  # noqa: F401  (pytest fixtures)
from tests.tui.helpers import start_screening


async def to_note(pilot) -> None:
    app = pilot.app
    await start_screening(pilot)
    await pilot.press("y", "y", "y", "y")  # a-violence yes: the urgent triage opens at once
    await pilot.pause()
    assert isinstance(app.screen, UrgentScreen)
    await pilot.press("space")  # mark the first urgent need (immediate danger)
    await pilot.pause()
    assert app.urgent_needs == {"immediate_danger"}
    assert "112" in str(app.screen.query_one("#urgent-services").render())  # from the directory
    await pilot.press("escape")
    await pilot.press("n")  # a-displaced -> review
    await pilot.press("f6", "f8")
    await pilot.pause()
    assert isinstance(app.screen, NoteScreen)


async def settle(pilot) -> None:
    """Past the preview's debounce and its redaction in a worker thread."""
    await pilot.pause(PREVIEW_DELAY + 0.05)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def fill(pilot, path: str, text: str = "") -> None:
    screen = pilot.app.screen
    screen.query_one("#consent").value = "yes"
    if text:
        screen.query_one("#free-text", TextArea).text = text
    screen.query_one("#path", Input).value = path
    await pilot.pause()
    if text:
        await settle(pilot)


def status(app) -> str:
    return str(app.screen.query_one("#status").render())


async def test_export_writes_a_redacted_note_owner_only(catalog, tmp_path):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_note(pilot)
        target = tmp_path / "note.json"
        await fill(pilot, str(target), "Call her on +380 67 123 4567 after work")
        preview = str(app.screen.query_one("#preview").render())
        assert "123 4567" not in preview and "after work" in preview
        app.screen.query_one("#format").value = "json"
        await pilot.pause()
        app.screen.export()
        await pilot.pause()
        assert target.exists(), status(app)
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        note = json.loads(target.read_text(encoding="utf-8"))
        assert note["consent_to_refer"] is True
        assert note["urgent_needs"] == ["immediate_danger"]
        verdicts = {r["set"]: r["verdict"] for r in note["results"]}
        assert verdicts == {"ilo-adult-labour": "strong-indication", "context-ukraine-war": None}
        assert "123 4567" not in note["free_text"]


async def test_no_consent_means_no_file(catalog, tmp_path):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_note(pilot)
        target = tmp_path / "note.md"
        app.screen.query_one("#consent").value = "no"
        app.screen.query_one("#path", Input).value = str(target)
        await pilot.pause()
        app.screen.export()
        await pilot.pause()
        assert not target.exists()
        assert "Without consent" in status(app)


async def test_failed_write_keeps_the_session_for_a_retry(catalog, tmp_path):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_note(pilot)
        answers = dict(app.session.answers)
        await fill(pilot, str(tmp_path / "no-such-folder" / "note.md"))
        app.screen.export()
        await pilot.pause()
        assert "Could not write the file" in status(app) and "does not exist" in status(app)
        assert isinstance(app.screen, NoteScreen) and app.session.answers == answers
        good = tmp_path / "note.md"
        app.screen.query_one("#path", Input).value = str(good)
        await pilot.pause()
        app.screen.export()
        await pilot.pause()
        assert good.exists() and "Saved to" in status(app)


async def test_overwrite_only_after_confirmation(catalog, tmp_path):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_note(pilot)
        target = tmp_path / "note.txt"
        target.write_text("earlier note", encoding="utf-8")
        await fill(pilot, str(target))
        app.screen.query_one("#format").value = "txt"
        await pilot.pause()
        app.screen.export()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")  # the default button is "No"
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "earlier note"
        app.screen.export()
        await pilot.pause()
        await pilot.press("tab", "enter")  # "Yes"
        await pilot.pause()
        assert target.read_text(encoding="utf-8") != "earlier note"


async def test_copy_to_clipboard_and_quick_exit_forgets_note_and_text(catalog):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_note(pilot)
        await fill(pilot, "unused.md", "a private remark")
        app.screen.copy()
        await pilot.pause()
        assert app.note is not None and "a private remark" in app.clipboard
        session = app.session
        app.screen.query_one("#free-text").focus()
        await pilot.press("ctrl+x")  # inside a text area, where Ctrl+X would otherwise cut
        await pilot.pause()
        assert app.note is None and app.free_text is None and app.clipboard == ""
        assert session.answers == {} and app.urgent_needs == set()


async def test_pdf_export_from_the_app(catalog, tmp_path):
    app = make_app(catalog=catalog, language="uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await to_note(pilot)
        target = tmp_path / "note.pdf"
        await fill(pilot, str(tmp_path / "note.md"))
        app.screen.query_one("#format").value = "pdf"
        await pilot.pause()
        assert app.screen.query_one("#path", Input).value == str(target)  # the suffix follows the format
        app.screen.export()
        await pilot.pause()
        assert target.read_bytes().startswith(b"%PDF")
