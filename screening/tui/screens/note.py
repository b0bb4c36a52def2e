"""The referral note: consent asked again, optional free text shown redacted, then export to
a file the screener chooses (or the clipboard). The only write the program ever makes.

A failed write shows the reason and keeps the screening, so the screener can try another
path; an existing file is replaced only after a confirmation.
"""

from __future__ import annotations


from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Header, Input, Label, Select, Static, TextArea

from screening.export import FORMATS, SUFFIXES, ExportError, ExportExists, export_warning, render, write_export
from screening.referral import POLICE_INVOLVEMENT, NoteError, build_note, redacted_free_text
from screening.tui.flow import directory
from screening.tui.keys import Key
from screening.tui.screens.base import AppScreen
from screening.tui.strings import export_problem
from screening.tui.widgets import AppFooter


class NoteScreen(AppScreen):
    KEYS = [Key("escape", "app.pop_screen", "k_back", key_display="Esc")]

    def __init__(self) -> None:
        super().__init__()
        self.consent: bool | None = None
        self.police = "not-asked"
        self.fmt = "md"
        self.path = "~/referral-note.md"  # expanded when written; the screen never shows a user name

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
            yield TextArea(self.app.free_text or "", id="free-text", soft_wrap=True)
            yield Static(self.t("note_preview"), classes="field-title")
            yield Static(self.preview(), id="preview", markup=False)
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

    # --- inputs --------------------------------------------------------------------

    def preview(self) -> str:
        try:
            shown = redacted_free_text(self.app.free_text, self.app.session.setup.language)
        except NoteError as error:
            return str(error)
        return shown or "—"

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "consent":
            self.consent = {"yes": True, "no": False}.get(event.value)
            if self.consent is False:
                self.app.note = None
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

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self.app.free_text = event.text_area.text or None
        self.query_one("#preview", Static).update(self.preview())

    def on_input_changed(self, event: Input.Changed) -> None:
        self.path = event.value

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.export()  # Enter after typing the path does what the screener expects

    def set_status(self, text: str) -> None:
        self.query_one("#status", Static).update(text)

    # --- the note ------------------------------------------------------------------

    def build(self):
        """The note from the current screening, or None (with the reason shown)."""
        if self.consent is not True:
            self.set_status(self.t("note_no_consent"))
            return None
        session = self.app.session
        found = directory(self.app.catalog)
        try:
            note = build_note(
                self.app.catalog, session.setup, session.indicator_answers(),
                urgent_needs=sorted(self.app.urgent_needs), police_involvement=self.police,
                consent_to_refer=True, free_text=self.app.free_text, form_id=session.form.id,
                directory_id=found.id if found else "ukraine-referral",
                note_id=getattr(self.app.note, "note_id", None),  # one screening, one note id in every format
            )
        except (NoteError, KeyError, ValueError) as error:
            self.set_status(self.t("note_error", error=error))
            return None
        self.app.note = note
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
        except ExportError as error:
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
