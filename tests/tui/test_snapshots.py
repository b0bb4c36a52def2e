"""What the screener sees at 80x24, in English and Ukrainian (approved SVGs in __snapshots__/;
the user guide shows copies of them from docs/img/).

Update after a deliberate change with `pytest -n 0 tests/tui/test_snapshots.py --snapshot-update`
and look at every changed SVG before committing it.
"""

from __future__ import annotations

import pytest

from screening.tui.app import make_app

from tests.tui.fixtures import catalog  # noqa: F401  (pytest fixtures)
from tests.tui.helpers import start_screening

LANGUAGES = ["en", "uk"]


async def _question(pilot) -> None:
    await start_screening(pilot)
    await pilot.press("y")  # a-job: yes, so the follow-up question appears
    await pilot.pause()


async def _review(pilot) -> None:
    await start_screening(pilot)
    await pilot.press("y", "y", "n", "right", "u")  # a-violence skipped: shown as unanswered
    await pilot.pause()


async def _results(pilot) -> None:
    await start_screening(pilot)
    await pilot.press("y", "y", "y", "n", "y", "f6")
    await pilot.pause()


@pytest.mark.parametrize("language", LANGUAGES)
def test_start_screen(snap_compare, catalog, language):
    assert snap_compare(make_app(catalog=catalog, language=language), terminal_size=(80, 24))


@pytest.mark.parametrize("language", LANGUAGES)
def test_question_screen(snap_compare, catalog, language):
    assert snap_compare(make_app(catalog=catalog, language=language), terminal_size=(80, 24), run_before=_question)


@pytest.mark.parametrize("language", LANGUAGES)
def test_review_screen(snap_compare, catalog, language):
    assert snap_compare(make_app(catalog=catalog, language=language), terminal_size=(80, 24), run_before=_review)


@pytest.mark.parametrize("language", LANGUAGES)
def test_results_screen(snap_compare, catalog, language):
    assert snap_compare(make_app(catalog=catalog, language=language), terminal_size=(80, 24), run_before=_results)


async def _note(pilot) -> None:
    """The note screen with consent given and free text typed: the preview shows it redacted."""
    from textual.widgets import TextArea

    await start_screening(pilot)
    await pilot.press("y", "y", "y", "n", "y", "f6", "f8")
    await pilot.pause()
    screen = pilot.app.screen
    screen.query_one("#consent").value = "yes"
    screen.query_one("#free-text", TextArea).text = "Call her on +380 67 123 4567; her passport is with the employer."
    await pilot.pause(0.35)  # the preview is redacted in a worker after a 0.3 s debounce
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen.query_one("#note").scroll_to(y=8, animate=False)  # the free text and its redacted preview
    await pilot.pause()


def test_note_screen(snap_compare, catalog):
    assert snap_compare(make_app(catalog=catalog, language="en"), terminal_size=(80, 24), run_before=_note)
