"""Regenerate the gettext template from the program's English words, merge it into each
language's catalogue and recompile the .mo files the program reads (docs/translation.md).

    .venv/bin/python -m screening.tui.update_translations

The English words live in the code as tables {key: English} (TABLES below); each becomes one
message, msgctxt = the key, msgid = the English. A new key arrives in every .po untranslated;
a changed English text keeps its old translation marked fuzzy, which the program does not use
until a translator checks it and removes the flag. Files are rewritten only when their
messages change, so running it twice changes nothing. A development tool for maintainers and
translators (it needs Babel, from the `test` extra); it sits in the interface layer because it
reads the interface's tables (screening.i18n.locale, below it, must not import them).
"""

from __future__ import annotations

import importlib
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from screening.i18n import locale

ROOT = Path(__file__).resolve().parents[2]  # the checkout: source paths in the template are relative to it

DOMAIN, LANGUAGES, LOCALE_DIR = locale.DOMAIN, locale.LANGUAGES, Path(locale.LOCALE_DIR)

# Every table of the program's own words that the catalogues translate: (module, its `Strings`).
TABLES = (
    ("screening.tui.strings", "t"),
    ("screening.tui.training.strings", "s"),
    ("screening.i18n.results", "counted"),
    ("screening.i18n.results", "VERDICT_TEXT"),
    ("screening.i18n.results", "ANSWER_TEXT"),
    ("screening.i18n.results", "ROLE_TEXT"),
    ("screening.i18n.results", "WORDS"),
    ("screening.i18n.results", "_WORDS"),
    ("screening.i18n.results", "VERIFICATION_TEXT"),
    ("screening.i18n.results", "SOURCE_NAMES"),
    ("screening.export.text", "WORDS"),
    ("screening.export.text", "POLICE"),
    ("screening.cli.launch", "MESSAGES"),
    ("screening.cli.launch", "TEXTUAL_LEAKS"),
    ("screening.engine.explain", "_WORDS"),
    ("screening.export.referral", "_REASONS"),
    ("screening.coordinator.xlsform", "SETUP_TEXT"),
    ("screening.coordinator.xlsform", "AGE_TEXT"),
    ("screening.coordinator.xlsform", "WORDS"),
)
# The standard gettext rule for Ukrainian and Russian: one, few, many.
PLURAL_FORMS = "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"
LANGUAGE_NAMES = {"uk": "Ukrainian", "ru": "Russian"}


def po_file(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def english_tables() -> list[tuple[str, dict[str, str | tuple[str, str]]]]:
    """(source file, {msgctxt: English}) for every table in TABLES; a plural's English is
    (singular, plural)."""
    found = []
    for module_name, attribute in TABLES:
        module = importlib.import_module(module_name)
        source = Path(module.__file__ or "").resolve().relative_to(ROOT).as_posix()
        words: locale.Strings = getattr(module, attribute)
        messages: dict[str, str | tuple[str, str]] = {words.context + key: english for key, english in words.table.items()}
        messages.update({words.context + key: forms for key, forms in words.plurals.items()})
        found.append((source, messages))
    return found


def template() -> Catalog:
    """The .pot: one message per key of every table (a key with the same English in two
    tables is one message, listed with both files)."""
    catalog = Catalog(project="screening", domain=DOMAIN, header_comment=_header("Template for the"))
    for source, table in english_tables():
        for key, english in table.items():
            # The file without a line number: a line number would change with every edit above it.
            catalog.add(english, context=key, locations=[(source, None)])  # type: ignore[list-item]
    return catalog


def new_catalogue(language: str) -> Catalog:
    """An empty catalogue for `language` with the standard plural rule."""
    catalog = Catalog(locale=language, project="screening", domain=DOMAIN, fuzzy=False,
                      header_comment=_header(f"{LANGUAGE_NAMES[language]} translation of the"))
    catalog.mime_headers = [(k, PLURAL_FORMS if k == "Plural-Forms" else v) for k, v in catalog.mime_headers]
    return catalog


def compiled(po: bytes) -> bytes:
    """The .mo that `po` compiles to (fuzzy and empty translations left out)."""
    out = io.BytesIO()
    write_mo(out, read_po(io.BytesIO(po)))
    return out.getvalue()


def main() -> int:
    fresh = template()
    _write_if_changed(TEMPLATE, fresh)
    for language in LANGUAGES:
        path = po_file(language)
        if path.is_file():
            with path.open("rb") as f:
                catalogue = read_po(f)
        else:
            catalogue = new_catalogue(language)
        catalogue.update(fresh, update_header_comment=False)
        _write_if_changed(path, catalogue)
        mo = compiled(path.read_bytes())
        target = Path(locale.mo_file(language))
        if not target.is_file() or target.read_bytes() != mo:
            target.write_bytes(mo)
            print(f"wrote {target.relative_to(ROOT)}")
        untranslated = [m.context for m in catalogue if m.id and (not m.string or m.fuzzy)]
        if untranslated:
            print(f"{language}: {len(untranslated)} message(s) to translate or check: {', '.join(map(str, untranslated))}")
    return 0


def _messages(catalog: Catalog) -> list[tuple[object, ...]]:
    return [(m.context, m.id, m.string or "", m.fuzzy, m.locations) for m in catalog if m.id]


def _write_if_changed(path: Path, catalog: Catalog) -> None:
    if path.is_file():
        with path.open("rb") as f:
            if _messages(read_po(f)) == _messages(catalog):
                return
    path.parent.mkdir(parents=True, exist_ok=True)
    out = io.BytesIO()
    write_po(out, catalog, ignore_obsolete=True)
    path.write_bytes(out.getvalue())
    print(f"wrote {path.relative_to(ROOT)}")


def _header(what: str) -> str:
    return (f"# {what} words of the screening program (docs/translation.md).\n"
            "# msgctxt is the key the code looks the words up by; msgid is the English.\n"
            "# Keep every {placeholder} of the English; the program fills them in.")


if __name__ == "__main__":
    sys.exit(main())
