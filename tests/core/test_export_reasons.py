"""Every failed export carries a machine-readable reason (the app words it per language) and
keeps its English message for the command line; a failed write leaves no temp file."""

from __future__ import annotations

import errno
import os

import pytest

from screening.export import REASONS, ExportError, ExportExists
from screening.export import files
from screening.export.files import write_bytes_atomically


def _fail_open(code):
    def fake_open(*args, **kwargs):
        raise OSError(code, os.strerror(code))
    return fake_open


def test_missing_folder(tmp_path):
    with pytest.raises(ExportError) as caught:
        write_bytes_atomically(b"x", tmp_path / "nowhere" / "note.md")
    assert caught.value.reason == "missing-folder" and "does not exist" in str(caught.value)


def test_is_a_directory(tmp_path):
    with pytest.raises(ExportError) as caught:
        write_bytes_atomically(b"x", tmp_path)
    assert caught.value.reason == "is-directory" and "is a folder" in str(caught.value)


def test_exists_has_its_reason_too(tmp_path):
    (tmp_path / "note.md").write_text("old")
    with pytest.raises(ExportExists) as caught:
        write_bytes_atomically(b"x", tmp_path / "note.md")
    assert caught.value.reason == "exists"


@pytest.mark.parametrize("code, reason, words", [
    (errno.EACCES, "read-only", "read-only"),
    (errno.EROFS, "read-only", "read-only"),
    (errno.ENOSPC, "disk-full", "is full"),
    (errno.ENAMETOOLONG, "name-too-long", "too long"),
    (errno.EIO, "other", "Nothing was written"),
])
def test_os_errors_map_to_reasons(tmp_path, monkeypatch, code, reason, words):
    monkeypatch.setattr(files.os, "open", _fail_open(code))
    with pytest.raises(ExportError) as caught:
        write_bytes_atomically(b"x", tmp_path / "note.md")
    assert caught.value.reason == reason and words in str(caught.value)
    assert reason in REASONS


def test_a_full_disk_during_the_write_leaves_no_temp_file(tmp_path, monkeypatch):
    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(files.os, "write", full)
    with pytest.raises(ExportError) as caught:
        write_bytes_atomically(b"x" * 10, tmp_path / "note.md")
    assert caught.value.reason == "disk-full"
    assert list(tmp_path.iterdir()) == []
