"""The note as a person reads it: Markdown and plain text, in the note's language.

Both say plainly that the note decides nothing about anyone being a victim and that
"no indicators found" does not rule trafficking out. Labels come from the shipped data
when it is at hand (so a note can be read in another language); otherwise the labels
stored in the note are used as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from screening.i18n.results import role_text, verdict_text
from screening.i18n.locale import Strings
from screening.models.note import ReferralNote

# The note's words in English; their uk and ru are in the catalogues of screening/locale (msgctxt
# "note.<key>"; after a change, run python -m screening.tui.update_translations, docs/translation.md).
WORDS = Strings({
    "title": "Anonymised referral note",
    "disclaimer": "This note does not decide that anyone is a victim of trafficking: status is decided by the authorities. \"No indicators found\" does not rule out trafficking. The note holds no personal data.",
    "note_id": "Note id",
    "month": "Month of screening",
    "age_band": "Age band",
    "oblast": "Region",  # the names say "oblast" themselves
    "screener_role": "Screener's role",
    "language": "Interview language",
    "consent": "Consent to refer",
    "results": "Results by indicator set",
    "dimensions": "Dimensions present",
    "indicators": "Indicators present",
    "could_change": "The result could change with more answers.",
    "urgent": "Urgent needs",
    "police": "Police involvement",
    "targets": "Where to refer",
    "versions": "Data used (version, SHA-256)",
    "free_text": "Notes (redacted)",
    "none_observed": "None observed.",
    "none": "none",
    "no_contact": "no single number: find the local service",
    "yes": "yes",
    "no": "no",
    "not_given": "not given",
    "abroad": "abroad",
    # the PDF: page numbers, and characters its font cannot show (in the PDF, and on export)
    "page": "Page {n} of {m}",
    "left_out": "Some characters (such as emoji) cannot be shown in this PDF and were left out; each place is marked {mark}. The md, txt and json versions of this note keep them.",
    "left_out_export": "The PDF leaves out characters its font cannot show (such as emoji), {n} in all, marked {mark} in it; export md, txt or json to keep them.",
}, context="note.")
POLICE = Strings({
    "wanted": "the person wants the police involved",
    "not-wanted": "the person does not want the police involved",
    "not-asked": "not asked",
    "declined": "declined to answer",
}, context="note.police.")
LANGUAGE_NAMES = {"en": "English", "uk": "українська", "ru": "русский"}


def say(words: Strings, key: str, language: str) -> str:
    """`key` in `language` (English when a translation is missing); a key it lacks, as it is."""
    return words(key, language) if words.has(key) else key


@dataclass(frozen=True)
class Lines:
    """The note laid out once, as (kind, text) pairs, for every human-readable format.

    Kinds: title, heading, subheading, para (a paragraph), field ("Label: value", a list
    entry in Markdown), item (a list entry), subitem (nested under the field before it),
    quote (free text, possibly several lines).
    """

    items: tuple[tuple[str, str], ...]


def layout(note: ReferralNote, language: str) -> Lines:
    """Headings, fields, list items and paragraphs: what md, txt and pdf all show.

    Urgent needs come first, right under the title: they are what the receiving service
    acts on before anything else.
    """
    from screening.catalog.data import load_catalog_or_empty

    catalog = load_catalog_or_empty()
    w = lambda key: say(WORDS, key, language)  # noqa: E731
    out: list[tuple[str, str]] = [("title", w("title"))]

    needs = {n.id: n for d in catalog.directories.values() for n in d.needs}
    out.append(("heading", w("urgent")))
    for need_id in note.urgent_needs or ():
        out.append(("item", needs[need_id].label.get(language) if need_id in needs else need_id))
    if not note.urgent_needs:
        out.append(("para", w("none")))
    out.append(("para", f"{w('police')}: {say(POLICE, note.police_involvement, language)}"))

    out += [
        ("para", w("disclaimer")),
        ("field", f"{w('note_id')}: {note.note_id}"),
        ("field", f"{w('month')}: {note.month}"),
        ("field", f"{w('age_band')}: {note.age_band}"),
        ("field", f"{w('oblast')}: {_oblast(note.oblast, language)}"),
        ("field", f"{w('screener_role')}: {role_text(note.screener_role, language)}"),
        ("field", f"{w('language')}: {LANGUAGE_NAMES.get(note.language, note.language)}"),
        ("field", f"{w('consent')}: {w('yes') if note.consent_to_refer else w('no')}"),
        ("heading", w("results")),
    ]
    for result in note.results:
        indicator_set = catalog.sets.get(result.set)
        title = indicator_set.info.title.get(language) if indicator_set else result.set
        out.append(("subheading", f"{title} ({result.set})"))
        out.append(("para", verdict_text(result.verdict, language)))
        if result.dimensions_present:
            names = [indicator_set.dimension(d).label.get(language) if indicator_set and _has_dim(indicator_set, d) else d for d in result.dimensions_present]
            out.append(("field", f"{w('dimensions')}: {', '.join(names)}"))
        if result.indicators_present:
            out.append(("field", f"{w('indicators')}:"))
            for item in result.indicators_present:
                label = item.label
                if indicator_set and indicator_set.has(item.id) and language != note.language:
                    label = indicator_set.indicator(item.id).label.get(language)
                out.append(("subitem", f"{label} [{item.id}]"))
        if result.verdict is None and not result.indicators_present:
            out.append(("para", w("none_observed")))
        if result.could_change:
            out.append(("para", w("could_change")))
    services = {s.id: s for d in catalog.directories.values() for c in d.countries for s in c.services}
    out.append(("heading", w("targets")))
    for target in note.referral_targets:
        name = target.name
        if language != note.language and target.service in services:
            name = services[target.service].name.get(language)
        if target.contact is None:
            name += f" ({w('no_contact')})"
        elif target.contact not in name:
            name += f": {target.contact}"
        out.append(("item", f"{name} — {target.reason}"))
    if not note.referral_targets:
        out.append(("para", w("none")))
    if note.free_text:
        out += [("heading", w("free_text")), ("quote", note.free_text)]
    out.append(("heading", w("versions")))
    for version in note.data_versions:
        out.append(("item", f"{version.id} {version.version} sha256:{version.sha256}"))
    return Lines(tuple(out))


def _oblast(code: str | None, language: str) -> str:
    """The oblast's name in `language` (the note's JSON keeps the ISO 3166-2:UA code)."""
    if code is None:
        return say(WORDS, "not_given", language)
    if code == "abroad":
        return say(WORDS, "abroad", language)
    from screening.i18n.oblasts import oblast_name

    return oblast_name(code, language)


def _has_dim(indicator_set, dimension_id: str) -> bool:
    return any(d.id == dimension_id for d in indicator_set.dimensions)


# --- Markdown -----------------------------------------------------------------------------
# A note is pasted into mail and messengers as often as it is rendered, so the Markdown must
# read as plain text: a backslash only where a character would otherwise become markup that
# changes what the note says (a link, an image, HTML, a heading or a list made from free text).

_BACKSLASH = re.compile(r"\\(?=[!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation is eaten
_HTML = re.compile(r"<(?=[A-Za-z/!?])")  # tags, comments, autolinks; "<14" stays as it is
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_LINK_TARGET = re.compile(r"\][(\[:]")  # "](" inline link/image, "][" reference, "]:" definition
_BLOCK_START = re.compile(
    r"^(?P<lead>[ \t]*)(?:"
    r"(?P<mark>#{1,6}|[-+*]|>|(?:`{3,}|~{3,}))(?=[ \t]|$|(?<=[`~>]))"  # heading, bullet, quote, fence
    r"|(?P<num>[0-9]{1,9})(?P<delim>[.)])(?=[ \t]|$)"  # ordered list
    r")"
)
_RULE = re.compile(r"^[ \t]*(?:=+|([-*_])[ \t]*(?:\1[ \t]*)+)[ \t]*$")  # setext underline or thematic break
_TABLE_RULE = re.compile(r"^[ \t|:-]*-[ \t|:-]*$")


def md_escape(text: str) -> str:
    """Escape only what Markdown would turn into a link, an image, HTML or a block of its own."""
    text = re.sub(r"\r\n?", "\n", text)  # a lone CR ends a line in Markdown too
    text = _BACKSLASH.sub(r"\\\\", text)
    text = _HTML.sub(r"\\<", text)
    text = _ENTITY.sub(r"\\&", text)
    if _LINK_TARGET.search(text):
        text = re.sub(r"([\[\]])", r"\\\1", text)
    lines = text.split("\n")
    if any("|" in line and _TABLE_RULE.match(line) for line in lines):
        lines = [line.replace("|", "\\|") for line in lines]
    return "\n".join(_escape_line_start(line) for line in lines)


def _escape_line_start(line: str) -> str:
    lead = len(line) - len(line.lstrip(" \t"))
    if line[:lead].expandtabs(4).count(" ") >= 4:  # would be an indented code block: keep the look, not the markup
        return "\u00a0" * len(line[:lead].expandtabs(4)) + line[lead:]
    if _RULE.match(line):
        stripped = line.lstrip(" \t")
        return line[: len(line) - len(stripped)] + "\\" + stripped
    match = _BLOCK_START.match(line)
    if match is None:
        return line
    prefix = match.group("lead")
    if match.group("num") is not None:
        return f"{prefix}{match.group('num')}\\{line[match.end('num'):]}"
    return f"{prefix}\\{line[len(prefix):]}"


_LIST_KINDS = ("field", "item", "subitem")
_MD_INDENT = "    "  # four spaces: a nested list in CommonMark, GitHub and Python-Markdown alike


def to_markdown(lines: Lines) -> str:
    blocks: list[list[str]] = []
    previous = None
    for kind, text in lines.items:
        safe = md_escape(text)
        if kind == "title":
            block = [f"# {safe}"]
        elif kind == "heading":
            block = [f"## {safe}"]
        elif kind == "subheading":
            block = [f"### {safe}"]
        elif kind in ("field", "item"):
            block = [f"- {safe}"]
        elif kind == "subitem":
            block = [f"{_MD_INDENT}- {safe}"]
        elif kind == "quote":
            block = [f"> {line}".rstrip() for line in safe.splitlines()] or [">"]
        else:
            block = [safe]
        # entries of one list stay together; every other block stands apart (a paragraph
        # right under a list would otherwise be read as part of its last entry)
        if blocks and previous in _LIST_KINDS and kind in _LIST_KINDS:
            blocks[-1] += block
        else:
            blocks.append(block)
        previous = kind
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def to_text(lines: Lines) -> str:
    blocks: list[list[str]] = []
    previous = None
    for kind, text in lines.items:
        if kind == "title":
            block = [text, "=" * len(text)]
        elif kind == "heading":
            block = [text, "-" * len(text)]
        elif kind == "subheading":
            block = [text]
        elif kind == "item":
            block = [f"  - {text}"]
        elif kind == "subitem":
            block = [f"  - {text}"]  # under its "Label:" line, which starts at the margin
        elif kind == "quote":
            block = [f"  | {line}".rstrip() for line in text.splitlines()]
        else:
            block = [text]
        # a heading is followed by its content directly; lists and fields stay together
        if blocks and (previous in ("heading", "subheading") or (previous in _LIST_KINDS and kind in _LIST_KINDS)):
            blocks[-1] += block
        else:
            blocks.append(block)
        previous = kind
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
