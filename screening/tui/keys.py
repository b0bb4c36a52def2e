"""Key bindings whose footer labels follow the interface language.

Textual reads a binding's description once; screens here describe their keys as
(keys, action, string key) and rebuild the bindings map when the language changes.
The rebuilt map keeps Textual's Ctrl+P (the command palette, added to the app's bindings
when the app is made): dropping it left the palette reachable only by mouse.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode

from screening.tui.strings import t


FRAMEWORK_ACTIONS = frozenset({"command_palette", "app.command_palette"})


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
    if node.is_mounted:
        node.refresh_bindings()
