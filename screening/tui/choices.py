"""The set-up screen's fields and its one list of choices.

Each field is one widget on one row: its label and the value chosen (`ChoiceField`). Enter
(or Space, or an arrow) opens the screen's single `ChoiceList` under the focused field; arrows
move, Enter chooses, Esc closes without choosing; in a list of at most nine the options are
numbered and a digit chooses at once; typing letters jumps to a matching option (as Textual's
`Select` does). Five `Select`s composed five overlays, one per field, each a stack of widgets:
the screen took about 0.1 s to appear on an old laptop (docs/performance.md, issue 16 item 9).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option

LABEL_WIDTH = 32  # the labels' column, as the set-up screen had it
MAX_NUMBERED = 9  # digits choose directly only where one key names every option
SEARCH_RESET = 0.7  # seconds after the last letter typed, the search starts afresh (Textual's Select)


class ChoiceField(Widget, can_focus=True):
    """One field of a form: its label, then the value chosen (or a prompt), on one row."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter,space,down,up", "open", show=False)]  # as Textual's Select
    COMPONENT_CLASSES: ClassVar[set[str]] = {"choice-field--label", "choice-field--value", "choice-field--prompt"}
    DEFAULT_CSS = """
    ChoiceField {
        height: 1;
        margin: 0 0 1 0;
        pointer: pointer;
        & > .choice-field--value { background: $surface; }
        & > .choice-field--prompt { background: $surface; color: $text-muted; }
        &:focus > .choice-field--value, &:focus > .choice-field--prompt {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: bold;
        }
    }
    """

    @dataclass
    class Open(Message):
        """Asks the screen to open its list of choices for this field."""

        field: ChoiceField

    def __init__(self, label: str, options: list[tuple[str, str | None]], value: str | None, prompt: str, *, id: str) -> None:
        super().__init__(id=id)
        self.label = label
        self.options = options  # (what the screener reads, the value kept)
        self.value = value
        self.prompt = prompt

    @property
    def shown(self) -> str:
        return next((text for text, value in self.options if value == self.value), self.prompt)

    def choose(self, value: str | None) -> None:
        self.value = value
        self.refresh()

    def render(self) -> Text:
        width = self.content_region.width or self.size.width
        label = self.label if cell_len(self.label) < LABEL_WIDTH else self.label[: LABEL_WIDTH - 2] + "…"
        known = any(value == self.value for _, value in self.options)
        value = Text(" " + self.shown, style=self.get_component_rich_style("choice-field--value" if known else "choice-field--prompt"))
        value.truncate(max(1, width - LABEL_WIDTH - 3), overflow="ellipsis", pad=True)
        value.append(" ▼ ")
        return Text.assemble((label + " " * (LABEL_WIDTH - cell_len(label)), self.get_component_rich_style("choice-field--label")), value)

    def action_open(self) -> None:
        self.post_message(self.Open(self))

    def on_click(self) -> None:
        self.action_open()


class ChoiceList(OptionList):
    """The screen's one list of choices, shown under the field it was opened for."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close", key_display="Esc"),  # relabelled: keys.WIDGET_LABELS
        Binding("tab", "leave(1)", show=False),  # on to the field after the one the list is for
        Binding("shift+tab", "leave(-1)", show=False),
    ]
    DEFAULT_CSS = """
    ChoiceList {
        display: none;
        position: absolute;
        overlay: screen;
        constrain: none inside;
        border: tall $border;
        background: $surface;
        & > .option-list--option { padding: 0 1; }
    }
    """

    @dataclass
    class Chosen(Message):
        field: ChoiceField
        value: str | None

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id)
        self.field: ChoiceField | None = None
        self._values: list[str | None] = []
        self._search = ""
        self._typed_at = 0.0

    @property
    def numbered(self) -> bool:
        return len(self._values) <= MAX_NUMBERED

    def open_for(self, field: ChoiceField) -> None:
        """Show the field's options under it, the current value highlighted (none if there is none)."""
        self.field = field
        self._values = [value for _, value in field.options]
        width = len(str(len(field.options)))
        self.set_options(Option(f"{n:>{width}}  {text}" if self.numbered else text) for n, (text, _) in enumerate(field.options, 1))
        self.highlighted = self._values.index(field.value) if field.value in self._values else None
        self._place(field)
        self.border_title = field.label
        self._search = ""
        self.display = True
        self.focus()
        if self.highlighted is not None:
            self.call_after_refresh(self.scroll_to_highlight)

    def _place(self, field: ChoiceField) -> None:
        """Under the field, in the value's column, ending above the footer; above the field when
        fewer than six rows are left below it (the oblast field at a small height)."""
        region, screen = field.region, self.screen.region
        footer = 1
        wanted = len(self._values) + 2  # and the border
        below = screen.bottom - footer - (region.y + 1)
        above = region.y - 1  # under the header
        if wanted <= below or below >= min(wanted, 6) or below >= above:
            height, top = min(wanted, below), region.y + 1
        else:
            height = min(wanted, above)
            top = region.y - height
        # The value's column, or wider to the left when a choice would wrap there (60 columns):
        # the number, the text, the option's and the list's padding, the border, a scroll bar.
        number = len(str(len(self._values))) + 2 if self.numbered else 0
        needed = max(cell_len(text) for text, _ in field.options) + number + 2 + 2 + 2 + 2
        width = min(region.width, max(region.width - LABEL_WIDTH, needed))
        self.styles.offset = (region.right - width, top)
        self.styles.width = width
        self.styles.height = max(3, height)

    def close(self, *, refocus: bool = True) -> None:
        field, self.field = self.field, None
        self.display = False
        if refocus and field is not None:
            field.focus()

    def action_dismiss(self) -> None:
        self.close()

    def action_leave(self, direction: int) -> None:
        field = self.field
        self.close(refocus=False)
        chain = self.screen.focus_chain
        if field in chain:
            chain[(chain.index(field) + direction) % len(chain)].focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option_index)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()

    def _choose(self, index: int) -> None:
        field = self.field
        if field is None:
            return
        self.post_message(self.Chosen(field, self._values[index]))
        self.close()

    def _on_blur(self, event: events.Blur) -> None:
        if self.display:  # Tab or a click elsewhere closes the list, as Textual's Select does
            self.close(refocus=False)

    def check_consume_key(self, key: str, character: str | None = None) -> bool:
        return character is not None and character.isprintable()

    async def _on_key(self, event: events.Key) -> None:
        character = event.character
        if character is None or not event.is_printable or character == " ":
            return
        event.stop()
        event.prevent_default()
        if character.isdigit():
            if self.numbered and 1 <= int(character) <= len(self._values):
                self._choose(int(character) - 1)
            return
        self._search = (self._search if event.time - self._typed_at < SEARCH_RESET else "") + character.casefold()
        self._typed_at = event.time
        assert self.field is not None
        found = next((n for n, (text, _) in enumerate(self.field.options) if text.casefold().startswith(self._search)), None)
        if found is None:
            found = next((n for n, (text, _) in enumerate(self.field.options) if self._search in text.casefold()), None)
        if found is not None:
            self.highlighted = found
