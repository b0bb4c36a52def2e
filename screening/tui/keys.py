"""Key bindings whose footer labels follow the interface language.

Textual reads a binding's description once; screens here describe their keys as
(keys, action, string key) and rebuild the bindings map when the language changes.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode

from screening.tui.strings import t


class Key(NamedTuple):
    keys: str
    action: str
    label: str  # a key of STRINGS, or "" for a hidden binding
    key_display: str | None = None
    priority: bool = False


def localize_bindings(node: DOMNode, keys: list[Key], language: str, words: Callable[..., str] = t) -> None:
    """Replace the node's bindings with `keys`, labelled in `language` from `words` (a Strings)."""
    node._bindings = BindingsMap(
        Binding(k.keys, k.action, words(k.label, language) if k.label else "", show=bool(k.label),
                key_display=k.key_display, priority=k.priority)
        for k in keys
    )
    if node.is_mounted:
        node.refresh_bindings()
