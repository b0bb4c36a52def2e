"""Driving the app as a screener would, for the pilot tests."""

from __future__ import annotations

from screening.tui.screens.consent import ConsentScreen
from screening.tui.screens.question import QuestionScreen
from screening.tui.screens.setup import SetupScreen
from screening.tui.screens.start import StartScreen

AGE_INDEX = {"<14": 1, "14-17": 2, "18-24": 3, "25-59": 4, "60+": 5}  # 0 is the blank prompt


async def start_screening(pilot, age_band: str = "25-59", full_form: bool = True) -> None:
    """Start -> New screening -> set-up (by keyboard) -> consent 'agrees' -> first question.

    With `full_form` (what most flow tests walk), F then switches from the short interview
    to every question in form order, as a screener would."""
    app = pilot.app
    await pilot.pause()
    assert isinstance(app.screen, StartScreen)
    await pilot.press("enter")  # "New screening" is the first menu entry
    await pilot.pause()
    assert isinstance(app.screen, SetupScreen)
    app.screen.query_one("#age_band").focus()
    await pilot.press("enter")  # open the list
    await pilot.pause()
    for _ in range(AGE_INDEX[age_band]):
        await pilot.press("down")
    await pilot.press("enter")
    await pilot.pause()
    assert app.screen.choices["age_band"] == age_band
    app.screen.query_one("#continue").focus()
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, ConsentScreen)
    app.screen.query_one("#agree").focus()
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, QuestionScreen)
    assert app.session.short, "a screening starts as the short interview"
    if full_form:
        await pilot.press("f")
        await pilot.pause()
        app.clear_notifications()
        assert not app.session.short


def question_text(app) -> str:
    return str(app.screen.query_one("#question-text").render())


def widget_text(widget) -> str:
    """The plain text a Static shows; for HangingText, as it was before the screen wrapped it."""
    from screening.tui.widgets import HangingText

    shown = widget.content if isinstance(widget, HangingText) else widget.render()
    return getattr(shown, "plain", str(shown))


def screen_text(screen) -> str:
    """All text a screen shows in its Static widgets, joined (for assertions)."""
    from textual.widgets import Static

    return "\n".join(widget_text(w) for w in screen.query(Static))
