"""Every screen in Ukrainian and Russian, as the terminal shows it: no English word outside an
allow-list of key names, codes (ILO, UNODC, set tags, UA-xx), ids, format names and the version
(issue 16 item 4). The results and the trainer's texts are also checked word by word in
test_uk_ru_results.py; this walks the rest: menus, dialogs, footers, toasts, the open lists."""

from __future__ import annotations

import re

import pytest

from screening.tui.app import make_app
from screening.tui.screens.start import StartScreen

from tests.tui.fixtures import catalog  # noqa: F401  (pytest fixtures)
from tests.tui.helpers import screen_text
from tests.tui.walk import SCREENS, visible_text

ALLOWED = [
    re.compile(r"\b(?:F\d{1,2}|Esc|Enter|Tab|Ctrl\+[A-Z]|[A-Z](?:/\d)?)(?![\w-])|\^p\b"),  # keys, as printed on them
    re.compile(r"\bv\d+(?:\.\d+)+\b"),  # the program's version in the header
    re.compile(r"\[x\]"),  # the mark of a checked item
    re.compile(r"(?<![\w-])[A-Z]{2,6}(?:-\d+)?(?![\w-])"),  # codes: ILO, UNODC, CTX, ID, UA-63
    re.compile(r"\S*\.(?:md|txt|json|pdf)\b|(?<![\w.-])(?:md|txt|json|pdf)(?![\w.-])"),  # file names and formats
]
LATIN = re.compile(r"[A-Za-z]")


def ids(catalog) -> list[str]:
    """Indicator, set, form and vignette ids: shown as codes, beside their names."""
    from screening.training import all_vignettes

    found = {i.id for s in catalog.sets.values() for i in s.indicators} | set(catalog.sets) | set(catalog.questionnaires)
    found |= {v.id for v in all_vignettes(catalog)}
    return sorted(found, key=len, reverse=True)


def english_left(text: str, allowed_ids: list[str]) -> list[str]:
    left = []
    for line in text.splitlines():
        rest = line
        for token in allowed_ids:
            rest = rest.replace(token, "")
        for pattern in ALLOWED:
            rest = pattern.sub("", rest)
        if LATIN.search(rest):
            left.append(line.strip())
    return left


@pytest.mark.parametrize("language", ["uk", "ru"])
async def test_no_screen_shows_an_english_word(catalog, language):
    allowed_ids = ids(catalog)
    found: dict[str, list[str]] = {}
    app = make_app(catalog=catalog, language=language)
    async with app.run_test(size=(80, 24)) as pilot:
        for name, open_screen in SCREENS.items():
            app.wipe()
            app.reset_to(StartScreen())
            await pilot.pause()
            await open_screen(pilot)
            text = visible_text(app) + "\n" + screen_text(app.screen)
            if left := english_left(text, allowed_ids):
                found[name] = left
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_the_allow_list_lets_no_english_word_through():
    text = "Esc Закрити F12 Швидкий вихід ^p Команди\n[x] ILO CTX UA-63 ~/направлення.md md v0.1.0\nesc Dismiss menu"
    assert english_left(text, ["ilo-adult-labour"]) == ["esc Dismiss menu"]
    assert english_left("Пошук у назві або id…", []) == ["Пошук у назві або id…"]
