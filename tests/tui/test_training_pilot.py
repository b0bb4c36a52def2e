"""Trainer screens as a trainer and a trainee use them, on the app users get (make_app)."""

from __future__ import annotations

from textual.widgets import DataTable, Input, OptionList, Static

from screening.catalog.data import load_catalog
from screening.i18n.results import verdict_text
from screening.training import find_vignette
from screening.tui.app import make_app
from screening.tui.training import (
    CatalogBrowserScreen, DemonstrationScreen, PracticeScreen, TrainingMenuScreen,
)
from screening.tui.training.strings import FALLBACKS

from tests.tui.helpers import widget_text

CATALOG = load_catalog()


def text_of(screen, selector: str) -> str:
    return widget_text(screen.query_one(selector, Static))


async def open_menu(app, pilot, vignette_id: str):
    app.push_screen(TrainingMenuScreen(CATALOG))
    await pilot.pause()
    menu = app.screen.query_one("#tr-menu", OptionList)
    target = menu.get_option_index(vignette_id)
    for _ in range(target):
        await pilot.press("down")
    assert menu.highlighted == target


async def test_practice_marks_answers_and_shows_a_missed_indicator_with_its_source():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_menu(app, pilot, "courier-job-drugs")
        await pilot.press("p")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PracticeScreen) and screen.phase == "read"
        assert "messenger channel" in text_of(screen, "#tr-story")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.phase == "mark"
        marks = screen.query_one("#tr-marks", OptionList)
        # The first indicator is highlighted; "1" answers yes and moves on, "2" answers no.
        assert screen.cursor == "ilo-al-dr-deceived-nature-of-job"
        await pilot.press("1", "n")
        assert screen.answers == {"ilo-al-dr-deceived-nature-of-job": "yes", "ilo-al-dr-deceived-wages": "no"}
        for indicator_id, key in [("ilo-al-cd-forced-illicit-activities", "y"), ("ilo-al-cd-threats-of-violence", "1"),
                                  ("ilo-al-ec-excessive-hours", "1"), ("ilo-al-cd-threat-denunciation", "3")]:
            marks.highlighted = marks.get_option_index(indicator_id)
            await pilot.pause()
            await pilot.press(key)
        assert screen.answers["ilo-al-cd-threat-denunciation"] == "unknown"
        await pilot.press("r")
        await pilot.pause()
        assert screen.phase == "result"
        assert verdict_text("some-indication", "en") in text_of(screen, "#tr-report")
        await pilot.press("c")
        await pilot.pause()
        assert screen.phase == "compare"
        ilo = screen.result.comparison("ilo-adult-labour")
        assert [n.indicator.id for n in ilo.missed] == [
            "ilo-al-dr-deceived-contract", "ilo-al-cd-threat-denunciation", "ilo-al-cd-violence-on-family"]
        assert [n.indicator.id for n in ilo.over_called] == ["ilo-al-ec-excessive-hours"]
        report = text_of(screen, "#tr-report")
        contract = CATALOG.sets["ilo-adult-labour"].indicator("ilo-al-dr-deceived-contract")
        assert contract.label.en in report and contract.explanation.en in report
        assert contract.sources[0].locator in report
        assert "Score: 43%" in report  # 2*3/(10+4)
        assert "you: don't know; expected: yes" in report  # the threat of denunciation


async def test_practice_keeps_answers_across_a_language_switch():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        vignette = find_vignette(CATALOG, "border-ride-domestic-work")
        app.push_screen(PracticeScreen(CATALOG, vignette))
        await pilot.pause()
        await pilot.press("enter", "1")
        app.ui_language = "uk"
        app.screen.apply_language()
        await pilot.pause()
        assert app.screen.answers == {"ilo-al-dr-deceived-nature-of-job": "yes"}
        marks = app.screen.query_one("#tr-marks", OptionList)
        prompt = marks.get_option("ilo-al-dr-deceived-nature-of-job").prompt
        assert str(prompt).startswith("[так]")
        assert marks.highlighted == marks.get_option_index("ilo-al-dr-deceived-wages")


async def test_demonstration_steps_until_the_expected_verdict():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_menu(app, pilot, "border-ride-domestic-work")
        await pilot.press("d")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DemonstrationScreen) and screen.shown == 0
        expected = find_vignette(CATALOG, "border-ride-domestic-work").expected_results[0]
        verdicts = []
        while screen.shown < len(screen.steps):
            await pilot.press("n")
            if screen.current.set_id == expected.set:
                verdicts.append(screen.current.verdict)
        await pilot.pause()
        assert verdicts == ["some-indication", "some-indication", "some-indication", "strong-indication"]
        assert verdicts[-1] == expected.verdict
        body = text_of(screen, "#tr-demo")
        assert verdict_text("strong-indication", "en") in body
        assert expected.working.en in body
        await pilot.press("b")
        assert screen.shown == len(screen.steps) - 1


async def test_catalog_search_in_ukrainian_filters_the_list():
    app = make_app(language="uk")
    app.ui_language = "uk"
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(CatalogBrowserScreen(CATALOG))
        await pilot.pause()
        screen = app.screen
        table = screen.query_one("#tr-table", DataTable)
        everything = table.row_count
        assert everything == sum(len(s.indicators) for s in CATALOG.sets.values())
        assert screen.query_one("#tr-search", Input).has_focus
        await pilot.press(*"жебрак")
        await pilot.pause()
        assert screen.query_text == "жебрак"
        assert table.row_count == 1
        assert table.coordinate_to_cell_key((0, 0)).row_key.value == "ctx-forced-begging"
        detail = text_of(screen, "#tr-detail-text")
        assert "Жебракування" in detail and "дослівно з джерельного звіту" in detail  # the status, in Ukrainian
        # Filters narrow, language switch keeps the query and searches in the new language.
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace", "backspace")
        await pilot.press(*"борг", "f7")
        await pilot.pause()
        assert screen.strength == "strong"
        assert all(i.strength == "strong" for _, i in screen.results) and screen.results
        app.ui_language = "ru"
        screen.apply_language()
        await pilot.pause()
        assert screen.query_one("#tr-search", Input).value == "борг"
        assert screen.results == []  # no Russian text says "борг"


async def test_menu_lists_every_vignette_and_opens_the_catalog():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(TrainingMenuScreen(CATALOG))
        await pilot.pause()
        menu = app.screen.query_one("#tr-menu", OptionList)
        assert menu.option_count == len(CATALOG.vignettes["training-vignettes"].vignettes)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CatalogBrowserScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TrainingMenuScreen)


def test_trainer_strings_need_no_fallback():
    from screening.tui.training.strings import STRINGS, s

    FALLBACKS.clear()
    for key in STRINGS:
        for language in ("en", "uk", "ru"):
            s(key, language, **{k: "x" for k in ("n", "m", "total", "yes", "pct", "agreed", "missed", "over", "v",
                                                  "title", "band", "dims", "set", "dimension", "state", "why",
                                                  "strength", "population", "kind", "you", "expected")})
    assert sum(FALLBACKS.values()) == 0


def test_trainer_string_placeholders_agree_across_languages():
    import string

    from screening.tui.training.strings import STRINGS, s

    for key in STRINGS:
        table = {lang: s(key, lang) for lang in ("en", "uk", "ru")}
        fields = {lang: {f for _, f, _, _ in string.Formatter().parse(text) if f} for lang, text in table.items()}
        assert len({frozenset(f) for f in fields.values()}) == 1, key


def test_a_missing_trainer_translation_falls_back_to_english_and_is_counted():
    from screening.tui.training.strings import STRINGS, s

    FALLBACKS.clear()
    STRINGS["__probe"] = "probe"
    try:
        assert s("__probe", "ru") == "probe"
        assert FALLBACKS[("__probe", "ru")] == 1
    finally:
        del STRINGS["__probe"]
        FALLBACKS.clear()


async def test_escape_in_practice_asks_before_forgetting_the_marks():
    from screening.tui.screens.confirm import ConfirmScreen
    from screening.tui.training import PracticeScreen, TrainingMenuScreen

    from tests.tui.fixtures import build_catalog
    from tests.tui.walk import SCREENS

    app = make_app(catalog=build_catalog(), language="uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await SCREENS["training"](pilot)
        await SCREENS["practice-marks"](pilot)  # three indicators of each set marked
        practice = app.screen
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")  # "Ні", the focused default: stay
        await pilot.pause()
        assert app.screen is practice and practice.answers
        await pilot.press("escape")
        await pilot.pause()
        app.screen.query_one("#yes").press()
        await pilot.pause()
        assert isinstance(app.screen, TrainingMenuScreen)
        await pilot.press("p")  # nothing marked yet: Esc leaves at once
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TrainingMenuScreen)
