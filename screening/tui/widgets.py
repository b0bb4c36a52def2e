"""Small widgets shared by the screens."""

from __future__ import annotations

import re
from typing import TypeVar

from rich.text import Text
from textual.widgets import Footer, Static

# A line's indentation, plus a list marker ("- ", "? ", "• ", "+ ", "[x] ", "! ") that its
# continuation lines should clear.
_LEAD = re.compile(r"^(\s*)((?:[-?•!▶+*]|\[x\]|\[ \])\s+)?")

T = TypeVar("T", str, Text)


class AppFooter(Footer):
    """The footer of every screen: compact, so that every key fits 80 columns in uk and ru
    (tests/tui/test_footer_fits.py); the plain footer cut off F12 on the results screen. Ctrl+P
    (the command palette) is named on the start screen instead: at the right edge it covered F3."""

    def __init__(self) -> None:
        super().__init__(compact=True, show_command_palette=False)
        self._needed = 0
        self._composed_narrow = False

    def compose(self):
        """The keys in Textual's order; when they do not all fit (a 60-column terminal), quick
        exit comes first, so that it is the one key never cut off."""
        from rich.cells import cell_len
        from textual.widgets._footer import FooterKey

        keys = list(super().compose())
        self._needed = sum(cell_len(k.key_display) + cell_len(k.description) + 2 for k in keys if isinstance(k, FooterKey))
        self._composed_narrow = self._too_narrow()
        if self._composed_narrow:
            first = [k for k in keys if isinstance(k, FooterKey) and k.action.endswith("quick_exit")]
            keys = first + [k for k in keys if k not in first]
        yield from keys

    def _too_narrow(self) -> bool:
        return self._needed > self.app.size.width

    def on_resize(self) -> None:
        if self._too_narrow() != self._composed_narrow:
            self.refresh(recompose=True)


def _ranges(line: str, width: int, hanging: int) -> list[tuple[int, int]]:
    """Where to cut one line: greedy at spaces, the first piece `width` wide, the others
    `width - hanging`; a word longer than that is cut where it must be."""
    ranges: list[tuple[int, int]] = []
    start, room, floor = 0, width, hanging  # never cut inside the first line's indent and marker
    while len(line) - start > room:
        cut = line.rfind(" ", start + floor, start + room + 1)
        end = cut if cut > start + floor else start + room
        ranges.append((start, end))
        start = end
        while start < len(line) and line[start] == " ":
            start += 1
        room, floor = width - hanging, 0
    ranges.append((start, len(line)))
    return ranges


def hang(text: T, width: int) -> T:
    """Wrap each line of `text` (a str or a styled rich Text) to `width`, continuation lines
    under the line's first word.

    A plain Static wraps a long "      ? indicator [not answered]" back to the left edge, so a
    list of follow-ups reads as one block; this keeps each item's text in its own column.
    """
    if width <= 0:
        return text
    plain = text if isinstance(text, str) else text.plain
    if all(len(line) <= width for line in plain.split("\n")):
        return text
    out: list = []
    offset = 0
    for line in plain.split("\n"):
        styled = text[offset:offset + len(line)]
        offset += len(line) + 1
        if len(line) <= width:
            out.append(styled)
            continue
        lead = _LEAD.match(line)
        assert lead is not None  # every part of the pattern is optional: it always matches
        indent, marker = lead.group(1, 2)
        hanging = len(indent) + len(marker or "")
        if hanging > width // 2:  # too deep to keep: a shallow indent reads better
            hanging = min(len(indent), width // 4)
        for number, (start, end) in enumerate(_ranges(line, width, hanging)):
            piece = styled[start:end]
            if isinstance(piece, str):
                out.append(piece.rstrip() if number == 0 else " " * hanging + piece.rstrip())
            else:
                piece.rstrip()
                out.append(piece if number == 0 else Text(" " * hanging) + piece)
    return "\n".join(out) if isinstance(text, str) else Text("\n").join(out)


class HangingText(Static):
    """Text (a plain str, or a styled rich Text) whose wrapped lines keep their list indentation.

    `content` keeps the unwrapped text, which is what tests read. A str is shown as it is,
    never read as markup.
    """

    def __init__(self, text: str | Text = "", **kwargs) -> None:
        super().__init__(text, markup=False, **kwargs)

    def get_content_height(self, container, viewport, width: int) -> int:
        content = self.content
        if isinstance(content, str):
            return hang(content, width).count("\n") + 1
        assert isinstance(content, Text), "a HangingText holds a str or a rich Text"
        return hang(content, width).plain.count("\n") + 1

    def render(self):
        return hang(self.content, self.content_region.width)
