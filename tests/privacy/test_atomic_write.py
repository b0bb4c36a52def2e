"""Invariant 1 (the only write is the export) when a write fails: no temp file, no half note, retry works.

A social worker on an old laptop exporting to a full or write-protected USB stick must
get a clear message, keep the session, and find nothing left behind to leak later.
"""

from __future__ import annotations

import errno
import os

import pytest

from screening.catalog.data import load_catalog
from screening.export import ExportError, render, write_export
from screening.export.referral import build_note
from screening.engine.session import Setup


@pytest.fixture(scope="module")
def note():
    return build_note(load_catalog(), Setup(age_band="18-24", language="ru"), {"ilo-al-cd-violence": "yes"},
                      urgent_needs=["immediate_danger"], month="2026-11", note_id="3" * 32)


def test_missing_folder_is_a_clear_error_and_creates_nothing(note, tmp_path):
    with pytest.raises(ExportError) as caught:
        write_export(note, tmp_path / "nope" / "note.md", "md")
    assert caught.value.reason == "missing-folder"
    assert "does not exist" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_as_target_is_a_clear_error(note, tmp_path):
    with pytest.raises(ExportError) as caught:
        write_export(note, tmp_path, "md")
    assert caught.value.reason == "is-directory" and "is a folder" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders; the monkeypatched test covers it")
def test_read_only_folder_is_a_clear_error(note, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError) as caught:
            write_export(note, folder / "note.md", "md")
        assert caught.value.reason == "read-only"
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_read_only_folder_refusing_the_temp_file(note, tmp_path, monkeypatch, code):
    real_open = os.open

    def refusing_open(path, flags, mode=0o777, *args, **kwargs):
        if str(path).startswith(str(tmp_path)) and flags & os.O_CREAT:
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, mode, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    with pytest.raises(ExportError) as caught:
        write_export(note, tmp_path / "note.txt", "txt")
    assert caught.value.reason == "read-only" and "read-only" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["md", "txt", "json", "pdf"])
@pytest.mark.parametrize("code, reason, words", [
    (errno.ENOSPC, "disk-full", "disk"),
    (errno.EROFS, "read-only", "read-only"),
    (errno.EIO, "other", "Nothing was written"),
])
def test_failure_while_writing_leaves_no_temp_file(note, tmp_path, monkeypatch, fmt, code, reason, words):
    real_write = os.write

    def failing_write(fd, data):
        real_write(fd, bytes(data[:10]))  # part of the note reaches the temp file first
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "write", failing_write)
    with pytest.raises(ExportError) as caught:
        write_export(note, tmp_path / f"note.{fmt}", fmt)
    assert caught.value.reason == reason and words in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_failed_rename_keeps_the_old_file_and_leaves_no_temp(note, tmp_path, monkeypatch):
    target = tmp_path / "note.txt"
    target.write_text("old")
    monkeypatch.setattr(os, "replace", lambda src, dst: (_ for _ in ()).throw(OSError(errno.EIO, "I/O error")))
    with pytest.raises(ExportError, match="Nothing was written"):
        write_export(note, target, "txt", overwrite=True)
    assert [p.name for p in tmp_path.iterdir()] == ["note.txt"] and target.read_text() == "old"


def test_the_note_survives_a_failed_write_and_the_retry_succeeds(note, tmp_path, monkeypatch):
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left on device")))
    with pytest.raises(ExportError):
        write_export(note, tmp_path / "note.md", "md")
    monkeypatch.setattr(os, "write", real_write)
    written = write_export(note, tmp_path / "note.md", "md")
    assert written.read_bytes() == render(note, "md")
    assert [p.name for p in tmp_path.iterdir()] == ["note.md"]
