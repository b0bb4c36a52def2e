"""One screening's state: everything the program holds about the person, in one object.

The interface keeps a single `ScreeningState` and replaces it with a fresh one to forget a
screening (quick exit, inactivity, a crash, quit, a new screening). Adding a field here is the
only way to give a screening more state, so a wipe can never miss one: `wipe()` empties every
field, in place, before the object is dropped (any other reference to a set or list then sees
it empty too). Pure data: no Textual, nothing written anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from screening.engine.session import Session, Setup


@dataclass
class ScreeningState:
    """What one screening holds until it is wiped."""

    session: Session | None = None        # answers, set-up and form, once consent is given
    pending_setup: Setup | None = None    # the set-up being entered, before consent
    free_text: str | None = None          # the screener's free text for the note (unredacted)
    note: Any = None                      # the referral note last built (a ReferralNote)
    urgent_seen: set[str] = field(default_factory=set)   # danger questions whose dialog was shown
    urgent_needs: set[str] = field(default_factory=set)  # urgent needs the screener marked
    copied: list[str] = field(default_factory=list)      # what was put on the clipboard, to clear it

    def has_data(self) -> bool:
        """Whether anything about a person is held (the inactivity warning's question)."""
        return any(x is not None for x in (self.session, self.pending_setup, self.free_text, self.note))

    def wipe(self) -> None:
        """Empty every field in place: the session's answers, sets and lists, then the references."""
        if self.session is not None:
            self.session.wipe()
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, (set, list, dict)):
                value.clear()
            else:
                setattr(self, item.name, None)
