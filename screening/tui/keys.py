"""Key bindings whose footer labels follow the interface language.

Textual reads a binding's description once; screens here describe their keys as
(keys, action, string key) and rebuild the bindings map when the language changes.
The rebuilt map keeps Textual's Ctrl+P (the command palette, added to the app's bindings
when the app is made): dropping it left the palette reachable only by mouse.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, NamedTuple

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode

from screening.tui.strings import t


FRAMEWORK_ACTIONS = frozenset({"command_palette", "app.command_palette"})
# Keys that Textual's own widgets show in the footer, with our words for them: the Select
# list said "esc Dismiss menu" on a Ukrainian screen.
WIDGET_LABELS = {"dismiss": "k_close"}
KEY_DISPLAY = {"escape": "Esc"}


class Key(NamedTuple):
    keys: str
    action: str
    label: str  # a key of STRINGS, or "" for a hidden binding
    key_display: str | None = None
    priority: bool = False


def localize_bindings(node: DOMNode, keys: list[Key], language: str, words: Callable[..., str] = t) -> None:
    """Replace the node's bindings with `keys`, labelled in `language` from `words` (a Strings)."""
    kept = [Binding(b.key, b.action, t("k_palette", language), show=False, key_display=b.key_display,
                    priority=b.priority, tooltip=t("k_palette_help", language))
            for b in {id(b): b for _, b in node._bindings if b.action in FRAMEWORK_ACTIONS}.values()]
    node._bindings = BindingsMap(
        [*kept, *(Binding(k.keys, k.action, words(k.label, language) if k.label else "", show=bool(k.label),
                          key_display=k.key_display, priority=k.priority) for k in keys)]
    )
    if node._is_mounted:  # (DOMNode has no is_mounted; the App's is a method, always true)
        node.refresh_bindings()


def localize_widget_keys(widget: DOMNode, language: str) -> None:
    """Relabel the footer keys a Textual widget brings with it (see WIDGET_LABELS)."""
    bindings = list({id(b): b for _, b in widget._bindings}.values())
    if not any(b.show and b.action in WIDGET_LABELS for b in bindings):
        return
    widget._bindings = BindingsMap(
        replace(b, description=t(WIDGET_LABELS[b.action], language), key_display=KEY_DISPLAY.get(b.key, b.key_display))
        if b.show and b.action in WIDGET_LABELS else b
        for b in bindings
    )
    widget.refresh_bindings()
