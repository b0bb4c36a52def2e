"""One screening's state lives in one object whose wipe empties every field (issue 17)."""

from __future__ import annotations

from dataclasses import fields

from screening.catalog.data import load_catalog
from screening.engine.policy import choose_form
from screening.engine.session import Session, Setup
from screening.engine.state import ScreeningState

CATALOG = load_catalog()


def _full() -> ScreeningState:
    setup = Setup(age_band="25-59")
    session = Session(choose_form(CATALOG, setup), setup)
    session.answer(session.visible()[0][1].id, "yes")
    return ScreeningState(session=session, pending_setup=setup, free_text="Оксана, тел. 067 123 45 67", note=object(),
                          urgent_seen={"a-violence-now"}, urgent_needs={"medical"}, copied=["note text"])


def test_every_field_holds_something_in_the_fixture():
    state = _full()
    assert all(getattr(state, f.name) not in (None, set(), [], "") for f in fields(state)), "a new field needs a value here"
    assert state.has_data()


def test_wipe_empties_every_field_and_the_containers_others_may_hold():
    state = _full()
    session, needs, copied = state.session, state.urgent_needs, state.copied
    state.wipe()
    assert all(getattr(state, f.name) in (None, set(), []) for f in fields(state))
    assert not state.has_data()
    # A screen that kept a reference to the set or the session sees it emptied too.
    assert needs == set() and copied == [] and session.answers == {}

