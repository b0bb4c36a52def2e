"""One screening, one note id: md, pdf and json exported from the note screen name the same note
(issue 16 item 5), and a PDF export that leaves characters out says so on the status line."""

from __future__ import annotations

import json
import re

from textual.widgets import Input

from pdf_text import pdf_text
from screening.engine.session import Session, Setup
from screening.tui.app import make_app
from screening.tui.screens.note import NoteScreen

from tests.tui.fixtures import catalog  # noqa: F401  (pytest fixtures)

NOTE_ID = re.compile(r"\b[0-9a-f]{32}\b")


async def export(pilot, fmt: str, target) -> None:
    screen = pilot.app.screen
    screen.query_one("#format").value = fmt
    await pilot.pause()
    screen.query_one("#path", Input).value = str(target)
    await pilot.pause()
    screen.export()
    await pilot.pause()
    assert target.exists(), str(screen.query_one("#status").render())


async def open_note(pilot) -> None:
    pilot.app.push_screen(NoteScreen())
    await pilot.pause()
    pilot.app.screen.query_one("#consent").value = "yes"
    await pilot.pause()


async def test_every_format_of_one_screening_has_one_note_id(catalog, tmp_path):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.start_session(Session(form=catalog.questionnaires["test-adult"], setup=Setup(age_band="25-59")))
        await pilot.pause()
        await open_note(pilot)
        app.state.free_text = "Thanks 🫠"  # the PDF font has no glyph for it
        await export(pilot, "md", tmp_path / "n.md")
        await export(pilot, "pdf", tmp_path / "n.pdf")
        status = str(app.screen.query_one("#status").render())
        await pilot.press("escape")  # back, and to the note screen again: still the same screening
        await open_note(pilot)
        await export(pilot, "json", tmp_path / "n.json")

        md_ids = NOTE_ID.findall((tmp_path / "n.md").read_text(encoding="utf-8"))
        pdf_ids = NOTE_ID.findall(pdf_text((tmp_path / "n.pdf").read_bytes()))
        json_id = json.loads((tmp_path / "n.json").read_text(encoding="utf-8"))["note_id"]
        assert md_ids == pdf_ids == [json_id]
        assert "leaves out characters its font cannot show" in status  # the PDF export said so

        app.action_new_screening()  # the next person gets a note of their own
        await pilot.pause()
        assert app.note is None
