"""Long result lines wrap under their own text, not back to the left edge."""

from __future__ import annotations

from screening.tui.app import make_app
from screening.tui.widgets import HangingText, hang

from tests.tui.fixtures import catalog  # noqa: F401  (pytest fixtures)
from tests.tui.helpers import start_screening


def test_a_list_item_wraps_under_its_first_word():
    line = "      ? Deception about the nature of the job, location or employer [not answered]"
    assert hang(line, 40).split("\n") == [
        "      ? Deception about the nature of",
        "        the job, location or employer",
        "        [not answered]",
    ]


def test_a_quote_under_an_item_keeps_its_deeper_indent_and_short_lines_stay_as_they_are():
    text = "  Dimensions present:\n          “Is the work you do different from what you were promised?”"
    assert hang(text, 40).split("\n") == [
        "  Dimensions present:",
        "          “Is the work you do different",
        "          from what you were promised?”",
    ]
    assert hang(text, 0) == text


def test_every_wrapped_line_fits_the_width_and_no_word_is_lost():
    line = "  [x] Зловживання вразливістю під час вербування (1 вагома + 1 середня або слабка)"
    for width in (20, 33, 50):
        wrapped = hang(line, width).split("\n")
        assert all(len(part) <= width for part in wrapped)
        assert " ".join(" ".join(wrapped).split()) == " ".join(line.split())


async def test_the_results_screen_wraps_follow_ups_under_their_text(catalog):
    app = make_app(catalog=catalog, language="uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await start_screening(pilot, "25-59")
        await pilot.press("f5", "f6")  # nothing answered: every indicator is a follow-up
        await pilot.pause()
        block = app.screen.query(HangingText).first()
        width = block.content_region.width
        shown = str(block.render()).split("\n")
        assert max(len(line) for line in shown) <= width
        assert block.size.height == len(shown)  # the layout made room for every wrapped line
        follow_ups = [i for i, line in enumerate(shown) if line.lstrip().startswith("? ")]
        wrapped = [shown[i + 1] for i in follow_ups if i + 1 < len(shown) and not shown[i + 1].lstrip().startswith(("?", "«", "(", "“"))]
        assert wrapped, "expected at least one follow-up long enough to wrap at 80 columns"
        assert all(line.startswith(" " * 8) for line in wrapped)


def test_styled_text_wraps_the_same_and_keeps_its_styles():
    from rich.text import Text

    text = Text()
    text.append("Source: ", style="bold")
    text.append("Operational indicators of trafficking in human beings (ILO, 2009)\n  • ")
    text.append("a quoted passage long enough to wrap at forty columns", style="italic")
    wrapped = hang(text, 40)
    assert wrapped.plain == hang(text.plain, 40)
    assert wrapped.plain.split("\n")[2:] == ["  • a quoted passage long enough to wrap", "    at forty columns"]
    bold = {wrapped.plain[span.start:span.end] for span in wrapped.spans if span.style == "bold"}
    italic = " ".join(wrapped.plain[span.start:span.end] for span in wrapped.spans if span.style == "italic")
    assert bold == {"Source: "}
    assert " ".join(italic.split()) == "a quoted passage long enough to wrap at forty columns"


async def test_a_vignette_summary_in_the_training_menu_wraps_under_itself():
    from textual.geometry import Region
    from textual.widgets import OptionList

    from screening.catalog.data import load_catalog
    from screening.tui.training import TrainingMenuScreen

    app = make_app(language="uk")
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(TrainingMenuScreen(load_catalog()))
        await pilot.pause()
        menu = app.screen.query_one("#tr-menu", OptionList)
        shown = menu.render_lines(Region(0, 0, menu.size.width, menu.size.height))
        lines = [strip.text[1:].rstrip(" ▎") for strip in shown]  # without the side borders
        at = next(i for i, line in enumerate(lines) if "вербування онлайн," in line)
        assert lines[at + 1].strip() == "переміщення"  # the end of the same summary, wrapped
        assert lines[at + 1].startswith(" " * 4) and lines[at + 1].index("п") == lines[at].index("в")


async def test_the_consent_bullets_wrap_under_their_text(catalog):
    from screening.tui.screens.consent import ConsentScreen

    app = make_app(catalog=catalog, language="uk")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(ConsentScreen())
        await pilot.pause()
        shown = str(app.screen.query_one("#consent-text", HangingText).render()).split("\n")
        bullets = [i for i, line in enumerate(shown) if line.startswith("• ")]
        continued = [shown[i + 1] for i in bullets if i + 1 < len(shown) and shown[i + 1] and not shown[i + 1].startswith("• ")]
        assert continued, "expected a bullet long enough to wrap at 80 columns"
        assert all(line.startswith("  ") and not line.startswith("   ") for line in continued)
