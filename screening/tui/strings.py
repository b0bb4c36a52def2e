"""The app's own words (not the data's), in English; their Ukrainian and Russian are in the
gettext catalogues of screening/locale (docs/translation.md).

`t(key, language)` looks a string up: msgctxt = the key, msgid = the English below. A missing
translation falls back to English and is counted in FALLBACKS, so a test can insist that the
shipped catalogues need none. `Strings` is that lookup, once: the trainer screens wrap their
own table with it (training/strings.py). Kept free of Textual so that the words can be checked
without starting the app.
"""

from __future__ import annotations

from screening.i18n.locale import Strings
from screening.tui.strings_interview import INTERVIEW_STRINGS

__all__ = ["FALLBACKS", "LANGUAGE_NAMES", "LANGUAGE_ORDER", "STRINGS", "Strings", "export_problem", "next_language", "t"]

LANGUAGE_NAMES = {"en": "English", "uk": "Українська", "ru": "Русский"}
LANGUAGE_ORDER = ("en", "uk", "ru")

# {key: English}: after a change here, run python -m screening.tui.update_translations (docs/translation.md).
STRINGS: dict[str, str] = {
    # --- keys shown in the footer ---------------------------------------------------
    "k_quick_exit": "Quick exit",
    "k_language": "Language",
    "k_quit": "Quit",
    "k_back": "Back",
    "k_skip": "Skip",
    "k_sections": "Sections",
    "k_why": "Why?",
    "k_review": "Review",
    "k_results": "Results",
    "k_change": "Change",
    "k_explain": "Explain",
    "k_note": "Referral note",
    "k_close": "Close",
    "k_agree": "Agrees",
    "k_refuse": "No consent",
    "k_goto": "Go to question",
    "k_questions": "Questions",
    "k_palette": "Commands",
    "k_palette_help": "Open the command palette",
    "ans_yes": "yes",
    "ans_no": "no",
    "ans_unknown": "don't know",
    "ans_declined": "declined",
    # --- start ----------------------------------------------------------------------
    # The title must not presume that the person is a victim (issue 13): it names what is looked for.
    "app_title": "Screening for indicators of trafficking",
    "start_title": "Screening for indicators of human trafficking",
    "start_promise": "Nothing you enter is saved. The only file written is a referral note you export.\n"
        "This tool never decides that someone is a victim.",
    "menu_new": "New screening",
    "menu_training": "Training",
    "menu_catalog": "Indicator catalog",
    "menu_language": "Language: {name}",
    "menu_about": "About & privacy",
    "start_keys": "F12 or Ctrl+X: quick exit (wipes all)   F3: language   Ctrl+P: commands",
    "not_installed": "This part is not installed in this version.",
    "about_title": "About & privacy",
    "about_text": "This checklist helps you notice indicators of human trafficking, based on the ILO "
        "operational indicators (2009), the UNODC indicator lists and documented patterns of the war "
        "in Ukraine.\n\n"
        "• It works offline and never uses the network.\n"
        "• Answers stay in memory only. Nothing is written to disk unless you export a referral note, "
        "to a file you choose.\n"
        "• A referral note holds no name, contact, document number, date of birth or address.\n"
        "• F12 (or Ctrl+X) wipes the screening at once and shows a neutral screen. After {minutes} "
        "minutes without a key press the screening is wiped too.\n"
        "• The tool shows indicators; it never decides that a person is a victim. Status is decided "
        "by the authorities (National Referral Mechanism).",
    # --- set-up ---------------------------------------------------------------------
    "setup_title": "Set-up",
    "setup_never": "Never enter a name or a date of birth — none is asked for.",
    "setup_role": "Your role",
    "setup_language": "Interview language",
    "setup_age": "Age band of the person",
    "setup_context": "Kind of exploitation, if known",
    "setup_oblast": "Oblast (optional)",
    "setup_continue": "Continue",
    "setup_need_age": "Choose the age band first.",
    "setup_no_form": "No questionnaire is installed for this age group.",
    "choose": "Choose…",
    "oblast_abroad": "Abroad",
    "oblast_none": "Not recorded",
    "role_social-worker": "Social worker",
    "role_child-services": "Child services",
    "role_police": "Police officer",
    "role_ngo-outreach": "NGO outreach worker",
    "role_hotline": "Hotline consultant",
    "role_border-reception": "Border or reception-centre staff",
    "role_health-worker": "Health worker",
    "role_other": "Other",
    "age_<14": "under 14 (child)",
    "age_14-17": "14–17 (child)",
    "age_18-24": "18–24",
    "age_25-59": "25–59",
    "age_60+": "60 and over",
    "ctx_unknown": "Not known",
    "ctx_labour": "Labour",
    "ctx_sexual": "Sexual",
    "ctx_domestic-servitude": "Domestic servitude",
    "ctx_other": "Other (begging, crime, other)",
    # --- consent --------------------------------------------------------------------
    "consent_title": "Consent",
    "consent_text": "Explain to the person before you start:\n\n"
        "• You will ask some questions about work, travel and safety. They may skip any question or "
        "stop at any time.\n"
        "• Recorded, in memory only: the answers yes / no / don't know / declined, the age band, your "
        "role and optionally the oblast.\n"
        "• Never recorded: name, date of birth, address, phone, documents.\n"
        "• Nothing is saved unless the person later agrees to a referral note.\n\n"
        "Does the person agree to the screening?",
    # A child (under 18): the parent, guardian or legal representative consents too, unless that
    # adult may be the exploiter: then the child protection service or the police decide instead.
    "consent_text_child": "Explain to the child, and to their parent, guardian or other legal representative, before you start:\n\n"
        "• You will ask some questions about school, work, travel and safety. The child may skip any "
        "question or stop at any time.\n"
        "• Recorded, in memory only: the answers yes / no / don't know / declined, the age band, your "
        "role and optionally the oblast.\n"
        "• Never recorded: name, date of birth, address, phone, documents.\n"
        "• Nothing is saved unless a referral note is agreed to later.\n"
        "• Ask the parent, guardian or legal representative for consent, and ask the child in words "
        "the child understands.\n"
        "• If that adult may be the one exploiting the child, do not ask them: contact the community's "
        "child protection service or the police juvenile prevention officers (102); abroad, the local "
        "child protection authority.\n\n"
        "Does the child agree, with the consent of the representative or of the child protection service?",
    "consent_yes": "Agrees — start",
    "consent_no": "No consent — end",
    "consent_keys": "Read the text out first. Then: Y or 1 — agrees, N or 2 — no consent (or Enter on a button).",
    "consent_ended": "Screening ended. Nothing was recorded.",
    # --- questions ------------------------------------------------------------------
    "q_progress": "Section {n} of {m} · Question {k} of {total}",
    "q_observe": "OBSERVE, DON'T ASK — record what you notice",
    "q_ask": "Ask",
    "q_current": "Answer: {answer}",
    "q_keys": "1/y yes   2/n no   3/u don't know   4/d declined",
    "q_why": "Why this is asked",
    "q_none": "No questions apply.",
    "sections_title": "Go to section",
    "urgent_title": "Urgent: possible danger",
    "urgent_text": "A danger answer was given. Ask about these needs now, before you go on.",
    "urgent_services": "Where to turn",
    "urgent_continue": "Continue the screening",
    # --- review ---------------------------------------------------------------------
    "review_title": "Review the answers",
    "review_hint": "Enter: change the selected answer   G: go to the question   F6: results",
    "review_back": "F5: back to the review",
    "review_unanswered": "{n} not answered",
    "col_section": "Section",
    "col_question": "Question",
    "col_answer": "Answer",
    "change_title": "Change the answer",
    "clear_answer": "Clear the answer",
    "cancel": "Cancel",
    # --- results --------------------------------------------------------------------
    "results_title": "Results",
    "results_dims": "Dimensions present:",
    "results_no_dims": "No dimension present.",
    "results_strong_alone": "A strong indicator answered yes is enough for some indicators, with no dimension present:",
    "results_other_yes": "Also answered yes, not enough for their dimension:",
    "results_follow": "What could change the result — ask about:",
    "results_hidden_by": "(hidden by an earlier answer: “{question}” — {answer})",
    "results_quote": "“{question}”",
    "results_hidden_until": "(asked only after “{question}” is answered)",
    "results_hidden_setup": "(hidden by the set-up: {field})",
    "results_not_asked": "(no question of this form asks about it)",
    "results_urgent": "Urgent needs:",
    "results_no_urgent": "No urgent need flagged.",
    "results_never": "This shows indicators; it never decides that a person is a victim. Status is decided by the authorities.",
    "results_hint": "F7: explanation down to the sources   F8 or Enter: referral note",
    "explain_title": "Explanation",
    # --- note -----------------------------------------------------------------------
    "note_title": "Anonymised referral note",
    "note_consent": "Does the person agree to be referred? Ask again now.",
    "note_consent_yes": "Agrees to referral",
    "note_consent_no": "Does not agree",
    "note_free_text": "Optional note (no names, phones or addresses; it is redacted):",
    "note_count": "Characters: {count} of {limit}. Copying from this field is off.",
    "note_too_long_redacted": "After redaction the note is too long ({count} characters, at most {limit}). Shorten it.",
    "note_preview": "Exported as:",
    "note_format": "Format",
    "note_path": "Save to (file path)",
    "note_export": "Export",
    "note_copy": "Copy to clipboard",
    "note_saved": "Saved to {path}",
    "note_copied": "Copied to the clipboard.",
    "note_failed": "Could not write the file. {error} Nothing was lost; try another path.",
    # one per REASONS in screening/export/files.py (the CLI keeps the English message)
    "export_missing-folder": "The folder {folder} does not exist. Choose an existing folder.",
    "export_read-only": "The folder {folder} is read-only or you may not write there. Choose another one (your home folder or a USB stick).",
    "export_disk-full": "The disk holding {folder} is full. Free some space or choose another place.",
    "export_is-directory": "{path} is a folder. Add a file name, for example {path}/note.md.",
    "export_name-too-long": "The file name {name} is too long. Choose a shorter one.",
    "export_exists": "{path} already exists.",
    "export_other": "The system refused to write {path}.",
    "export_unknown-home": "There is no home folder {path} on this computer. To save in your own home folder, begin the path with ~/ (for example ~/referral-note.md).",
    "export_symlink": "{path} is a symbolic link, or one is on the way to it; links are never followed or replaced. Choose another file name.",
    "export_special-file": "{path} is not an ordinary file (a device or a pipe); it is not replaced. Choose another file name.",
    "export_bad-name": "The file name holds characters this computer cannot use in a name. Choose another one.",
    "note_overwrite": "Replace it?",
    "note_no_consent": "Without consent no note is written. You can still use the results.",
    "note_need_path": "Enter a file path first.",
    "yes": "Yes",
    "no": "No",
    "note_police": "Police involvement",
    "police_wanted": "Wanted by the person",
    "police_not-wanted": "Not wanted",
    "police_not-asked": "Not asked",
    "police_declined": "Declined to say",
    "note_error": "The note cannot be made: {error}",
    "note_hint": "The note holds no name, contact or date of birth: only the age band, role, oblast, results, needs and services.",
    "urgent_none": "No urgent need marked.",
    "urgent_mark": "Mark each need that applies (Space), then continue:",
    "k_urgent": "Urgent needs",
    "results_danger": "Danger answers: {n}. Check the urgent needs (F9).",
    # --- wipes ----------------------------------------------------------------------
    "idle_title": "Still there?",
    "idle_text": "The screening will be wiped in {seconds} s. Press any key to go on with it (nothing is saved to disk).",
    "idle_wiped": "The screening was wiped after inactivity.",
    # --- command palette ------------------------------------------------------------
    "cmd_new": "New screening",
    "cmd_new_help": "Start a new screening (the current one is wiped)",
    "cmd_quick_exit_help": "Wipe everything now and show a neutral screen",
    "cmd_language_help": "Switch the interface language",
    "cmd_review_help": "See and change every answer",
    "cmd_results_help": "See the results of this screening",
    "cmd_quit_help": "Wipe everything and close the program",
    "crash": "The program stopped because of an internal error. The screening was wiped; nothing was saved.",
}

STRINGS.update(INTERVIEW_STRINGS)  # the short interview's words, kept in their own module

t = Strings(STRINGS)
FALLBACKS = t.fallbacks


def export_problem(error: OSError, language: str) -> str:
    """An export failure in the screener's language, by the error's `reason` (see REASONS)."""
    from pathlib import Path

    path = Path(getattr(error, "path", None) or getattr(error, "filename", None) or "")
    key = f"export_{getattr(error, 'reason', 'other')}"
    return t(key if key in STRINGS else "export_other", language, path=path, folder=path.parent, name=path.name)


def next_language(language: str) -> str:
    return LANGUAGE_ORDER[(LANGUAGE_ORDER.index(language) + 1) % len(LANGUAGE_ORDER)] if language in LANGUAGE_ORDER else "en"
