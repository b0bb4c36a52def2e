"""Free text made safe to show and to write: no control characters, no bidi overrides.

A note is read in a terminal, an editor or a PDF viewer by someone else. An escape sequence
(C0/C1 controls such as ESC or CSI) pasted into the free text could repaint their terminal,
and a right-to-left override (U+202E) or isolate can make "Оксана" read as something else,
or hide text. Newline and tab stay; a carriage return becomes a newline (a Windows paste).
Used by the note screen's text area and by `screening.export.referral` before redaction, so the
command line and the app clean the same way.
"""

from __future__ import annotations

import re

# C0 (U+0000-U+001F) except tab and newline, DEL, C1 (U+0080-U+009F), the bidi embeddings and
# overrides (U+202A-U+202E) and the bidi isolates (U+2066-U+2069).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]+")
_CARRIAGE_RETURN = re.compile("\r\n?")


def strip_controls(text: str) -> str:
    """`text` without control characters and bidi controls; CR and CRLF become LF."""
    return _CONTROLS.sub("", _CARRIAGE_RETURN.sub("\n", text))
