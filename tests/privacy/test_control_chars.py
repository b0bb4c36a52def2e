"""Issue 15 item 7: control characters and bidi overrides in free text never reach a note."""

from __future__ import annotations

import json

import pytest

from screening.redact.clean_text import strip_controls
from screening.catalog.data import load_catalog
from screening.export import render
from screening.export.referral import build_note
from screening.engine.session import Setup

HOSTILE = "Працює\x1b[2J\x1b]52;c;cHduZWQ=\x07 на\u202eтсуп\u202c складі\x9b31m,\r\nзмінa\u2066 12\u2069 годин\x00\x7f\ttab"
BANNED = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A))]


def test_strip_controls_keeps_newline_tab_and_letters():
    assert strip_controls("a\x1bb\u202ec\r\nd\re\tf\x85g") == "ab c\nd\ne\tfg".replace(" ", "")
    assert strip_controls("Оксана\u2067 ok") == "Оксана ok"


@pytest.fixture(scope="module")
def note():
    return build_note(load_catalog(), Setup(age_band="25-59", language="uk"), {"ilo-al-ec-excessive-hours": "yes"},
                      free_text=HOSTILE, month="2026-11", note_id="5" * 32)


def test_the_note_holds_no_control_character(note):
    assert note.free_text and "складі" in note.free_text and "\n" in note.free_text
    assert not [c for c in note.free_text if c in BANNED]


@pytest.mark.parametrize("fmt", ["md", "txt", "json"])
def test_no_format_carries_one(note, fmt):
    text = render(note, fmt).decode("utf-8")
    assert not [c for c in text if c in BANNED and c != "\r"]
    if fmt == "json":
        loaded = json.loads(text)["free_text"]
        assert not [c for c in loaded if c in BANNED]
        assert "\\u001b" not in text and "\\u009b" not in text
