"""The referral note: consent asked again, optional free text shown redacted, then export to
a file the screener chooses (or the clipboard). The only write the program ever makes.

A failed write shows the reason and keeps the screening, so the screener can try another
path; an existing file is replaced only after a confirmation.

The free text is redacted for the preview in a worker thread, 0.3 s after the last change
(a debounce), never on the UI thread: F12 acts at once however long a redaction takes, and a
redaction that ends after a quick exit is thrown away. The text area holds at most
FREE_TEXT_LIMIT characters (what a note holds; a counter says how many are used) and lets
nothing be copied out of it (`FreeTextArea`).
"""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.css.query import NoMatches
from textual.timer import Timer
from textual.widgets import Button, Header, Input, Label, Select, Static, TextArea
from textual.worker import Worker, WorkerState

from screening.redact.clean_text import strip_controls

from screening.export import FORMATS, SUFFIXES, ExportExists, export_warning, render, write_export
from screening.export.referral import FREE_TEXT_LIMIT, POLICE_INVOLVEMENT, NoteError, build_note
from screening.engine.policy import DEFAULT_DIRECTORY
from screening.tui.flow import directory
from screening.tui.keys import Key
from screening.tui.screens.base import AppScreen
from screening.tui.strings import export_problem
from screening.tui.free_text import FreeTextArea
from screening.tui.widgets import AppFooter

PREVIEW_DELAY = 0.3  # seconds after the last key before the preview is redacted again


def redact_for_preview(text: str | None, language: str) -> tuple[str | None, int]:
    """The free text as a note would hold it (cleaned, redacted, trimmed) and its length.

    Pure and thread-safe: it runs in a worker thread. The same steps as
    `screening.export.referral.redacted_free_text`, without its length error, so the screen can say
    in the screener's language that the redacted text is too long.
    """
    cleaned = strip_controls(text or "")
    if not cleaned.strip():
        return None, 0
    from screening.redact.text import redact

    shown = redact(cleaned, language=language).text.strip()
    return (shown or None), len(shown)


class NoteScreen(AppScreen):
    KEYS = [Key("escape", "app.pop_screen", "k_back", key_display="Esc")]

    def __init__(self) -> None:
        super().__init__()
        self.consent: bool | None = None
        self.police = "not-asked"
        self.fmt = "md"
        self.path = "~/referral-note.md"  # expanded when written; the screen never shows a user name
        self._shown = "—"  # the last redacted preview (never the unredacted text)
        self._debounce: Timer | None = None
        self._preview_worker: Worker | None = None

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with VerticalScroll(id="note"):
            yield Static(self.t("note_title"), classes="heading")
            yield Static(self.t("note_hint"), classes="hint")
            yield Static(self.t("note_consent"), classes="field-title")
            consent = {True: "yes", False: "no", None: Select.NULL}[self.consent]
            yield Select([(self.t("note_consent_yes"), "yes"), (self.t("note_consent_no"), "no")], value=consent,
                         prompt=self.t("choose"), compact=True, id="consent")
            with Horizontal(classes="field"):
                yield Label(self.t("note_police"), classes="field-label")
                yield Select([(self.t(f"police_{p}"), p) for p in POLICE_INVOLVEMENT], value=self.police, allow_blank=False, compact=True, id="police")
            yield Static(self.t("note_free_text"), classes="field-title")
            yield FreeTextArea(self.app.free_text or "", max_length=FREE_TEXT_LIMIT, id="free-text", soft_wrap=True)
            yield Static(self.count_text(), id="free-text-count", classes="hint", markup=False)
            yield Static(self.t("note_preview"), classes="field-title")
            yield Static(self._shown, id="preview", markup=False)
            with Horizontal(classes="field"):
                yield Label(self.t("note_format"), classes="field-label")
                yield Select([(f, f) for f in FORMATS], value=self.fmt, allow_blank=False, compact=True, id="format")
            yield Label(self.t("note_path"))
            yield Input(self.path, id="path")
            with Horizontal(classes="buttons"):
                yield Button(self.t("note_export"), id="export", variant="primary")
                yield Button(self.t("note_copy"), id="copy")
            yield Static(id="status", markup=False)
        yield AppFooter()

    def on_mount(self) -> None:
        self.query_one("#consent", Select).focus()  # the first thing to settle: asked again
        if self.app.free_text:
            self.start_preview()

    def apply_language(self) -> None:
        super().apply_language()
        if self.app.free_text:
            self.start_preview()  # a too-long message is in the screener's language

    # --- the free text and its preview ---------------------------------------------

    def count_text(self) -> str:
        return self.t("note_count", count=len(self.app.free_text or ""), limit=FREE_TEXT_LIMIT)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if self.app.session is None:  # wiped (quick exit): a late change must not bring the text back
            return
        text = event.text_area.text
        self.app.free_text_changed(text)
        self._update("#free-text-count", self.count_text())
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(PREVIEW_DELAY, self.start_preview)

    def start_preview(self) -> None:
        """Redact the current free text in a thread; the newest run replaces any older one."""
        self._debounce = None
        session = self.app.session
        if session is None:
            return
        self._preview_worker = self.run_worker(
            partial(redact_for_preview, self.app.free_text, session.setup.language),
            name="preview", group="preview", thread=True, exclusive=True, exit_on_error=False,
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker is not self._preview_worker or self.app.session is None:
            return  # an older run, or the screening is gone
        if event.state == WorkerState.SUCCESS:
            result = worker.result
            assert result is not None  # a finished redact_for_preview: (shown, length)
            shown, length = result
            if length > FREE_TEXT_LIMIT:
                self._shown = self.t("note_too_long_redacted", count=length, limit=FREE_TEXT_LIMIT)
            else:
                self._shown = shown or "—"
        elif event.state == WorkerState.ERROR:  # the kind only: an error's text could quote the free text
            self._shown = self.t("note_error", error=type(worker.error).__name__)
        else:
            return
        self._update("#preview", self._shown)

    def _update(self, selector: str, text: str) -> None:
        try:
            self.query_one(selector, Static).update(text)
        except NoMatches:  # between a language switch's teardown and its recompose
            pass

    # --- inputs --------------------------------------------------------------------

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "consent":
            self.consent = {"yes": True, "no": False}.get(event.value) if isinstance(event.value, str) else None
            if self.consent is False:
                self.app.note_built(None)
                self.set_status(self.t("note_no_consent"))
            else:
                self.set_status("")
        elif event.select.id == "police":
            self.police = str(event.value)
        elif event.select.id == "format":
            old_suffix = SUFFIXES[self.fmt]
            self.fmt = str(event.value)
            path_input = self.query_one("#path", Input)
            if path_input.value.endswith(old_suffix):
                path_input.value = path_input.value[: -len(old_suffix)] + SUFFIXES[self.fmt]

    def on_input_changed(self, event: Input.Changed) -> None:
        self.path = event.value

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.export()  # Enter after typing the path does what the screener expects

    def set_status(self, text: str) -> None:
        self._update("#status", text)

    # --- the note ------------------------------------------------------------------

    def build(self):
        """The note from the current screening, or None (with the reason shown)."""
        if self.consent is not True:
            self.set_status(self.t("note_no_consent"))
            return None
        session = self.app.session
        found = directory(self.app.catalog)
        from screening.engine.interview import askable_indicators

        try:
            note = build_note(
                self.app.catalog, session.setup, session.indicator_answers(),
                urgent_needs=sorted(self.app.urgent_needs), police_involvement=self.police,
                consent_to_refer=True, free_text=self.app.free_text, form_id=session.form.id,
                directory_id=found.id if found else DEFAULT_DIRECTORY,
                note_id=getattr(self.app.note, "note_id", None),  # one screening, one note id in every format
                askable=askable_indicators(session.form, session.setup, session.answers),
            )
        except (NoteError, KeyError, ValueError) as error:
            self.set_status(self.t("note_error", error=error))
            return None
        self.app.note_built(note)
        return note

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export":
            self.export()
        elif event.button.id == "copy":
            self.copy()

    def export(self, overwrite: bool = False) -> None:
        path = self.query_one("#path", Input).value.strip()
        if not path:
            self.set_status(self.t("note_need_path"))
            return
        note = self.build()
        if note is None:
            return
        try:
            written = write_export(note, path, self.fmt, overwrite=overwrite)
        except ExportExists as exists:
            from screening.tui.screens.confirm import ConfirmScreen

            def decided(replace: bool | None) -> None:
                if replace:
                    self.export(overwrite=True)

            self.app.push_screen(ConfirmScreen(f'{export_problem(exists, self.lang)} {self.t("note_overwrite")}'), decided)
            return
        except OSError as error:  # ExportError, and anything else the system says
            # in the screener's language, by kind; the screening stays, so they can try again
            self.set_status(self.t("note_failed", error=export_problem(error, self.lang)))
            return
        self.set_status(self.t("note_saved", path=written))
        self.notify(self.t("note_saved", path=written))
        warning = export_warning(note, self.fmt, self.lang)  # characters a PDF cannot show, never dropped silently
        if warning:
            self.set_status(f'{self.t("note_saved", path=written)}\n{warning}')
            self.notify(warning, severity="warning")

    def copy(self) -> None:
        note = self.build()
        if note is None:
            return
        self.app.copy_to_clipboard(render(note, "txt").decode("utf-8"))
        self.set_status(self.t("note_copied"))
