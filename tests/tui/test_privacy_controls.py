"""Quick exit, the inactivity wipe, language switching mid-screening and the command palette."""

from __future__ import annotations

from textual.widgets import Input

from screening.tui.app import make_app
from screening.tui.screens.idle import IdleWarningScreen
from screening.tui.screens.neutral import NeutralScreen
from screening.tui.screens.question import QuestionScreen
from screening.tui.screens.review import ReviewScreen
from screening.tui.screens.start import StartScreen

from tests.tui.fixtures import catalog, clock  # noqa: F401  (pytest fixtures)
from tests.tui.helpers import question_text, screen_text, start_screening


def assert_wiped(app, session) -> None:
    assert session.answers == {}
    assert app.session is None and app.pending_setup is None
    assert app.free_text is None and app.note is None and app.urgent_seen == set()
    assert not app.has_data()
    assert isinstance(app.screen, NeutralScreen)
    assert len(app.screen_stack) == 2  # the blank default screen and the neutral one: nothing else
    assert app.title == ""


async def test_quick_exit_from_a_question_wipes_everything(catalog):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_screening(pilot)
        await pilot.press("y", "y")
        session = app.session
        assert session.answers
        await pilot.press("f12")
        await pilot.pause()
        assert_wiped(app, session)
        text = screen_text(app.screen)
        assert "Victim" not in text and "screening" not in text.lower()
        await pilot.press("ctrl+p", "f3")  # no palette, no language switch on the neutral screen
        await pilot.pause()
        assert isinstance(app.screen, NeutralScreen) and app.ui_language == "en"
        await pilot.press("enter")  # the next person
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)


async def test_quick_exit_works_inside_a_modal_and_an_input(catalog):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_screening(pilot)
        await pilot.press("y")
        session = app.session
        await pilot.press("f4")  # the sections modal
        await pilot.pause()
        await pilot.press("ctrl+x")
        await pilot.pause()
        assert_wiped(app, session)
        # and from a text field
        await pilot.press("enter")
        await pilot.pause()
        await app.screen.mount(Input(id="probe"))
        app.screen.query_one("#probe").focus()
        await pilot.press("a", "f12")
        await pilot.pause()
        assert isinstance(app.screen, NeutralScreen)


async def test_inactivity_warns_then_wipes(catalog, clock):
    app = make_app(catalog=catalog, inactivity_minutes=10, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_screening(pilot)
        await pilot.press("y")
        session = app.session
        clock.now += 9 * 60 + 10  # 50 s left: the warning shows a countdown
        app.check_inactivity()
        await pilot.pause()
        assert isinstance(app.screen, IdleWarningScreen)
        assert "50 s" in screen_text(app.screen)
        await pilot.press("space")  # any key keeps the screening
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen) and session.answers == {"a-job": "yes"}
        app.check_inactivity()
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        clock.now += 9 * 60 + 30
        app.check_inactivity()
        await pilot.pause()
        assert isinstance(app.screen, IdleWarningScreen)
        clock.now += 30
        app.check_inactivity()
        await pilot.pause()
        assert_wiped(app, session)


async def test_inactivity_limit_is_configurable_and_idle_start_screen_is_left_alone(catalog, clock):
    app = make_app(catalog=catalog, inactivity_minutes=2, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        clock.now += 3600
        app.check_inactivity()  # nothing to wipe: no warning either
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        await start_screening(pilot)
        await pilot.press("n")
        clock.now += 2 * 60
        app.check_inactivity()
        await pilot.pause()
        assert isinstance(app.screen, NeutralScreen) and app.session is None


async def test_language_switch_mid_screening_keeps_answers(catalog):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_screening(pilot)
        await pilot.press("y", "n")
        await pilot.press("f5")  # review on top of the question screen
        await pilot.pause()
        before = dict(app.session.answers)
        assert "Review the answers" in screen_text(app.screen)
        await pilot.press("f3")  # en -> uk
        await pilot.pause()
        assert app.ui_language == "uk"
        assert app.session.answers == before
        assert "Перевірте відповіді" in screen_text(app.screen)
        footer = [b.binding.description for b in app.screen.active_bindings.values() if b.binding.show]
        assert "Швидкий вихід" in footer and "Результати" in footer
        await pilot.press("escape")  # back to the question screen, also switched
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert "Розділ 1 з 3" in str(app.screen.query_one("#progress").render())
        # the question itself stays in the interview language chosen at set-up (English here)
        assert "paid less" in question_text(app)
        await pilot.press("f3")  # uk -> ru
        await pilot.pause()
        assert "Раздел 1 из 3" in str(app.screen.query_one("#progress").render())
        assert app.session.answers == before


async def test_palette_offers_main_actions_and_no_screenshot(catalog):
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_screening(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for wanted in ("New screening", "Quick exit", "Language", "Review", "Results"):
            assert wanted in titles
        assert not any("screenshot" in t.lower() for t in titles)
        review = next(c for c in app.get_system_commands(app.screen) if c.title == "Review")
        review.callback()
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)


async def test_no_color_states_are_in_words(catalog, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(catalog=catalog)
    assert app.no_color
    async with app.run_test(size=(80, 24)) as pilot:
        await start_screening(pilot)
        await pilot.press("right", "f5")  # skip the first question, then review
        await pilot.pause()
        table = app.screen.query_one("#answers")
        assert str(table.get_cell_at((0, 2))) == "[ not answered ]"
