"""The Textual application and its one factory, shared by the command line and the tests.

The app owns the screening's state (`session`, the set-up being entered, the free text,
any built note) so that one method, `wipe()`, forgets all of it: on quick exit, after
inactivity, on a crash and on quit. Framework exits that would leak (the palette's
Screenshot command, the crash report that prints local variables) are shut here.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from typing import TYPE_CHECKING, Any, Callable, Generic, Iterable, TypeVar

from rich.text import Text
from textual import events
from textual.app import App, SystemCommand
from textual.screen import Screen

from screening import __version__
from screening.engine.state import ScreeningState
from screening.tui.keys import Key, localize_bindings
from screening.tui.screens.idle import IdleWarningScreen
from screening.tui.screens.neutral import NeutralScreen
from screening.tui.screens.start import StartScreen
from screening.tui.strings import next_language, t

if TYPE_CHECKING:  # the data layer (pydantic and the catalog) loads on first use, after the first paint
    from screening.catalog.data import Catalog
    from screening.engine.session import Session, Setup

WARNING_SECONDS = 60.0
PRELOAD_DELAY = 0.3  # seconds after the first paint before the data layer loads in a thread

# F12 is the quick-exit key; Ctrl+X does the same on laptops whose F-keys need Fn.
APP_KEYS = [
    Key("f12,ctrl+x", "quick_exit", "k_quick_exit", key_display="F12", priority=True),
    Key("f3", "cycle_language", "k_language", key_display="F3", priority=True),
    Key("ctrl+q", "quit", "", priority=True),  # in the palette; the footer has no room at 80 columns
]



T = TypeVar("T")

class _state_field(Generic[T]):
    """An app attribute that is a field of the app's ScreeningState, read-only: the screens read
    it (self.app.free_text) and change it through the app's intents (set_up, free_text_changed...);
    the app itself writes self.state."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, app: ScreeningApp, owner: type | None = None) -> T:
        return getattr(app.state, self.name)

    def __set__(self, app: ScreeningApp, value: T) -> None:
        raise AttributeError(f"app.{self.name} is the screening state's: change it through an intent of ScreeningApp (or app.state in a test)")


class ScreeningApp(App):
    """The checklist app."""

    CSS_PATH = "app.tcss"
    TITLE = "Screening for indicators of trafficking"
    SUB_TITLE = f"v{__version__}"
    ENABLE_COMMAND_PALETTE = True

    def __init__(
        self,
        *,
        catalog: Catalog | None = None,
        language: str = "en",
        inactivity_minutes: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self._catalog = catalog
        self.ui_language = language
        self.inactivity_minutes = inactivity_minutes
        self.clock = clock
        self.last_activity = clock()
        self._catalog_lock = threading.Lock()
        # The screening's state, in one object (screening/engine/state.py): what wipe() forgets.
        self.state = ScreeningState()
        self._clearing: threading.Thread | None = None
        localize_bindings(self, APP_KEYS, language)

    @property
    def catalog(self) -> Catalog:
        """The indicator sets and forms, loaded when a screen first needs them.

        The start screen needs none of it, so the app paints first (a start about twice as
        fast on an old laptop; see docs/performance.md). Kept in memory only.

        Once loaded, the catalog (and every module imported so far) lives as long as the app:
        `gc.freeze()` takes those objects out of the collector's generations, so the full
        collections that composing the next screens sets off no longer walk them (figure 7:
        about 0.07 s less on the way to the first question). `on_unmount` gives them back.
        """
        with self._catalog_lock:  # the preload thread and a screen may ask at the same moment
            if self._catalog is None:
                from screening.catalog.data import load_catalog

                catalog = load_catalog()
                if not catalog.questionnaires:  # without shipped forms, the format examples stand in
                    catalog = load_catalog(include_examples=True)
                self._catalog = catalog
                gc.collect(1)  # the young garbage of the load (cheap): not to be kept for good
                gc.freeze()
        return self._catalog

    def preload(self) -> None:
        """While the start screen is read: import what the set-up, consent and question screens
        need (pydantic and the models among it) and load the catalog, in a thread, so that the
        first question is not kept waiting (docs/performance.md, figure 7). Nothing personal is
        involved: these are the shipped indicator sets and forms. A failure here is reported
        when a screen asks for the catalog."""
        import screening.tui.screens.consent  # noqa: F401
        import screening.tui.screens.question  # noqa: F401
        import screening.tui.screens.setup  # noqa: F401

        self.catalog

    # --- life cycle -------------------------------------------------------------

    def on_mount(self) -> None:
        self.title = t("app_title", self.ui_language)
        self.push_screen(StartScreen())
        self.set_interval(1.0, self.check_inactivity)
        # After the first paint, and a moment later: the start screen settles first (layout,
        # footer) on a slow laptop, and nobody reads its promise in less than a second.
        self.call_after_refresh(self.set_timer, PRELOAD_DELAY, self._start_preload)

    def on_unmount(self) -> None:
        gc.unfreeze()  # a process that runs apps one after another (the tests) can free them again

    def _start_preload(self) -> None:
        if self._catalog is None:
            self.run_worker(self.preload, thread=True, exit_on_error=False, group="preload", name="preload")

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseDown)):
            self.last_activity = self.clock()
        await super().on_event(event)

    # The screens read and write the state's fields as the app's (self.app.session ...): each is
    # the one ScreeningState's field, so that there is nowhere else for a screening to keep data.
    session: _state_field[Session | None] = _state_field("session")
    pending_setup: _state_field[Setup | None] = _state_field("pending_setup")
    free_text: _state_field[str | None] = _state_field("free_text")
    note: _state_field[Any] = _state_field("note")
    urgent_seen: _state_field[set[str]] = _state_field("urgent_seen")
    urgent_needs: _state_field[set[str]] = _state_field("urgent_needs")
    copied: _state_field[list[str]] = _state_field("copied")  # what this app put on the clipboard, deleted from tmux on wipe

    def has_data(self) -> bool:
        return self.state.has_data()

    def wipe(self) -> None:
        """Forget the screening: answers, set-up, free text, any built note, the clipboard copy."""
        try:
            self.clear_clipboard()  # needs `copied`: before the state goes
        finally:
            self.forget_now()
        self.clear_notifications()

    def copy_to_clipboard(self, text: str) -> None:
        """Copy (OSC 52), remembering the text so that a wipe can delete it from tmux too."""
        if text:
            self.copied.append(text)
        super().copy_to_clipboard(text)

    def clear_clipboard(self) -> None:
        """Empty the terminal's clipboard (an empty OSC 52, sent every time: the terminal may hold
        what was copied before) and delete the tmux buffers holding what this app copied, in a
        thread so that quick exit never waits (quit waits for it; docs/privacy.md)."""
        copied, self.state.copied = self.state.copied, []
        super().copy_to_clipboard("")
        if copied and os.environ.get("TMUX"):  # only then: the export package loads pydantic
            from screening.export.clipboard import clear_tmux_buffers_soon

            self._clearing = clear_tmux_buffers_soon(copied)

    def reset_to(self, screen: Screen) -> None:
        """Drop every screen (and the state its widgets hold) and show `screen`."""
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.push_screen(screen)

    # --- screening ---------------------------------------------------------------

    def start_session(self, session: Session) -> None:
        from screening.tui.screens.question import QuestionScreen

        self.state.session = session
        self.state.pending_setup = None
        self.back_to_start()
        self.push_screen(QuestionScreen())

    # --- intents: the screens change the screening's state only through these ------------
    # (they read it as self.app.session, self.app.free_text...; see _state_field)

    def set_up(self, setup: Setup) -> None:
        """The set-up screen's choices, kept until consent starts the screening."""
        self.state.pending_setup = setup

    def free_text_changed(self, text: str) -> None:
        self.state.free_text = text or None

    def note_built(self, note: Any) -> None:
        """The note last built (None when consent to refer is withdrawn): one id in every format."""
        self.state.note = note

    def danger_question_asked(self, question_id: str) -> None:
        """A danger question answered yes whose urgent-needs dialog has now been shown."""
        self.state.urgent_seen.add(question_id)

    def toggle_urgent_need(self, need_id: str) -> None:
        self.state.urgent_needs ^= {need_id}

    def back_to_start(self) -> None:
        """Drop the screens above the start screen (set-up, consent), keeping the start screen
        already built: composing a new one cost a repaint on the way to the first question."""
        if not any(isinstance(s, StartScreen) for s in self.screen_stack):
            self.reset_to(StartScreen())
            return
        while not isinstance(self.screen, StartScreen):
            self.pop_screen()

    def end_without_record(self) -> None:
        self.wipe()
        self.reset_to(StartScreen())
        self.notify(t("consent_ended", self.ui_language))

    def action_new_screening(self) -> None:
        from screening.tui.screens.setup import SetupScreen

        self.wipe()
        self.back_to_start()  # the start screen holds nothing of a screening; not composed again
        self.push_screen(SetupScreen())

    def action_review(self) -> None:
        from screening.tui.screens.review import ReviewScreen

        if self.session is not None and not isinstance(self.screen, ReviewScreen):
            self.push_screen(ReviewScreen())

    def action_results(self) -> None:
        from screening.tui.screens.results import ResultsScreen

        if self.session is not None and not isinstance(self.screen, ResultsScreen):
            self.push_screen(ResultsScreen())

    def open_training(self) -> None:
        self._open_trainer("TrainingMenuScreen")

    def open_catalog(self) -> None:
        self._open_trainer("CatalogBrowserScreen")

    def _open_trainer(self, name: str) -> None:
        try:
            from screening.tui import training
        except ImportError:
            self.notify(t("not_installed", self.ui_language))
            return
        self.push_screen(getattr(training, name)(self.catalog))

    # --- quick exit, inactivity, quit --------------------------------------------

    def action_quick_exit(self) -> None:
        self.wipe()
        self.reset_to(NeutralScreen())

    def check_inactivity(self) -> None:
        """Warn a minute before the limit, wipe at the limit (the clock is injectable)."""
        if not self.has_data():
            return
        idle = self.clock() - self.last_activity
        limit = self.inactivity_minutes * 60
        if idle >= limit:
            self.action_quick_exit()
        elif idle >= limit - WARNING_SECONDS:
            remaining = int(limit - idle + 0.999)
            if isinstance(self.screen, IdleWarningScreen):
                self.screen.show(remaining)
            else:
                self.push_screen(IdleWarningScreen(remaining))

    async def action_quit(self) -> None:
        self.wipe()
        if self._clearing is not None:
            self._clearing.join(3.0)  # the process ends next: let tmux forget first (1 s per call at most)
        self.exit()

    # --- language ----------------------------------------------------------------

    def action_cycle_language(self) -> None:
        self.set_language(next_language(self.ui_language))

    def set_language(self, language: str) -> None:
        self.ui_language = language
        self.title = t("app_title", language)
        localize_bindings(self, APP_KEYS, language)
        for screen in self.screen_stack:
            apply = getattr(screen, "apply_language", None)
            if callable(apply):
                apply()

    # --- palette and crash safety ------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The neutral screen after quick exit must not offer the app's menus to an onlooker.
        if action in ("command_palette", "cycle_language") and isinstance(self.screen, NeutralScreen):
            return False
        return super().check_action(action, parameters)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        lang = self.ui_language
        yield SystemCommand(t("cmd_new", lang), t("cmd_new_help", lang), self.action_new_screening)
        yield SystemCommand(t("k_quick_exit", lang), t("cmd_quick_exit_help", lang), self.action_quick_exit)
        yield SystemCommand(t("k_language", lang), t("cmd_language_help", lang), self.action_cycle_language)
        if self.session is not None:
            yield SystemCommand(t("k_review", lang), t("cmd_review_help", lang), self.action_review)
            yield SystemCommand(t("k_results", lang), t("cmd_results_help", lang), self.action_results)
        # Textual's own commands, without "Screenshot" (it saves the screen, answers and all).
        for command in super().get_system_commands(screen):
            if "screenshot" not in command.title.lower() and command.title != "Quit":
                yield command
        yield SystemCommand(t("k_quit", lang), t("cmd_quit_help", lang), self.action_quit)

    def get_driver_class(self):
        """On Linux and macOS, Textual's driver with input that survives non-UTF-8 bytes and an exit
        that clears the screen (screening/tui/terminal.py)."""
        if os.name == "posix":
            from screening.tui.terminal import ScreeningDriver

            return ScreeningDriver
        return super().get_driver_class()

    def forget_now(self) -> None:
        """Drop the screening's state without touching the screen (safe inside a signal handler):
        every field emptied in place, then the object replaced."""
        state, self.state = self.state, ScreeningState()
        state.wipe()

    def close_on_signal(self, code: int) -> None:
        """SIGTERM, SIGHUP...: wipe, then close as on quit (the driver clears and restores the terminal)."""
        try:
            self.wipe()
        except Exception:
            self.forget_now()
        self.exit(return_code=code)

    def _handle_exception(self, error: Exception) -> None:
        """Never print a traceback (Textual's shows local variables, answers among them)."""
        try:
            self.wipe()
        except Exception:  # the app is already failing: forget the state without the extras
            self.forget_now()
        self._return_code = 1
        if self._exception is None:
            self._exception = error
            self._exception_event.set()
        self._exit_renderables.clear()
        self._exit_renderables.append(Text(t("crash", self.ui_language)))
        self._close_messages_no_wait()


def make_app(
    *,
    language: str = "en",
    inactivity_minutes: float = 10.0,
    catalog: Catalog | None = None,
    clock: Callable[[], float] | None = None,
) -> ScreeningApp:
    """The one way to build the app, for the command line and the tests alike."""
    return ScreeningApp(
        catalog=catalog,
        language=language,
        inactivity_minutes=inactivity_minutes,
        clock=clock or time.monotonic,
    )


def run_app(*, language: str = "en", inactivity_minutes: float = 10.0) -> int:
    app = make_app(language=language, inactivity_minutes=inactivity_minutes)
    if os.name == "posix":
        from screening.tui.terminal import install_signal_handlers

        install_signal_handlers(app, app.forget_now, app.close_on_signal)
    app.run()
    return app.return_code or 0
