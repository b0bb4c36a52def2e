"""The note as a PDF, with Cyrillic text, offline.

fpdf2 is pure Python and embeds a subset of the TrueType font we ship inside the
package (DejaVu Sans, with its licence beside it), so the PDF renders Ukrainian and
Russian on any machine with no system fonts and no network.

* The creation date is the first day of the note's month (the note holds the month
  already), never the moment of export; fpdf2 writes no modification date and no XMP.
* The document language (/Lang) is the note's language, so screen readers and
  hyphenation pick the right language.
* Every page says "page n of m" in the note's language.
* Characters the font cannot show (most emoji, CJK) are never dropped silently: each run
  of them is replaced by a visible mark, and a line at the end says what happened.
"""

from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from screening.export.text import WORDS, Lines, say

FONT = Path(__file__).resolve().parent / "fonts" / "DejaVuSans.ttf"
MARK = "□"  # U+25A1 WHITE SQUARE, in the font: the usual picture of a missing glyph


@lru_cache(maxsize=1)
def font_characters() -> frozenset[int]:
    """Code points the shipped font has a glyph for (read once, from its cmap)."""
    from fontTools.ttLib import TTFont  # fpdf2's own dependency

    with TTFont(str(FONT), lazy=True) as font:
        return frozenset(font.getBestCmap())


def _shown(char: str, have: frozenset[int]) -> bool:
    return ord(char) in have or char in "\n\r\t"


def left_out(text: str) -> str:
    """The distinct characters of `text` the PDF cannot show, in order of first appearance."""
    have = font_characters()
    return "".join(dict.fromkeys(c for c in text if not _shown(c, have)))


def mark_left_out(text: str) -> str:
    """`text` with every run of characters the font lacks replaced by one MARK."""
    have = font_characters()
    out: list[str] = []
    for char in text:
        if _shown(char, have):
            out.append(char)
        elif not out or out[-1] != MARK:
            out.append(MARK)
    return "".join(out)


def _month_start(month: str | None) -> datetime:
    if month:
        try:
            year, number = (int(part) for part in month.split("-"))
            return datetime(year, number, 1, tzinfo=timezone.utc)
        except ValueError:
            pass
    return datetime(2000, 1, 1, tzinfo=timezone.utc)  # never today's date


def to_pdf(lines: Lines, title: str, *, language: str = "en", month: str | None = None) -> bytes:
    from fpdf import FPDF  # ~0.1 s to import: only when a PDF is asked for

    page_label = say(WORDS, "page", language)

    class NotePDF(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, page_label.format(n=self.page_no(), m="{nb}"), align="C")  # fpdf2 fills in {nb}

    pdf = NotePDF(format="A4")
    pdf.alias_nb_pages("{nb}")
    pdf.set_creation_date(_month_start(month))
    pdf.set_lang(language)
    pdf.set_title(title)
    pdf.set_producer("victim-screening")
    pdf.set_creator("victim-screening")
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.add_page()
    width = pdf.epw
    missing = False
    for kind, raw in lines.items:
        text = mark_left_out(raw)
        missing = missing or text != raw
        if kind == "title":
            pdf.set_font("DejaVu", size=16)
            pdf.multi_cell(width, 8, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind in ("heading", "subheading"):
            pdf.ln(3)
            pdf.set_font("DejaVu", size=13 if kind == "heading" else 11.5)
            pdf.multi_cell(width, 7, text, align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind in ("item", "subitem"):
            indent = 4 if kind == "item" else 10
            pdf.set_font("DejaVu", size=10)
            pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(width - indent, 5.5, f"• {text}", align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "quote":
            pdf.set_font("DejaVu", size=10)
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(width - 6, 5.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", size=10)
            pdf.multi_cell(width, 5.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    if missing:
        pdf.ln(4)
        pdf.set_font("DejaVu", size=9)
        pdf.multi_cell(width, 5, say(WORDS, "left_out", language).format(mark=MARK), align="L", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
