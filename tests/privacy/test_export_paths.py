"""Issue 15 item 2: every unusable export path is a plain message (core and command line), a legal
253-byte name is written, and a link or device at the target is refused, never replaced."""

from __future__ import annotations

import errno
import os

import pytest

from screening.catalog.data import load_catalog
from screening.export import ExportError, ExportExists, render, write_export
from screening.export.files import check_target
from screening.export.referral import build_note
from screening.engine.session import Setup


@pytest.fixture(scope="module")
def note():
    return build_note(load_catalog(), Setup(age_band="25-59", language="uk"), {"ilo-al-cd-violence": "yes"},
                      month="2026-11", note_id="4" * 32)


@pytest.mark.parametrize("typed, shown", [("~referral-note.md", "~referral-note.md"), ("~nouser/f.md", "~nouser")])
def test_a_home_folder_of_no_user_is_a_message(note, typed, shown):
    with pytest.raises(ExportError) as caught:  # was RuntimeError("Could not determine home directory.")
        write_export(note, typed, "md")
    assert caught.value.reason == "unknown-home" and f"no home folder {shown}" in str(caught.value)
    assert "~/" in str(caught.value)


def test_a_name_over_255_bytes_is_a_message(note, tmp_path):
    with pytest.raises(ExportError) as caught:  # Path.exists() raised ENAMETOOLONG before
        write_export(note, tmp_path / ("ж" * 130 + ".md"), "md")  # 263 bytes
    assert caught.value.reason == "name-too-long"
    assert list(tmp_path.iterdir()) == []


def test_a_legal_253_byte_name_is_written_and_no_temp_file_stays(note, tmp_path):
    name = "н" * 125 + ".md"  # 250 + 3 bytes: the old temp name (".{name}.xxxxxxxx.tmp") was 267
    assert len(name.encode()) == 253
    written = write_export(note, tmp_path / name, "md")
    assert written.read_bytes() == render(note, "md")
    assert [p.name for p in tmp_path.iterdir()] == [name]


@pytest.mark.parametrize("kind", ["dangling", "loop", "to-a-file"])
@pytest.mark.parametrize("overwrite", [False, True])
def test_a_link_at_the_target_is_refused_not_replaced(note, tmp_path, kind, overwrite):
    link = tmp_path / "note.md"
    pointed = {"dangling": tmp_path / "nowhere.md", "loop": link, "to-a-file": tmp_path / "other.md"}[kind]
    if kind == "to-a-file":
        pointed.write_text("keep me")
    os.symlink(pointed, link)
    with pytest.raises(ExportError) as caught:
        write_export(note, link, "md", overwrite=overwrite)
    assert caught.value.reason == "symlink" and "symbolic link" in str(caught.value)
    assert link.is_symlink() and os.readlink(link) == str(pointed)
    assert not (tmp_path / "nowhere.md").exists()
    if kind == "to-a-file":
        assert pointed.read_text() == "keep me"
    expected = {"note.md"} | ({"other.md"} if kind == "to-a-file" else set())
    assert {p.name for p in tmp_path.iterdir()} == expected  # no temp file


def test_a_pipe_at_the_target_is_refused(note, tmp_path):
    fifo = tmp_path / "note.md"
    os.mkfifo(fifo)
    with pytest.raises(ExportError) as caught:
        write_export(note, fifo, "md", overwrite=True)
    assert caught.value.reason == "special-file"


def test_a_folder_that_may_not_be_read_is_a_message(note, tmp_path, monkeypatch):
    real_lstat = os.lstat

    def refusing(path, *args, **kwargs):  # what a folder without search permission gives a non-root user
        if str(path).startswith(str(tmp_path / "locked")):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_lstat(path, *args, **kwargs)

    monkeypatch.setattr(os, "lstat", refusing)
    with pytest.raises(ExportError) as caught:  # Path.exists() raised PermissionError before
        write_export(note, tmp_path / "locked" / "note.md", "md")
    assert caught.value.reason == "read-only"


@pytest.mark.parametrize("bad", ["a\0b.md", "\ud800.md"])
def test_a_name_no_file_system_takes_is_a_message(tmp_path, bad):
    with pytest.raises(ExportError) as caught:
        check_target(tmp_path / bad)
    assert caught.value.reason == "bad-name" and bad not in str(caught.value)


def test_an_ordinary_existing_file_still_asks(tmp_path):
    (tmp_path / "n.md").write_text("x")
    with pytest.raises(ExportExists):
        check_target(tmp_path / "n.md")
    assert check_target(tmp_path / "n.md", overwrite=True) == tmp_path / "n.md"


# --- the command line: one line on stderr, exit 1, no traceback ----------------------------


def _one_plain_line(result) -> str:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    return result.stderr


@pytest.mark.parametrize("output, words", [
    ("~referral-note.md", "no home folder ~referral-note.md"),
    ("{tmp}/" + "x" * 300 + ".md", "is too long"),
    ("{tmp}/missing/note.md", "does not exist"),
    ("{tmp}/link.md", "symbolic link"),
])
def test_note_output_failures_are_one_line(cli, tmp_path, output, words):
    answers = tmp_path / "answers.json"
    answers.write_text('{"age_band": "25-59", "answers": {}}', encoding="utf-8")
    os.symlink(tmp_path / "nowhere", tmp_path / "link.md")
    result = cli("note", "--answers", str(answers), "--output", output.format(tmp=tmp_path), "--force")
    assert words in _one_plain_line(result)
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize("output, words", [
    ("~nouser/f.xlsx", "no home folder ~nouser"),
    ("{tmp}/" + "x" * 300 + ".xlsx", "is too long"),
])
def test_export_xlsform_output_failures_are_one_line(cli, tmp_path, output, words):
    form = sorted(load_catalog(include_examples=True).questionnaires)[0]
    result = cli("export-xlsform", "--form", form, "--output", output.format(tmp=tmp_path))
    assert words in _one_plain_line(result)
