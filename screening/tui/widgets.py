"""Small widgets shared by the screens."""

from __future__ import annotations

import re
import textwrap

from textual.widgets import Static

# A line's indentation, plus a list marker ("- ", "? ", "• ", "[x] ", "! ") that its
# continuation lines should clear.
_LEAD = re.compile(r"^(\s*)((?:[-?•!▶]|\[x\])\s+)?")


def hang(text: str, width: int) -> str:
    """Wrap each line of `text` to `width`, continuation lines under the line's first word.

    A plain Static wraps a long "      ? indicator [not answered]" back to the left edge, so a
    list of follow-ups reads as one block; this keeps each item's text in its own column.
    """
    if width <= 0:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width or not line.strip():
            out.append(line)
            continue
        indent, marker = _LEAD.match(line).group(1, 2)
        hanging = indent + " " * len(marker or "")
        if len(hanging) > width // 2:  # too deep to keep: plain wrapping reads better
            hanging = indent[: width // 4]
        out.extend(textwrap.wrap(line, width, subsequent_indent=hanging, break_on_hyphens=False,
                                 drop_whitespace=True) or [line])
    return "\n".join(out)


class HangingText(Static):
    """Plain text (no markup) whose wrapped lines keep their list indentation.

    `content` keeps the unwrapped text, which is what tests read.
    """

    def __init__(self, text: str, **kwargs) -> None:
        super().__init__(text, markup=False, **kwargs)

    def get_content_height(self, container, viewport, width: int) -> int:
        return hang(str(self.content), width).count("\n") + 1

    def render(self):
        return hang(str(self.content), self.content_region.width)
