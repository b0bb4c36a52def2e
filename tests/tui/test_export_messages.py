"""A failed export on the note screen is explained in the screener's language, by kind
(missing folder, read-only, disk full, is a folder, exists), and the screening stays."""

from __future__ import annotations

import errno
import os

import pytest

from screening.export import REASONS, files
from screening.tui.app import make_app
from screening.tui.screens.confirm import ConfirmScreen
from screening.tui.screens.note import NoteScreen
from screening.tui.strings import STRINGS

from tests.tui.fixtures import catalog  # noqa: F401  (pytest fixtures)
from tests.tui.test_note_screen import fill, status, to_note


def test_every_reason_has_words():
    assert {f"export_{r}" for r in REASONS} <= set(STRINGS)


def _refuse(code):
    def fake_open(*args, **kwargs):
        raise OSError(code, os.strerror(code))
    return fake_open


@pytest.mark.parametrize("language, case, expected", [
    ("uk", "missing", "Не вдалося записати файл. Теки {folder} не існує."),
    ("ru", "missing", "Не удалось записать файл. Папки {folder} не существует."),
    ("uk", "folder", "{path} — це тека."),
    ("ru", "folder", "{path} — это папка."),
    ("uk", "read-only", "Тека {folder} лише для читання"),
    ("ru", "read-only", "Папка {folder} только для чтения"),
    ("uk", "full", "Диск із текою {folder} заповнений."),
    ("ru", "full", "Диск с папкой {folder} заполнен."),
    ("uk", "home", "На цьому комп'ютері немає домашньої теки ~referral-note.md."),  # was a crash that wiped
    ("ru", "link", "{path} — это символическая ссылка"),
])
async def test_failures_in_ukrainian_and_russian(catalog, tmp_path, monkeypatch, language, case, expected):
    app = make_app(catalog=catalog, language=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_note(pilot)
        answers = dict(app.session.answers)
        target = {"missing": tmp_path / "nowhere" / "note.md", "folder": tmp_path}.get(case, tmp_path / "note.md")
        if case == "home":
            target = "~referral-note.md"
        elif case == "link":
            target.symlink_to(tmp_path / "elsewhere.md")
        if case == "read-only":
            monkeypatch.setattr(files.os, "open", _refuse(errno.EROFS))
        elif case == "full":
            monkeypatch.setattr(files.os, "open", _refuse(errno.ENOSPC))
        await fill(pilot, str(target))
        app.screen.export()
        await pilot.pause()
        shown = status(app)
        assert expected.format(folder=getattr(target, "parent", ""), path=target) in shown
        assert "does not" not in shown and "folder" not in shown.replace(str(tmp_path), "")  # no English
        assert isinstance(app.screen, NoteScreen) and app.session.answers == answers


async def test_an_existing_file_is_named_in_the_question(catalog, tmp_path):
    app = make_app(catalog=catalog, language="uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await to_note(pilot)
        target = tmp_path / "note.md"
        target.write_text("earlier")
        await fill(pilot, str(target))
        app.screen.export()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert str(app.screen.query_one("#confirm-question").render()) == f"{target} уже існує. Замінити його?"
