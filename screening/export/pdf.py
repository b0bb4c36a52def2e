"""The note as a PDF, with Cyrillic text, offline.

fpdf2 is pure Python and embeds a subset of the TrueType font we ship inside the
package (DejaVu Sans, with its licence beside it), so the PDF renders Ukrainian and
Russian on any machine with no system fonts and no network. The creation date is fixed
to fpdf2's "epoch" marker, so the file carries no exact date.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from screening.export.text import Lines

FONT = Path(__file__).resolve().parent / "fonts" / "DejaVuSans.ttf"
# fpdf2 writes this exact instant as "no date" in both the info dictionary and XMP.
_NO_DATE = datetime(1969, 12, 31, 19, 0, 0, tzinfo=timezone.utc)


def to_pdf(lines: Lines, title: str) -> bytes:
    from fpdf import FPDF  # ~0.1 s to import: only when a PDF is asked for

    pdf = FPDF(format="A4")
    pdf.set_creation_date(_NO_DATE)
    pdf.set_title(title)
    pdf.set_producer("victim-screening")
    pdf.set_creator("victim-screening")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.add_page()
    width = pdf.epw
    for kind, text in lines.items:
        if kind == "title":
            pdf.set_font("DejaVu", size=16)
            pdf.multi_cell(width, 8, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind in ("heading", "subheading"):
            pdf.ln(3)
            pdf.set_font("DejaVu", size=13 if kind == "heading" else 11.5)
            pdf.multi_cell(width, 7, text, align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "item":
            pdf.set_font("DejaVu", size=10)
            pdf.set_x(pdf.l_margin + 4)
            pdf.multi_cell(width - 4, 5.5, f"• {text}", align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "quote":
            pdf.set_font("DejaVu", size=10)
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(width - 6, 5.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", size=10)
            pdf.multi_cell(width, 5.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
