"""Every screen of the app, reached directly (a session set on the app, the screen pushed),
for tests that must look at each one: Ctrl+P, and no English on a Ukrainian/Russian screen.

Driving the whole flow by keys for each screen would cost seconds per screen; the flow
tests do that already. Here a screen is opened as the app would open it, with the state it
reads from the app.
"""

from __future__ import annotations

from typing import Awaitable, Callable

from screening.engine.session import Session, Setup
from screening.tui.flow import choose_form

ADULT_ANSWERS = {"a-job": "yes", "a-hours": "yes", "a-pay": "no", "a-violence": "yes", "a-displaced": "unknown"}


def with_session(app, answers: dict | None = None) -> Session:
    setup = Setup(age_band="25-59", language=app.ui_language, oblast="UA-63")
    session = Session(form=choose_form(app.catalog, setup), setup=setup, short=False)
    for question_id, value in (ADULT_ANSWERS if answers is None else answers).items():
        session.answer(question_id, value)
    app.state.session = session
    app.state.urgent_needs = {"immediate_danger"}
    return session


async def _push(pilot, screen) -> None:
    pilot.app.push_screen(screen)
    await pilot.pause()
    await pilot.pause()


def _opener(make: Callable, session: bool = True, answers: dict | None = None) -> Callable[..., Awaitable[None]]:
    async def open_(pilot) -> None:
        if session:
            with_session(pilot.app, answers)
        await _push(pilot, make(pilot.app))
    return open_


def _about(app):
    from screening.tui.screens.about import AboutScreen
    return AboutScreen()


def _setup(app):
    from screening.tui.screens.setup import SetupScreen
    return SetupScreen()


async def _setup_list(pilot) -> None:
    """The set-up screen with the oblast list open (its own key hints: Textual's "Dismiss menu")."""
    await _push(pilot, _setup(pilot.app))
    pilot.app.screen.query_one("#oblast").focus()
    await pilot.press("enter")
    await pilot.pause()


def _consent(app):
    from screening.tui.screens.consent import ConsentScreen
    app.state.pending_setup = Setup(age_band="25-59", language=app.ui_language)
    return ConsentScreen()


def _question(app):
    from screening.tui.screens.question import QuestionScreen
    return QuestionScreen()


def _sections(app):
    from screening.tui.screens.sections import SectionsScreen
    return SectionsScreen()


def _urgent(app):
    from screening.tui.screens.urgent import UrgentScreen
    return UrgentScreen()


def _review(app):
    from screening.tui.screens.review import ReviewScreen
    return ReviewScreen()


def _change(app):
    from screening.tui.screens.review import ChangeAnswerScreen
    return ChangeAnswerScreen("a-hours")


def _results(app):
    from screening.tui.screens.results import ResultsScreen
    return ResultsScreen()


def _explain(app):
    from screening.tui.screens.explain import ExplainScreen
    return ExplainScreen()


def _note(app):
    from screening.tui.screens.note import NoteScreen
    return NoteScreen()


def _confirm(app):
    from screening.tui.screens.confirm import ConfirmScreen
    return ConfirmScreen("?")


def _idle(app):
    from screening.tui.screens.idle import IdleWarningScreen
    return IdleWarningScreen(42)


def _training(app):
    from screening.tui.training import TrainingMenuScreen
    return TrainingMenuScreen(app.catalog)


def _catalog(app):
    from screening.tui.training import CatalogBrowserScreen
    return CatalogBrowserScreen(app.catalog)


def _vignette(app):
    from screening.training import all_vignettes
    return all_vignettes(app.catalog)[0]


def _demonstration(app):
    from screening.tui.training import DemonstrationScreen
    return DemonstrationScreen(app.catalog, _vignette(app))


async def _practice(pilot, phase: str = "read") -> None:
    from screening.tui.training import PracticeScreen

    screen = PracticeScreen(pilot.app.catalog, _vignette(pilot.app))
    await _push(pilot, screen)
    if phase != "read":
        screen.mark({i.id: "yes" for s in screen.sets for i in s.indicators[:3]})
        await screen.action_phase(phase)
        await pilot.pause()


async def _note_export_error(pilot) -> None:
    """The note screen after an export that failed (a folder that does not exist)."""
    await _opener(_note)(pilot)
    screen = pilot.app.screen
    screen.query_one("#consent").value = "yes"
    screen.query_one("#path").value = "/немає-такої-теки/направлення.md"
    await pilot.pause()
    screen.export()
    await pilot.pause()


async def _start(pilot) -> None:
    await pilot.pause()


SCREENS: dict[str, Callable[..., Awaitable[None]]] = {
    "start": _start,
    "about": _opener(_about, session=False),
    "setup": _opener(_setup, session=False),
    "setup-oblast-list": _setup_list,
    "consent": _opener(_consent, session=False),
    "question": _opener(_question, answers={}),
    "sections": _opener(_sections),
    "urgent": _opener(_urgent),
    "review": _opener(_review),
    "change-answer": _opener(_change),
    "results": _opener(_results),
    "explain": _opener(_explain),
    "note": _opener(_note),
    "note-export-error": _note_export_error,
    "confirm": _opener(_confirm, session=False),
    "idle-warning": _opener(_idle),
    "training": _opener(_training, session=False),
    "catalog": _opener(_catalog, session=False),
    "demonstration": _opener(_demonstration, session=False),
    "practice": _practice,
    "practice-marks": lambda pilot: _practice(pilot, "mark"),
    "practice-compare": lambda pilot: _practice(pilot, "compare"),
}


def visible_text(app) -> str:
    """What the terminal shows now, line by line (the top screen and, under a modal, nothing else)."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())
