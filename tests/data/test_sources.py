"""The source texts the data quotes are in the repository, unchanged, and everything the data cites is in them.

docs/sources/ holds the seed reports and the research notes byte for byte (docs/sources/README.md
says where each comes from). A fresh clone therefore re-reads every quote with no skip. These
tests fail if a file is missing or edited, or if the data names a file or section that is not there.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "docs" / "sources"
README = SOURCES / "README.md"

# SHA-256 of each text as received. A changed digest means the copy is no longer the source.
CHECKSUMS = {
    "000_aef2f2e929275438.txt": "0525dd9c2f047f78a76976a55e4c66fc2290f6426df286b4dfc3ce159268d21b",
    "001_5bebf32fc2b680c6.txt": "d835bff065fceeab6bd474cae6ba14212294bdcbc24561cf4b57af771ed19246",
    "002_322b3df22854a488.txt": "5e7b03c280cbcd9ecce7eba2522b49babddfe7c55ebed9da5d150bcba4f501c0",
    "003_eb425a313f991208.txt": "7e2fe685d7a89583aef0e8392fcab07cde1d259174ac976d62178fcd54464ac0",
    "004_659bd650afd53c3f.txt": "b8c3658c928f33fe529cb42de72a59e3d1b65ca4708db1318c7a393b6b9c918b",
    "reference/indicator-sources.md": "73a9579025020631633835fc196678129b42ea9515f0e73e1602f58029c84163",
    "reference/screening-tools-and-privacy.md": "ea176ac0b470f7891124ca2a2606d2477131162da049df2353171b09a24ffa5e",
}
SEED_NAME = re.compile(r"\b(\d{3}_[0-9a-f]{16}\.txt)\b")
# "reference/indicator-sources.md §2.3", "…screening-tools-and-privacy.md` §C2"
NOTE_SECTION = re.compile(r"reference/([\w-]+\.md)`?\s*§ ?(\d+(?:\.\d+)*|[A-Z]\d*)")
NAMED_SECTION = re.compile(r"(\d{3}_[0-9a-f]{16}\.txt), section '([^']+)'")

DATA_FILES = sorted(p for folder in ("indicators", "forms") for p in (ROOT / folder).rglob("*.json"))
DOCS = sorted(p for p in (ROOT / "docs").glob("*.md"))
CITING_FILES = DATA_FILES + DOCS


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _declared_sources():
    """(file, entry) for every source list entry: x-set.sources of a set, sources of a vignette file."""
    for path in DATA_FILES:
        doc = json.loads(_text(path))
        x_set = doc.get("x-set") if isinstance(doc.get("x-set"), dict) else {}
        for entry in doc.get("sources", []) if doc.get("kind") == "vignettes" else x_set.get("sources", []):
            yield path.relative_to(ROOT).as_posix(), entry


def test_every_source_text_is_here_unchanged():
    found = sorted(p.relative_to(SOURCES).as_posix() for p in SOURCES.rglob("*") if p.is_file() and p != README)
    assert found == sorted(CHECKSUMS), "docs/sources/ must hold exactly the listed texts"
    for name, digest in CHECKSUMS.items():
        actual = hashlib.sha256((SOURCES / name).read_bytes()).hexdigest()
        assert actual == digest, f"docs/sources/{name} differs from the source text: restore it byte for byte"


def test_the_readme_says_what_every_file_is():
    readme = _text(README)
    for name in CHECKSUMS:
        assert f"`{name}`" in readme, name
        if SEED_NAME.fullmatch(name):
            assert f"`seed-{name[:3]}`" in readme, name
    for tag in ("[V]", "[S]", "[U]"):
        assert f"**{tag}**" in readme, tag


def test_every_source_entry_naming_a_seed_points_into_docs_sources():
    seen = 0
    for where_from, entry in _declared_sources():
        match = SEED_NAME.search(entry.get("where") or "")
        if not match:
            continue
        seen += 1
        name = match[1]
        assert entry["where"] == f"docs/sources/{name}", (where_from, entry)
        assert (ROOT / entry["where"]).is_file(), (where_from, entry)
        assert entry["id"] == f"seed-{name[:3]}", (where_from, entry)
    assert seen >= 6  # the context set and the vignettes each declare three seeds


def test_every_seed_file_named_anywhere_is_in_docs_sources():
    named = {(path.relative_to(ROOT).as_posix(), name) for path in CITING_FILES for name in SEED_NAME.findall(_text(path))}
    assert named, "the data cites no seed file: has the pattern changed?"
    missing = sorted(pair for pair in named if not (SOURCES / pair[1]).is_file())
    assert not missing, missing


def test_every_section_named_in_a_seed_is_a_line_of_it():
    for path in CITING_FILES:
        for name, section in NAMED_SECTION.findall(_text(path)):
            lines = {line.strip().strip("*#: ").strip() for line in _text(SOURCES / name).splitlines()}
            assert section in lines, f"{path.name}: section {section!r} is not a heading of {name}"


def test_every_cited_section_of_the_research_notes_exists():
    cited = {(path.relative_to(ROOT).as_posix(), note, section)
             for path in CITING_FILES for note, section in NOTE_SECTION.findall(_text(path))}
    assert {note for _, note, _ in cited} >= {"indicator-sources.md"}
    for where_from, note, section in sorted(cited):
        path = SOURCES / "reference" / note
        assert path.is_file(), (where_from, note)
        heading = re.compile(rf"^(?:#+ |\*\*){re.escape(section)}[.\s]", re.M)
        assert heading.search(_text(path)), f"{where_from} cites {note} §{section}, which has no such heading"
