"""Exports: every format from one note, Ukrainian labels, the PDF's Cyrillic text layer, atomic writes."""

from __future__ import annotations

import json
import stat
import subprocess
from pathlib import Path

import pytest

from pdf_text import pdf_text
from screening.data import load_catalog
from screening.export import FORMATS, ExportExists, copy_to_clipboard, render, write_export
from screening.export.text import md_escape
from screening.models import ReferralNote
from screening.referral import build_note
from screening.session import Setup

ANSWERS = {"ilo-al-ec-excessive-hours": "yes", "ilo-al-ec-low-or-no-salary": "yes", "ilo-al-cd-withholding-wages": "declined"}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def note_uk(catalog):
    return build_note(catalog, Setup(age_band="25-59", language="uk", oblast="UA-46"), ANSWERS,
                      urgent_needs=["no_safe_place"], consent_to_refer=True, month="2026-11", note_id="1" * 32)


@pytest.fixture(scope="module")
def note_en(catalog):
    return build_note(catalog, Setup(age_band="60+"), {}, month="2026-10", note_id="2" * 32)


def test_formats_are_the_four_of_issue_5():
    assert FORMATS == ("md", "txt", "json", "pdf")


def test_json_export_is_the_schema_valid_note(note_uk):
    from screening.schemas import errors

    data = json.loads(render(note_uk, "json"))
    assert list(errors("referral-note", data)) == []
    assert ReferralNote.model_validate_json(render(note_uk, "json")) == note_uk


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_md_and_txt_show_ukrainian_labels_for_a_ukrainian_note(note_uk, fmt):
    text = render(note_uk, fmt).decode("utf-8")
    assert "Знеособлена довідка для направлення" in text
    assert "Ця довідка не вирішує, що будь-хто є постраждалим від торгівлі людьми" in text
    assert "«Ознак не виявлено» не виключає торгівлі людьми" in text
    assert "Надмірна кількість робочих днів чи годин" in text  # indicator label
    assert "Немає безпечного місця для ночівлі сьогодні" in text  # urgent need label
    assert "Виявлено окремі ознаки торгівлі людьми" in text  # verdict
    assert "Притулки та центри тимчасового перебування (єдиного номера немає" in text  # category, no contact
    assert "Згода на направлення: так" in text and "UA-46" in text and "2026-11" in text
    assert "Excessive working days" not in text


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_english_note_says_it_decides_nothing_and_nothing_found_rules_nothing_out(note_en, fmt):
    text = render(note_en, fmt).decode("utf-8")
    assert "This note does not decide that anyone is a victim of trafficking" in text
    assert '"No indicators found" does not rule out trafficking' in text
    assert "No indicators found — this does not rule out trafficking" in text


def test_a_note_can_be_read_in_another_language(note_uk):
    text = render(note_uk, "txt", language="en").decode("utf-8")
    assert "Excessive working days or hours" in text and "No safe place to stay tonight" in text
    assert "Anonymised referral note" in text


def test_markdown_cannot_smuggle_links_or_html():
    assert md_escape("[click](http://x) <img src=x>") == "\\[click\\](http://x) \\<img src=x\\>"


def test_pdf_text_layer_holds_the_cyrillic_text(note_uk):
    data = render(note_uk, "pdf")
    assert data.startswith(b"%PDF-")
    text = pdf_text(data)
    assert "Знеособлена довідка для направлення" in text
    assert "Надмірна кількість робочих днів чи годин" in text
    assert "Немає безпечного місця для ночівлі сьогодні" in text
    assert b"DejaVu" in data  # the shipped font is embedded


def test_pdf_carries_no_creation_date(note_uk):
    data = render(note_uk, "pdf")
    assert b"/CreationDate (D:19691231190000Z)" in data
    assert b"2026" not in data.replace(b"2026-11", b"")


def test_pdftotext_agrees_when_it_is_installed(note_uk, tmp_path):
    import shutil

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed; the stdlib decoder above covers the text layer")
    pdf = tmp_path / "n.pdf"
    pdf.write_bytes(render(note_uk, "pdf"))
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Знеособлена довідка" in out


def test_shipped_font_has_its_licence():
    fonts = Path(__import__("screening.export", fromlist=["x"]).__file__).parent / "fonts"
    assert (fonts / "DejaVuSans.ttf").stat().st_size > 100_000
    assert "Bitstream" in (fonts / "LICENSE").read_text(encoding="utf-8")


def test_unknown_format_is_refused(note_en):
    with pytest.raises(ValueError, match="expected one of md, txt, json, pdf"):
        render(note_en, "docx")


# --- writing ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_write_export_writes_owner_only_and_leaves_no_temp(note_uk, tmp_path, fmt):
    target = tmp_path / f"note.{fmt}"
    assert write_export(note_uk, target, fmt) == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == render(note_uk, fmt)
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_existing_file_is_not_overwritten_without_confirmation(note_uk, tmp_path):
    target = tmp_path / "note.md"
    target.write_text("keep me")
    with pytest.raises(ExportExists) as caught:
        write_export(note_uk, target, "md")
    assert caught.value.path == target
    assert target.read_text() == "keep me"
    write_export(note_uk, target, "md", overwrite=True)
    assert target.read_bytes() == render(note_uk, "md")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


# --- clipboard ------------------------------------------------------------------------------


def test_clipboard_uses_the_first_tool_that_works(monkeypatch):
    import screening.export.clipboard as clipboard

    calls = []
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(clipboard.shutil, "which", lambda tool: f"/usr/bin/{tool}" if tool in ("xclip", "xsel") else None)

    def fake_run(argv, input, **kwargs):
        calls.append((argv, input))
        return subprocess.CompletedProcess(argv, 1 if argv[0].endswith("xclip") else 0)

    monkeypatch.setattr(clipboard.subprocess, "run", fake_run)
    assert copy_to_clipboard("Привіт") == "xsel"
    assert calls[0][0] == ["/usr/bin/xclip", "-selection", "clipboard"]
    assert calls[1] == (["/usr/bin/xsel", "--clipboard", "--input"], "Привіт".encode())


def test_clipboard_without_any_tool_returns_none(monkeypatch):
    import screening.export.clipboard as clipboard

    monkeypatch.setattr(clipboard.shutil, "which", lambda tool: None)
    assert copy_to_clipboard("x") is None
