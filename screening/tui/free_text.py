"""The referral note's free-text field, in a module of its own: only the note screen needs
it, and Textual's TextArea costs half a MiB and a few milliseconds that the start screen
and the first question need not pay (docs/performance.md, issue 16 item 9)."""

from __future__ import annotations

from textual.widgets import TextArea
from textual.widgets.text_area import EditResult, Location

from screening.redact.clean_text import strip_controls


class FreeTextArea(TextArea):
    """The note's free text: at most `max_length` characters, no control characters, and no
    copy or cut out of it.

    What is typed here is unredacted, so nothing may carry it to the clipboard: TextArea's own
    copy (Ctrl+C) and cut would put it there (and the terminal's, over OSC 52). Both do
    nothing here, and Ctrl+C stops here instead of reaching the screen's copy. Every
    insertion by keyboard or paste goes through `_replace_via_keyboard`: control characters
    and bidi overrides are dropped and what does not fit is cut off, so a 10,000-character
    paste arrives as `max_length` characters at most.
    """

    def __init__(self, text: str = "", *, max_length: int, **kwargs) -> None:
        self.max_length = max_length
        super().__init__(strip_controls(text)[:max_length], **kwargs)

    def action_copy(self) -> None:
        """Copying the unredacted text is off (the note's redacted preview has a Copy button)."""

    def action_cut(self) -> None:
        """Cutting would copy: off, like copying."""

    def _replace_via_keyboard(self, insert: str, start: Location, end: Location) -> EditResult | None:
        insert = strip_controls(insert)
        room = self.max_length - (len(self.text) - len(self.get_text_range(*sorted((start, end)))))
        if len(insert) > room:
            insert = insert[:max(room, 0)]
            self.app.bell()
        if not insert and start == end:
            return None
        return super()._replace_via_keyboard(insert, start, end)
