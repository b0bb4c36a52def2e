"""Results: each open indicator in "what could change the result" names the questions that ask
it, in the interview language, and marks those an earlier answer now hides."""

from __future__ import annotations

import dataclasses

from screening.tui.app import make_app
from screening.tui.screens.results import ResultsScreen

from tests.tui.fixtures import catalog  # noqa: F401  (pytest fixtures)
from tests.tui.helpers import screen_text, start_screening


async def test_a_follow_up_hidden_by_a_gateway_answered_no_says_so(catalog):
    app = make_app(catalog=catalog, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await start_screening(pilot, "25-59")
        # the person is interviewed in Ukrainian; the screener reads the interface in English
        app.session.change_setup(dataclasses.replace(app.session.setup, language="uk"))
        await pilot.press("2", "2")  # a-job no (hides a-pay), a-hours no
        await pilot.press("y")       # a-violence yes: the urgent modal
        await pilot.pause()
        await pilot.press("escape")
        await pilot.press("y")       # a-displaced -> review
        await pilot.pause()
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        text = screen_text(app.screen)
        # an open indicator this small form never asks stays open (the screener may learn it in
        # conversation) and is marked as such, not as hidden
        could, _, hidden = text.partition("Would change the result, but no question will ask it now")
        assert "What could change the result" in could and "(no question of this form asks about it)" in could
        # low pay's only question is hidden by a-job = no: it is not offered as something to ask
        # about, but named apart with the question and the answer that hides it (read out in uk)
        assert "Low or no pay" not in could
        assert ("Hidden by the answer to “Чи відрізняється ваша робота від тієї, що вам обіцяли?” — no:\n"
                "          ? Low or no pay") in hidden


def test_a_follow_up_hidden_by_a_gateway_answered_no_that_would_matter_is_named_apart():
    """Shipped adult form: the debt gateway answered no hides questions that would raise the
    verdict; the results say so apart from "what could change", with the question and the answer."""
    from screening.catalog.data import load_catalog
    from screening.tui.flow import assessments
    from screening.tui.screens.results import set_summary
    from screening.tui.strings import t
    from tests.core.test_interview import _debt_gateway_no

    shipped = load_catalog()
    session = _debt_gateway_no()
    labour, assessment = next((s, a) for s, a in assessments(shipped, session) if s.id == "ilo-adult-labour")
    text = set_summary(labour, assessment, session.indicator_answers(), lambda key, **v: t(key, "en", **v), "en", session, shipped)
    assert "What could change the result" not in text
    head, _, tail = text.partition("Would change the result, but no question will ask it now")
    assert tail and "Debt bondage" in tail and "Debt bondage" not in head
    debt_gateway = next(q for _, q in session.form.questions() if q.id == "a-owes-debt").text.get("en")
    hiders = [line for line in tail.splitlines() if line.strip().startswith("Hidden by the answer to")]
    assert hiders and all(line.rstrip().endswith("— no:") for line in hiders)
    assert sum(debt_gateway in line for line in hiders) == 1


def test_many_gateways_answered_no_name_each_hiding_question_once():
    """Adult form, every shown question answered no: a "no indication" result. Each gateway
    answered no hides follow-ups that would raise the verdict; before, the results repeated the
    gateway's whole question under every one of them (dozens of lines at 80 columns)."""
    from screening.catalog.data import load_catalog
    from screening.engine.policy import choose_form
    from screening.engine.session import Session, Setup
    from screening.tui.flow import assessments
    from screening.tui.screens.results import set_summary
    from screening.tui.strings import t

    shipped = load_catalog()
    setup = Setup(age_band="25-59")
    session = Session(choose_form(shipped, setup), setup)
    while waiting := [q for _, q in session.visible() if q.id not in session.answers]:
        session.answer(waiting[0].id, "no")
    labour, assessment = next((s, a) for s, a in assessments(shipped, session) if s.id == "ilo-adult-labour")
    assert assessment.verdict == "no-indication"
    text = set_summary(labour, assessment, session.indicator_answers(), lambda key, **v: t(key, "en", **v), "en", session, shipped)
    _, _, tail = text.partition("Would change the result, but no question will ask it now")
    hiders = [line.strip() for line in tail.splitlines() if line.strip().startswith("Hidden by the answer to")]
    items = [line for line in tail.splitlines() if line.strip().startswith("? ")]
    assert hiders and items and len(hiders) == len(set(hiders)) < len(items)
    # each hidden indicator once, by its label only (no follow-up question repeated)
    assert len(items) == len(set(items)) and "(hidden by an earlier answer:" not in tail


async def test_a_follow_up_behind_an_unanswered_gateway_says_when_it_appears(catalog):
    app = make_app(catalog=catalog, language="uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await start_screening(pilot, "25-59")
        await pilot.press("right", "н")  # a-job skipped (a-pay stays hidden), a-hours yes
        await pilot.pause()
        app.action_results()
        await pilot.pause()
        text = screen_text(app.screen)
        assert ("«Чи платять вам менше, ніж домовлялися, або не платять зовсім?» "
                "(з'явиться після відповіді на «Чи відрізняється ваша робота від тієї, що вам обіцяли?»)") in text


async def _results_after(pilot, *answers: str) -> str:
    """Answer the adult test form with these keys ("escape" closes the urgent dialog), then F6."""
    await start_screening(pilot, "25-59")
    for key in answers:
        await pilot.press(key)
        await pilot.pause()
    await pilot.press("f6")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ResultsScreen)
    return screen_text(pilot.app.screen)


async def test_some_indicators_with_no_dimension_present_names_the_strong_yes(catalog):
    # Hand-worked from the ILO 2009 rule in ilo-adult-labour: excessive hours (strong) alone does
    # not make "exploitative conditions" present (it needs a second, medium indicator: low pay,
    # hidden here by a-job = no), but any strong yes gives "some indicators".
    async with make_app(catalog=catalog, language="en").run_test(size=(80, 24)) as pilot:
        text = await _results_after(pilot, "2", "1", "2", "2")  # a-job no, a-hours yes, a-violence no, a-displaced no
    assert "▶ Some indicators of trafficking found" in text
    assert "No dimension present." in text
    assert ("A strong indicator answered yes is enough for some indicators, with no dimension present:\n"
            "      - Excessive working days or hours (strong)") in text


async def test_yes_answers_outside_the_dimensions_present_are_listed(catalog):
    # a-violence yes makes "coercion at destination" present (strong + medium); a-hours yes alone
    # leaves "exploitative conditions" short of its threshold: listed apart, not dropped.
    async with make_app(catalog=catalog, language="en").run_test(size=(80, 24)) as pilot:
        # a-job no, a-hours yes, a-violence yes (the urgent dialog, closed), a-displaced no
        text = await _results_after(pilot, "2", "1", "1", "escape", "2")
    assert "Dimensions present:" in text
    assert "Also answered yes, not enough for their dimension:\n      - Excessive working days or hours (strong)" in text
    assert "A strong indicator answered yes is enough" not in text
