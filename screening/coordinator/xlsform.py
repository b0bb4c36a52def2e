"""A questionnaire as an XLSForm, for organisations that already collect data with ODK or KoboToolbox.

XLSForm is the spreadsheet format those tools turn into XForms. What the conversion does:

* **Sheets.** `survey` (the questions), `choices` (answer lists), `settings`
  (form_id, version, default_language, and the `screening` namespace).
* **Languages.** Every label and hint has `label::English (en)`, `label::Українська (uk)`
  and `label::Русский (ru)` columns (`hint::…` likewise); a missing translation is
  filled with the English text, as the app does.
* **Answers.** Each question is `select_one answer`: yes / no / don't know / declined,
  labelled per language ("declined" is always possible and never counts as "no").
* **Names.** XLSForm names become XML element names and column names in every
  export, where '-' is a nuisance: a question id `q-job-as-promised` becomes the
  name `q_job_as_promised` ('-' -> '_'; a leading digit gets `q_` in front). The
  original id is kept in `bind::screening:id` and the question's indicator ids,
  space-separated, in `bind::screening:indicators`; both survive into the XForm as
  attributes of the question's bind. Two ids that would share a name are an error.
* **Skip logic** becomes `relevant` (XPath): a question condition is
  `selected(${q}, 'yes') or selected(${q}, 'unknown')`; `all_of` / `any_of` / `not`
  become `and` / `or` / `not(…)`. Conditions on the set-up (`age_band`,
  `screener_role`, `exploitation_context`) refer to set-up questions asked at the start
  (age band always; the others when the form's conditions use them).
* **Sections** become groups named `section_<id>` (`begin_group` / `end_group`), a section's `show_if` the
  group's `relevant`. An observation section starts with a note saying to observe, not
  ask, and each of its questions' hints begins with the same words.
* **The short interview's order** (`order="short"`, the default when the form has a
  `short_interview.core`): a first group `short_core` asks the core questions in the core's
  order, each with its own and its section's skip logic as `relevant` and
  `bind::screening:core` = `yes`; the sections follow with the other questions. A core
  question whose skip logic names a question not yet asked stays in its section (still marked
  core), since a question placed before the one that opens it would never be shown. What XLSForm
  cannot express is the app's rule that a question is asked only while it can still change a
  verdict (it needs the scoring engine): in ODK/Kobo every other shown question is asked, as
  in the app's full form. `order="form"` keeps the form's own order.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable

from screening.i18n.locale import Strings
from screening.i18n.results import ANSWER_TEXT, ROLE_TEXT
from screening.models.common import AGE_BANDS, ANSWERS, LANGUAGES, LocalText
from screening.models.forms import QuestionIn, Questionnaire, SetupIn, ShowAllOf, ShowAnyOf, ShowCondition, ShowNot
from screening.models.common import SCREENER_ROLES

LANGUAGE_NAMES = {"en": "English (en)", "uk": "Українська (uk)", "ru": "Русский (ru)"}
NAMESPACE = 'screening="urn:victim-screening:xlsform"'
SETUP_FIELDS = ("age_band", "screener_role", "exploitation_context")

# The form's own words in English; their uk and ru are in the catalogues of screening/i18n/locale
# (msgctxt "xlsform.setup.<key>", "xlsform.age.<band>", "xlsform.<key>"; after a change, run
# python -m screening.tui.update_translations, docs/translation.md). Every label column is filled
# by looking each language up in turn (_every_language).
SETUP_TEXT = Strings({
    "age_band": "Age band of the person",
    "screener_role": "Your role",
    "exploitation_context": "Context of possible exploitation",
    "setup": "Before the questions",
}, context="xlsform.setup.")
AGE_TEXT = Strings({"<14": "under 14", "60+": "60 or older"}, context="xlsform.age.")  # other bands say themselves
WORDS = Strings({
    "unknown": "not known",
    "observe": "Observe; do not ask.",
    "core": "First questions (the short interview's core)",
}, context="xlsform.")


class XLSFormError(ValueError):
    """The questionnaire cannot be written as a valid XLSForm (e.g. two ids, one name)."""


def xml_name(identifier: str) -> str:
    """The XLSForm name of an id: '-' -> '_', and `q_` before a leading digit."""
    name = identifier.replace("-", "_")
    return f"q_{name}" if not re.match(r"[A-Za-z_]", name) else name


def _every_language(words: Strings, key: str) -> dict[str, str]:
    """{language: text} of one key of a table of the program's words, each language looked up in turn."""
    return {language: words(key, language) for language in LANGUAGES}


def _texts(local: LocalText | dict[str, str] | None, prefix: dict[str, str] | None = None) -> list[str]:
    out = []
    for language in LANGUAGES:
        text = "" if local is None else (local.get(language) if isinstance(local, LocalText) else local.get(language) or local["en"])
        if prefix:
            text = f"{prefix[language]} {text}".strip()
        out.append(text)
    return out


def _setup_used(form: Questionnaire) -> dict[str, list[str]]:
    """Set-up fields the form's conditions use, with every value they name."""
    used: dict[str, list[str]] = {"age_band": []}

    def walk(condition: ShowCondition | None) -> None:
        if isinstance(condition, (ShowAllOf, ShowAnyOf)):
            for c in condition.all_of if isinstance(condition, ShowAllOf) else condition.any_of:
                walk(c)
        elif isinstance(condition, ShowNot):
            walk(condition.not_)
        elif isinstance(condition, SetupIn):
            values = used.setdefault(condition.setup, [])
            values.extend(v for v in condition.in_ if v not in values)

    for section in form.sections:
        walk(section.show_if)
        for question in section.questions:
            walk(question.show_if)
    return used


def relevant(condition: ShowCondition | None, names: dict[str, str]) -> str:
    """The XPath `relevant` expression of a skip condition ('' when always shown)."""
    if condition is None:
        return ""
    if isinstance(condition, ShowAllOf):
        return " and ".join(f"({relevant(c, names)})" for c in condition.all_of)
    if isinstance(condition, ShowAnyOf):
        return " or ".join(f"({relevant(c, names)})" for c in condition.any_of)
    if isinstance(condition, ShowNot):
        return f"not({relevant(condition.not_, names)})"
    target = names[condition.question] if isinstance(condition, QuestionIn) else condition.setup
    for value in condition.in_:
        if "'" in value:
            raise XLSFormError(f"value {value!r} in a condition on {target!r} holds a quote; XPath cannot carry it")
    return " or ".join(f"selected(${{{target}}}, '{value}')" for value in condition.in_)


ORDERS = ("short", "form")


def _both(first: str, second: str) -> str:
    """`relevant` of a section and of its question together."""
    return f"({first}) and ({second})" if first and second else first or second


def build_sheets(form: Questionnaire, order: str = "short") -> dict[str, list[list[str]]]:
    """The three sheets as rows (header first); `write_xlsform` puts them in a workbook.

    `order`: "short" puts the short interview's core first (when the form has one); "form"
    keeps the form's order."""
    if order not in ORDERS:
        raise XLSFormError(f"order {order!r}: expected one of {', '.join(ORDERS)}")
    labels = [f"label::{LANGUAGE_NAMES[lang]}" for lang in LANGUAGES]
    hints = [f"hint::{LANGUAGE_NAMES[lang]}" for lang in LANGUAGES]
    survey = [["type", "name", *labels, *hints, "relevant", "bind::screening:id", "bind::screening:indicators", "bind::screening:core"]]
    choices = [["list_name", "name", *labels]]
    blank_hints = [""] * len(LANGUAGES)
    observe_text = _every_language(WORDS, "observe")

    names = _names(form)
    for answer in ANSWERS:
        choices.append(["answer", answer, *_texts(_every_language(ANSWER_TEXT, answer))])

    setup = _setup_used(form)
    end = ["end_group", "", *[""] * len(LANGUAGES), *blank_hints, "", "", "", ""]
    survey.append(["begin_group", "setup", *_texts(_every_language(SETUP_TEXT, "setup")), *blank_hints, "", "", "", ""])
    for field in SETUP_FIELDS:
        if field not in setup:
            continue
        survey.append([f"select_one {field}", field, *_texts(_every_language(SETUP_TEXT, field)), *blank_hints, "", field, "", ""])
        for value in _setup_values(field, setup[field]):
            choices.append([field, value, *_texts(_setup_label(field, value))])
    survey.append(end)

    def question_row(section, question, relevance: str, core: bool) -> list[str]:
        observe = section.mode == "observe"
        return [
            "select_one answer", names[question.id], *_texts(question.text),
            *_texts(question.why, observe_text if observe else None),
            relevance, question.id, " ".join(question.indicators), "yes" if core else "",
        ]

    core_ids = list(form.short_interview.core) if form.short_interview and order == "short" else []
    first = _core_first(form, core_ids)
    if first:
        where = {q.id: (s, q) for s, q in form.questions()}
        survey.append(["begin_group", "short_core", *_texts(_every_language(WORDS, "core")), *blank_hints, "", "", "", ""])
        for question_id in first:
            section, question = where[question_id]
            relevance = _both(relevant(section.show_if, names), relevant(question.show_if, names))
            survey.append(question_row(section, question, relevance, True))
        survey.append(end)

    for section in form.sections:
        rest = [q for q in section.questions if q.id not in first]
        if not rest:
            continue
        group = names[("section", section.id)]
        survey.append(["begin_group", group, *_texts(section.title), *blank_hints, relevant(section.show_if, names), section.id, "", ""])
        observe = section.mode == "observe"
        if section.intro or observe:
            survey.append(["note", f"{group}_intro", *_texts(section.intro, observe_text if observe else None), *blank_hints, "", "", "", ""])
        for question in rest:
            survey.append(question_row(section, question, relevant(question.show_if, names), question.id in core_ids))
        survey.append(end)

    settings = [
        ["form_title", "form_id", "version", "default_language", "namespaces"],
        [form.title.en, xml_name(form.id), form.version, LANGUAGE_NAMES["en"], NAMESPACE],
    ]
    return {"survey": survey, "choices": choices, "settings": settings}


def _core_first(form: Questionnaire, core_ids: list[str]) -> list[str]:
    """The core questions that can go first, in the core's order: those whose skip logic (own and
    section's) names only questions already placed before them. A question shown only after a
    later one would never be shown, so such a core question stays in its section."""
    by_id = {q.id: (s, q) for s, q in form.questions()}
    placed: list[str] = []
    for question_id in core_ids:
        section, question = by_id[question_id]
        if (_asked(section.show_if) | _asked(question.show_if)) <= set(placed):
            placed.append(question_id)
    return placed


def _asked(condition: ShowCondition | None) -> set[str]:
    """The questions a condition names."""
    if isinstance(condition, ShowAllOf):
        return set().union(*(_asked(c) for c in condition.all_of))
    if isinstance(condition, ShowAnyOf):
        return set().union(*(_asked(c) for c in condition.any_of))
    if isinstance(condition, ShowNot):
        return _asked(condition.not_)
    return {condition.question} if isinstance(condition, QuestionIn) else set()


def _names(form: Questionnaire) -> dict:
    """Question id -> name, ('section', id) -> group name; refuses two ids with one name."""
    names: dict = {}
    owner: dict[str, str] = {name: f"set-up question {name!r}" for name in ("setup", "short_core", *SETUP_FIELDS)}
    for section in form.sections:
        items: list[tuple[Any, str, str]] = [(("section", section.id), f"section {section.id!r}", section.id)]
        items += [(q.id, f"question {q.id!r}", q.id) for q in section.questions]
        for key, what, identifier in items:
            name = xml_name(identifier)
            if isinstance(key, tuple):
                name = f"section_{name}"
            for taken in (name, f"{name}_intro") if isinstance(key, tuple) else (name,):
                if taken in owner:
                    raise XLSFormError(f"{what} and {owner[taken]} would both be named {taken!r} in the XLSForm")
                owner[taken] = what
            names[key] = name
    return names


def _setup_values(field: str, used: Iterable[str]) -> list[str]:
    if field == "age_band":
        return list(AGE_BANDS)
    if field == "screener_role":
        return list(SCREENER_ROLES)
    return [*used, *(["unknown"] if "unknown" not in used else [])]


def _setup_label(field: str, value: str) -> dict[str, str]:
    if field == "age_band":
        return _every_language(AGE_TEXT, value) if AGE_TEXT.has(value) else {"en": value}
    if field == "screener_role":
        return _every_language(ROLE_TEXT, value)
    return _every_language(WORDS, "unknown") if value == "unknown" else {"en": value.replace("-", " ").replace("_", " ")}


def write_xlsform(form: Questionnaire, output: Path, *, force: bool = False, order: str = "short") -> None:
    """Write atomically with owner-only permissions; never replace a file unless `force`.

    The same writer as the referral-note exports, so its failures read the same.
    """
    import io

    from openpyxl import Workbook

    from screening.export.files import ExportExists, write_bytes_atomically

    output = Path(output)
    if output.exists() and not force:  # before building the workbook, as the old message said
        raise ExportExists(output)
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in build_sheets(form, order).items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_bytes_atomically(buffer.getvalue(), output, overwrite=force)
