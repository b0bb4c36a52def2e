"""The Textual application and its one factory, shared by the command line and the tests."""

from __future__ import annotations

from typing import Iterable

from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from screening import __version__


class StartScreen(Screen):
    """The first screen: what the tool is, and what to do next."""

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with Vertical(id="start"):
            yield Static("Victim-screening indicator checklist", id="title")
            yield Static(
                "Screen for indicators of human trafficking, offline.\n"
                "Nothing you enter is saved. The only file written is a referral note you export.\n"
                "This tool never decides that someone is a victim.",
                id="promise",
            )
        yield Footer()


class ScreeningApp(App):
    """The checklist app."""

    TITLE = "Victim screening"
    SUB_TITLE = f"v{__version__}"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", id="quit", priority=True)]

    def __init__(self, *, language: str = "en", inactivity_minutes: float = 10.0) -> None:
        super().__init__()
        self.ui_language = language
        self.inactivity_minutes = inactivity_minutes

    def on_mount(self) -> None:
        self.push_screen(StartScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # Textual's "Screenshot" command saves the screen (answers and all) to disk.
        for command in super().get_system_commands(screen):
            if "screenshot" not in command.title.lower():
                yield command


def make_app(*, language: str = "en", inactivity_minutes: float = 10.0) -> ScreeningApp:
    return ScreeningApp(language=language, inactivity_minutes=inactivity_minutes)


def run_app(*, language: str = "en", inactivity_minutes: float = 10.0) -> int:
    make_app(language=language, inactivity_minutes=inactivity_minutes).run()
    return 0
