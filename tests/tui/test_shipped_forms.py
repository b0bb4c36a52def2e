"""The shipped adult and child questionnaires, answered from start to end in the app."""

from __future__ import annotations

import pytest

from screening.catalog.data import load_catalog
from screening.tui.app import make_app
from screening.tui.screens.question import QuestionScreen
from screening.tui.screens.review import ReviewScreen
from screening.tui.screens.urgent import UrgentScreen

from tests.tui.helpers import screen_text, start_screening


async def answer_everything(pilot, key: str) -> int:
    """Press `key` on every question until the review opens; close urgent dialogs. Returns presses."""
    app = pilot.app
    presses = 0
    while not isinstance(app.screen, ReviewScreen):
        if isinstance(app.screen, UrgentScreen):
            await pilot.press("escape")
        else:
            assert isinstance(app.screen, QuestionScreen)
            await pilot.press(key)
            presses += 1
        await pilot.pause()
        assert presses < 400
    return presses


@pytest.mark.slow
@pytest.mark.parametrize("age_band, form_id", [("25-59", "adult-screening"), ("14-17", "child-screening")])
async def test_shipped_form_all_yes_gives_strong_indication(age_band, form_id):
    catalog = load_catalog()
    if form_id not in catalog.questionnaires:
        pytest.skip(f"{form_id} is not shipped yet")
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_screening(pilot, age_band)
        assert app.session.form.id == form_id
        presses = await answer_everything(pilot, "y")
        assert presses == len(app.session.visible()) == len(app.session.answers)
        assert app.urgent_seen  # the danger questions opened the triage
        await pilot.press("f6")
        await pilot.pause()
        text = screen_text(app.screen)
        assert "Strong indicators of trafficking found" in text
        assert "Some indicators" not in text and "No indicators found" not in text


@pytest.mark.slow
async def test_shipped_adult_form_all_no_never_rules_trafficking_out():
    catalog = load_catalog()
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_screening(pilot, "60+")
        await answer_everything(pilot, "2")
        assert set(app.session.answers.values()) == {"no"}
        await pilot.press("f6")
        await pilot.pause()
        text = screen_text(app.screen)
        assert "No indicators found — this does not rule out trafficking" in text
        assert not app.urgent_seen
