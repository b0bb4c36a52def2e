"""Issue 15 items 1, 5, 6 on the note screen: the preview is redacted off the UI thread, F12
acts at once after a 10,000-character paste, the free text is capped with a counter, nothing
can be copied out of it, and a wipe empties the clipboard (OSC 52) and tmux."""

from __future__ import annotations

import threading

from textual import events

from screening.export.referral import FREE_TEXT_LIMIT
from screening.engine.session import Session, Setup
from screening.tui.app import make_app
from screening.tui.screens import note as note_screen
from screening.tui.screens.neutral import NeutralScreen
from screening.tui.screens.note import PREVIEW_DELAY, NoteScreen
from screening.tui.free_text import FreeTextArea

from tests.tui.fixtures import catalog  # noqa: F401  (pytest fixtures)


async def open_note(app, pilot, language: str = "en") -> FreeTextArea:
    """The note screen of a screening just started (no questions walked: this is about the text)."""
    form = next(f for f in app.catalog.questionnaires.values() if f.population == "adult")
    app.state.session = Session(form=form, setup=Setup(age_band="25-59", language=language))
    app.push_screen(NoteScreen())
    await pilot.pause()
    area = app.screen.query_one("#free-text", FreeTextArea)
    area.focus()
    await pilot.pause()
    return area


async def test_quick_exit_right_after_a_huge_paste_while_redaction_runs(catalog, monkeypatch):
    started, release, threads = threading.Event(), threading.Event(), []

    def slow_redaction(text, language):  # stands in for a redaction that takes long
        threads.append(threading.current_thread())
        started.set()
        release.wait(5)
        return "redacted", 8

    monkeypatch.setattr(note_screen, "redact_for_preview", slow_redaction)
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_note(app, pilot)
        session = app.session
        pasted = ("Оксана, +380 67 123 4567,\x1b[2J вул. Шевченка 12\u202e\r\n" * 200)[:10_000]
        app.post_message(events.Paste(pasted))
        await pilot.pause()
        assert len(app.free_text) == FREE_TEXT_LIMIT and "\x1b" not in app.free_text and "\u202e" not in app.free_text
        assert f"{FREE_TEXT_LIMIT} of {FREE_TEXT_LIMIT}" in str(app.screen.query_one("#free-text-count").render())
        await pilot.pause(PREVIEW_DELAY + 0.05)
        assert started.wait(3)
        await pilot.press("f12")  # while the redaction still runs
        await pilot.pause()
        assert not release.is_set()
        assert isinstance(app.screen, NeutralScreen)
        assert app.free_text is None and app.session is None and session.answers == {}
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, NeutralScreen) and app.free_text is None  # the late result is dropped
    assert threads and threads[0] is not threading.main_thread()


async def test_typing_stops_at_the_limit_and_the_counter_speaks_ukrainian(catalog):
    app = make_app(catalog=catalog, language="uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_note(app, pilot, "uk")
        app.post_message(events.Paste("я" * (FREE_TEXT_LIMIT - 1)))
        await pilot.pause()
        await pilot.press("a", "b", "c")
        assert app.free_text == "я" * (FREE_TEXT_LIMIT - 1) + "a"
        assert str(app.screen.query_one("#free-text-count").render()).startswith(f"Символів: {FREE_TEXT_LIMIT} з {FREE_TEXT_LIMIT}.")


async def test_nothing_is_copied_or_cut_out_of_the_free_text(catalog):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        area = await open_note(app, pilot)
        app.copy_to_clipboard("the redacted note")
        area.text = "Оксана Петренко, +380 67 123 4567"
        await pilot.press("ctrl+a", "ctrl+c")
        await pilot.pause()
        assert app.clipboard == "the redacted note"
        area.action_cut()  # super+x (Ctrl+X is quick exit)
        await pilot.pause()
        assert app.clipboard == "the redacted note" and area.text == "Оксана Петренко, +380 67 123 4567"


async def test_quick_exit_empties_the_terminal_clipboard_and_tmux(catalog, monkeypatch):
    from screening.export import clipboard

    cleared = []
    monkeypatch.setenv("TMUX", "/tmp/fake,1,0")
    monkeypatch.setattr(clipboard, "clear_tmux_buffers", lambda texts: cleared.append(list(texts)))
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        written = []
        monkeypatch.setattr(app._driver, "write", written.append)
        await open_note(app, pilot)
        app.copy_to_clipboard("the redacted note")
        await pilot.press("f12")
        await pilot.pause()
        app._clearing.join(2)
        assert app.clipboard == "" and [w for w in written if w.startswith("\x1b]52;")][-1] == "\x1b]52;c;\a"
        assert cleared == [["the redacted note"]] and app.copied == []
        # nothing copied by the app since: the terminal's clipboard is still emptied on the next wipe
        written.clear()
        await pilot.press("enter")  # the neutral screen's way on
        app.wipe()
        assert "\x1b]52;c;\a" in written
