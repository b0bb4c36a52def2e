"""The app keeps one ScreeningState (screening/engine/state.py): the screens' app.session, app.free_text...
are its fields, and every way out (wipe, a signal, a crash) drops all of it (issue 17)."""

from __future__ import annotations

from dataclasses import fields

from tests.core.test_state import CATALOG, _full


def _app_with_everything():
    from screening.tui.app import make_app

    app = make_app(catalog=CATALOG)
    full = _full()
    for f in fields(full):
        setattr(app.state, f.name, getattr(full, f.name))
    return app, full


def test_the_apps_screening_fields_are_the_one_state_object():
    app, full = _app_with_everything()
    assert all(getattr(app, f.name) is getattr(app.state, f.name) is getattr(full, f.name) for f in fields(full))


def test_the_screens_intents_change_the_one_state_object():
    from screening.tui.app import make_app

    app = make_app(catalog=CATALOG)
    setup = _full().pending_setup
    app.set_up(setup)
    app.free_text_changed("Оксана")
    app.danger_question_asked("a-violence-now")
    app.toggle_urgent_need("medical")
    app.toggle_urgent_need("immediate_danger")
    app.toggle_urgent_need("medical")
    note = object()
    app.note_built(note)
    state = app.state
    assert (state.pending_setup, state.free_text, state.urgent_seen, state.urgent_needs, state.note) == (
        setup, "Оксана", {"a-violence-now"}, {"immediate_danger"}, note)
    app.free_text_changed("")
    assert state.free_text is None and state.has_data()


def test_the_crash_path_drops_everything_even_when_clearing_the_clipboard_fails(monkeypatch):
    """Before: the crash path's fallback forgot session, set-up, free text and note, and kept the
    urgent needs and the copied text (a hand-kept list of fields, different from wipe()'s)."""
    app, full = _app_with_everything()
    needs, copied = full.urgent_needs, full.copied

    def broken() -> None:
        raise OSError("no terminal")

    monkeypatch.setattr(app, "clear_clipboard", broken)
    monkeypatch.setattr(app, "_close_messages_no_wait", lambda: None)
    app._handle_exception(RuntimeError("a bug"))
    assert not app.state.has_data()
    assert all(getattr(app.state, f.name) in (None, set(), []) for f in fields(app.state))
    assert needs == set() and copied == [] and full.session.answers == {}


def test_forget_now_on_a_signal_drops_everything():
    app, full = _app_with_everything()
    needs = full.urgent_needs
    app.forget_now()
    assert all(getattr(app.state, f.name) in (None, set(), []) for f in fields(app.state))
    assert needs == set()


def test_a_screen_cannot_write_the_state_behind_the_apps_back():
    import pytest

    from screening.tui.app import make_app

    app = make_app(catalog=CATALOG)
    with pytest.raises(AttributeError, match="intent"):
        app.free_text = "Оксана"
    with pytest.raises(AttributeError, match="intent"):
        app.pending_setup = None
    assert app.state.free_text is None
