"""Exports of a referral note: Markdown, plain text, JSON and PDF.

The note is the only thing the program ever writes, and only here: `write_export`
writes one file atomically with owner-only permissions and never overwrites without
being told to. `render` turns a note into bytes without touching the disk, so the UI
can show exactly what will be written (or copied) first.
"""

from __future__ import annotations

import json
from pathlib import Path

from screening.export.files import REASONS, ExportError, ExportExists, check_target, write_bytes_atomically
from screening.export.text import WORDS, layout, say, to_markdown, to_text
from screening.models.note import ReferralNote

FORMATS: tuple[str, ...] = ("md", "txt", "json", "pdf")
SUFFIXES: dict[str, str] = {"md": ".md", "txt": ".txt", "json": ".json", "pdf": ".pdf"}

__all__ = [
    "FORMATS", "REASONS", "SUFFIXES", "ExportError", "ExportExists", "export_warning", "left_out",
    "note_json", "render", "write_export",
]


def note_json(note: ReferralNote) -> str:
    """The note as JSON, valid against forms/schemas/referral-note.schema.json."""
    return json.dumps(note.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def render(note: ReferralNote, fmt: str, language: str | None = None) -> bytes:
    """The note in `fmt` (one of FORMATS), in `language` (default: the note's own)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt == "json":
        return note_json(note).encode("utf-8")
    language = language or note.language
    lines = layout(note, language)
    if fmt == "md":
        return to_markdown(lines).encode("utf-8")
    if fmt == "txt":
        return to_text(lines).encode("utf-8")
    from screening.export.pdf import to_pdf

    return to_pdf(lines, say(WORDS, "title", language), language=language, month=note.month)


def left_out(note: ReferralNote, fmt: str, language: str | None = None) -> str:
    """The distinct characters of the note that `fmt` cannot show ("" for md, txt and json).

    Only the PDF is limited, by the glyphs of its embedded font (most emoji and CJK are
    missing); it marks each such place and says so at its end.
    """
    if fmt != "pdf":
        return ""
    from screening.export.pdf import left_out as pdf_left_out

    lines = layout(note, language or note.language)
    return pdf_left_out("".join(text for _, text in lines.items))


def export_warning(note: ReferralNote, fmt: str, language: str) -> str | None:
    """A message in `language` for the person exporting, when `fmt` leaves characters out."""
    missing = left_out(note, fmt)
    if not missing:
        return None
    from screening.export.pdf import MARK

    return say(WORDS, "left_out_export", language).format(n=len(missing), mark=MARK)


def write_export(note: ReferralNote, path: Path | str, fmt: str, *, overwrite: bool = False) -> Path:
    """Render and write the note to `path`; raises ExportExists or ExportError (never half a file)."""
    target = check_target(path, overwrite=overwrite)  # before rendering: the user is asked first
    return write_bytes_atomically(render(note, fmt), target, overwrite=overwrite)
