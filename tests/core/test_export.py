"""Exports: every format from one note, Ukrainian labels, the PDF's Cyrillic text layer, atomic writes."""

from __future__ import annotations

import json
import stat
import subprocess
from pathlib import Path

import pytest

from pdf_text import pdf_text
from screening.catalog.data import load_catalog
from screening.export import FORMATS, ExportExists, render, write_export
from screening.export.text import md_escape
from screening.models.note import ReferralNote
from screening.export.referral import build_note
from screening.engine.session import Setup

ANSWERS = {"ilo-al-ec-excessive-hours": "yes", "ilo-al-ec-low-or-no-salary": "yes", "ilo-al-cd-withholding-wages": "declined"}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def note_uk(catalog):
    return build_note(catalog, Setup(age_band="25-59", language="uk", oblast="UA-46"), ANSWERS,
                      urgent_needs=["no_safe_place"], consent_to_refer=True, month="2026-11", note_id="1" * 32)


@pytest.fixture(scope="module")
def note_en(catalog):
    return build_note(catalog, Setup(age_band="60+"), {}, month="2026-10", note_id="2" * 32)


def test_formats_are_the_four_of_issue_5():
    assert FORMATS == ("md", "txt", "json", "pdf")


def test_json_export_is_the_schema_valid_note(note_uk):
    from screening.catalog.schemas import errors

    data = json.loads(render(note_uk, "json"))
    assert list(errors("referral-note", data)) == []
    assert ReferralNote.model_validate_json(render(note_uk, "json")) == note_uk


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_md_and_txt_show_ukrainian_labels_for_a_ukrainian_note(note_uk, fmt):
    text = render(note_uk, fmt).decode("utf-8")
    assert "Знеособлене направлення" in text
    assert "Це направлення не вирішує, що людина є постраждалою особою від торгівлі людьми" in text
    assert "«Ознак не виявлено» не виключає торгівлі людьми" in text
    assert "Надмірна кількість робочих днів чи годин" in text  # indicator label
    assert "Немає безпечного місця для ночівлі сьогодні" in text  # urgent need label
    assert "Виявлено окремі ознаки торгівлі людьми" in text  # verdict
    assert "Притулки та центри тимчасового перебування (єдиного номера немає" in text  # category, no contact
    assert "Згода на направлення: так" in text and "Регіон: Львівська область" in text and "2026-11" in text
    assert "Excessive working days" not in text


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_english_note_says_it_decides_nothing_and_nothing_found_rules_nothing_out(note_en, fmt):
    text = render(note_en, fmt).decode("utf-8")
    assert "This note does not decide that anyone is a victim of trafficking" in text
    assert '"No indicators found" does not rule out trafficking' in text
    assert "No indicators found — this does not rule out trafficking" in text


def test_a_note_can_be_read_in_another_language(note_uk):
    text = render(note_uk, "txt", language="en").decode("utf-8")
    assert "Excessive working days or hours" in text and "No safe place to stay tonight" in text
    assert "Anonymised referral note" in text


def test_markdown_cannot_smuggle_links_or_html():
    assert md_escape("[click](http://x) <img src=x>") == "\\[click\\](http://x) \\<img src=x>"


def test_pdf_text_layer_holds_the_cyrillic_text(note_uk):
    data = render(note_uk, "pdf")
    assert data.startswith(b"%PDF-")
    text = pdf_text(data)
    assert "Знеособлене направлення" in text
    assert "Надмірна кількість робочих днів чи годин" in text
    assert "Немає безпечного місця для ночівлі сьогодні" in text
    assert b"DejaVu" in data  # the shipped font is embedded


def test_pdf_carries_only_the_month_as_its_date(note_uk):
    # was fpdf2's "no date" marker, which readers show as 31 December 1969
    data = render(note_uk, "pdf")
    assert b"/CreationDate (D:20261101000000Z)" in data  # the first of the note's month
    assert b"1969" not in data and b"/ModDate" not in data and b"xmp:" not in data
    assert b"2026" not in data.replace(b"2026-11", b"").replace(b"D:20261101000000Z", b"")


def test_pdftotext_agrees_when_it_is_installed(note_uk, tmp_path):
    import shutil

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed; the stdlib decoder above covers the text layer")
    pdf = tmp_path / "n.pdf"
    pdf.write_bytes(render(note_uk, "pdf"))
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Знеособлене направлення" in out


def test_shipped_font_has_its_licence():
    fonts = Path(__import__("screening.export", fromlist=["x"]).__file__).parent / "fonts"
    assert (fonts / "DejaVuSans.ttf").stat().st_size > 100_000
    assert "Bitstream" in (fonts / "LICENSE").read_text(encoding="utf-8")


def test_unknown_format_is_refused(note_en):
    with pytest.raises(ValueError, match="expected one of md, txt, json, pdf"):
        render(note_en, "docx")


# --- writing ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_write_export_writes_owner_only_and_leaves_no_temp(note_uk, tmp_path, fmt):
    target = tmp_path / f"note.{fmt}"
    assert write_export(note_uk, target, fmt) == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == render(note_uk, fmt)
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_existing_file_is_not_overwritten_without_confirmation(note_uk, tmp_path):
    target = tmp_path / "note.md"
    target.write_text("keep me")
    with pytest.raises(ExportExists) as caught:
        write_export(note_uk, target, "md")
    assert caught.value.path == target
    assert target.read_text() == "keep me"
    write_export(note_uk, target, "md", overwrite=True)
    assert target.read_bytes() == render(note_uk, "md")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


# --- the note as the coordinator receives it (issue 16 item 5) ----------------------------

FORBIDDEN = {"uk": ("довідк", "співбесід", "індикатор", "жертв"), "ru": ("справк", "собеседован", "индикатор", "жертв")}


def _note(catalog, language="uk", oblast="UA-63", free_text=None, urgent=("no_safe_place",), age_band="25-59", answers=ANSWERS):
    return build_note(catalog, Setup(age_band=age_band, language=language, oblast=oblast), answers,
                      urgent_needs=list(urgent), consent_to_refer=True, month="2026-11", note_id="3" * 32, free_text=free_text)


def _shown(note, fmt, language=None) -> str:
    data = render(note, fmt, language)
    return pdf_text(data) if fmt == "pdf" else data.decode("utf-8")


@pytest.mark.parametrize("language", ["uk", "ru"])
def test_note_words_follow_the_glossary(language):
    from screening.export.text import WORDS

    words = " ".join(WORDS(key, language) for key in WORDS.table).lower()
    assert not [w for w in FORBIDDEN[language] if w in words]
    expected = {"uk": ("Знеособлене направлення", "Мова розмови", "Номер направлення"),
                "ru": ("Обезличенное направление", "Язык беседы", "Номер направления")}[language]
    assert [WORDS("title", language), WORDS("language", language), WORDS("note_id", language)] == list(expected)
    assert sum(WORDS.fallbacks.values()) == 0


@pytest.mark.parametrize("fmt", ["md", "txt", "pdf"])
@pytest.mark.parametrize("language", ["uk", "ru"])
def test_exported_note_uses_no_term_the_glossary_forbids(catalog, language, fmt):
    text = _shown(_note(catalog, language), fmt).lower()
    assert not [w for w in FORBIDDEN[language] if w in text]
    assert ("мова розмови" if language == "uk" else "язык беседы") in text


@pytest.mark.parametrize("fmt", ["md", "txt", "pdf"])
@pytest.mark.parametrize("language, name", [("en", "Kharkiv"), ("uk", "Харківська"), ("ru", "Харьковская")])
def test_oblast_is_named_in_the_note_language_and_kept_as_a_code_in_json(catalog, language, name, fmt):
    from screening.i18n.oblasts import oblast_name

    note = _note(catalog, language)
    text = _shown(note, fmt)
    assert f": {oblast_name('UA-63', language)}" in text and name in text
    assert "UA-63" not in text
    assert json.loads(render(note, "json"))["oblast"] == "UA-63"


def test_oblast_follows_the_reading_language_and_abroad_and_none_are_words(catalog):
    assert "Kharkiv" in _shown(_note(catalog, "uk"), "txt", "en")
    assert "Регіон: за кордоном" in _shown(_note(catalog, "uk", oblast="abroad"), "txt")
    assert "Region: not given" in _shown(_note(catalog, "en", oblast=None), "txt")


@pytest.mark.parametrize("fmt", ["md", "txt", "pdf"])
def test_urgent_needs_come_first(catalog, fmt):
    text = _shown(_note(catalog, "uk"), fmt)
    need = text.index("Немає безпечного місця для ночівлі сьогодні")
    assert text.index("Нагальні потреби") < need
    # before the disclaimer, the fields, every result and the services
    for later in ("«Ознак не виявлено» не виключає", "3" * 32, "(ilo-adult-labour)", "Куди направити"):
        assert need < text.index(later), later


def test_markdown_nests_the_indicators_under_their_label_and_keeps_paragraphs_apart(catalog):
    from markdown_it import MarkdownIt

    md = _shown(_note(catalog, "en"), "md")
    assert "- Indicators present:\n    - Excessive working days or hours [ilo-al-ec-excessive-hours]\n" in md
    tokens = MarkdownIt("commonmark").parse(md)
    depth, nested, could_change_in_list = 0, [], False
    for i, token in enumerate(tokens):
        depth += {"bullet_list_open": 1, "bullet_list_close": -1}.get(token.type, 0)
        if token.type == "inline" and "[ilo-al-ec-" in token.content:
            nested.append(depth)
        if token.type == "inline" and token.content.startswith("The result could change"):
            could_change_in_list = depth > 0
    assert nested == [2, 2]  # each indicator is an entry of a list inside the "Indicators present:" entry
    assert not could_change_in_list  # was swallowed into the last indicator (lazy continuation)


def test_markdown_of_an_ordinary_note_shows_no_backslash(catalog):
    # "<14", "[id]", hashes and "—" are plain text in Markdown: nothing to escape
    child = build_note(catalog, Setup(age_band="<14", language="uk", oblast="UA-46"), {}, urgent_needs=["immediate_danger"],
                       month="2026-11", note_id="4" * 32, free_text="Мама працює 12 год. на день; 1/2 ставки, 5*3 = 15, C:\\Users")
    for note in (_note(catalog, "uk"), _note(catalog, "en"), child):
        md = _shown(note, "md")
        assert "\\" not in md.replace("C:\\Users", ""), [line for line in md.splitlines() if "\\" in line]
    assert "Вікова група: <14" in _shown(child, "md")


HOSTILE = "\n".join([
    "[click here](http://evil.example) ![img](http://evil.example/x.png) <b>bold</b> <!-- c --> &copy;",
    "# Fake heading", "> fake quote", "- fake item", "1. fake step", "```", "---", "[ref]: http://evil.example",
    "| a | b |", "|---|---|", "    indented like code", "setext heading above", "=", "a lone CR\r# heading",
    "5 < 6 and 7 > 3, a\\*b",
])


def test_markdown_from_hostile_free_text_makes_no_link_image_html_or_block():
    from markdown_it import MarkdownIt

    from screening.export.text import Lines, to_markdown

    md = to_markdown(Lines((("title", "T"), ("quote", HOSTILE), ("item", HOSTILE.replace("\n", " ")))))
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
    assert not kinds & {"link_open", "image", "html_inline", "html_block", "table_open", "fence", "code_block", "hr", "ordered_list_open"}
    assert [t.tag for t in tokens if t.type == "heading_open"] == ["h1"]  # only the note's own title
    assert sum(t.type == "bullet_list_open" for t in tokens) == 1  # only the note's own list
    assert sum(t.type == "blockquote_open" for t in tokens) == 1
    rendered = MarkdownIt("commonmark").render(md)
    assert "5 &lt; 6 and 7 &gt; 3, a\\*b" in rendered  # the text reads as written, backslash kept
    assert "&amp;copy;" in rendered


def test_pdf_declares_its_language_and_numbers_its_pages_in_it(catalog):
    for language, label in (("uk", "Сторінка {} з {}"), ("ru", "Страница {} из {}"), ("en", "Page {} of {}")):
        data = render(_note(catalog, language, free_text="x " * 900), "pdf")
        assert f"/Lang ({language})".encode() in data
        pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page ")
        text = pdf_text(data)
        total = sum(1 for line in text.splitlines() if line.startswith(label.split(" ")[0]))
        assert total >= 2
        assert [line for line in text.splitlines() if line.startswith(label.split(" ")[0])] == [label.format(n, total) for n in range(1, total + 1)]
        assert pages in (0, total)


def test_pdf_says_which_characters_it_left_out_and_the_export_says_so_too(catalog):
    from screening.export import export_warning, left_out

    note = _note(catalog, "uk", free_text="Дякую 🫠🫠 й 乐 :)")
    text = _shown(note, "pdf")
    assert "Дякую □ й □ :)" in text  # a mark where each run was, not silence
    assert "Деякі символи (наприклад, емодзі) неможливо показати в цьому PDF" in text
    assert left_out(note, "pdf") == "🫠乐"
    assert left_out(note, "md") == "" and "🫠🫠 й 乐" in _shown(note, "md")
    assert "2" in export_warning(note, "pdf", "en") and "emoji" in export_warning(note, "pdf", "en")
    assert "емодзі" in export_warning(note, "pdf", "uk") and "эмодзи" in export_warning(note, "pdf", "ru")
    assert export_warning(note, "txt", "en") is None
    plain = _note(catalog, "uk", free_text="Без емодзі")
    assert export_warning(plain, "pdf", "uk") is None
    assert "Деякі символи" not in _shown(plain, "pdf")


def test_command_line_says_when_the_pdf_left_characters_out(tmp_path):
    from support import run_screening

    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"age_band": "25-59", "language": "uk", "free_text": "Дякую 🫠", "answers": {}}), encoding="utf-8")
    result = run_screening("note", "--answers", str(answers), "--output", str(tmp_path / "n.pdf"))
    assert result.returncode == 0, result.stderr
    assert "leaves out characters its font cannot show" in result.stderr
    plain = run_screening("note", "--answers", str(answers), "--output", str(tmp_path / "n.md"))
    assert plain.returncode == 0 and "leaves out" not in plain.stderr
