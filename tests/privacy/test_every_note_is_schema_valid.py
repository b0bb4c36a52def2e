"""Every note the program can build validates against the published schema, which forbids extra fields.

Hypothesis draws the set-up, answers to any applicable indicators, urgent needs, police
involvement, consent, country and free text; whatever comes out must pass the JSON
Schema (so it cannot carry a field the schema does not name) and round-trip the model.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screening.catalog.data import load_catalog
from screening.export import render
from screening.models import AGE_BANDS, ANSWERS, LANGUAGES
from screening.models.note import ReferralNote
from screening.models.note import OBLASTS, SCREENER_ROLES
from screening.export.referral import POLICE_INVOLVEMENT, build_note
from screening.catalog.schemas import errors
from screening.engine.session import Setup, applicable_sets

CATALOG = load_catalog()
DIRECTORY = CATALOG.directories["ukraine-referral"]
URGENT = [n.id for n in DIRECTORY.needs if n.urgent]


@st.composite
def screenings(draw):
    setup = Setup(
        age_band=draw(st.sampled_from(AGE_BANDS)),
        screener_role=draw(st.sampled_from(SCREENER_ROLES)),
        language=draw(st.sampled_from(LANGUAGES)),
        oblast=draw(st.sampled_from((None, "abroad", *OBLASTS))),
    )
    ids = sorted(i.id for s in applicable_sets(CATALOG.sets.values(), setup) for i in s.indicators)
    answers = draw(st.dictionaries(st.sampled_from(ids), st.sampled_from(ANSWERS), max_size=40))
    kwargs = dict(
        urgent_needs=draw(st.lists(st.sampled_from(URGENT), unique=True)),
        police_involvement=draw(st.sampled_from(POLICE_INVOLVEMENT)),
        consent_to_refer=draw(st.booleans()),
        country=draw(st.sampled_from(("UA", "PL", "MD", "INTL"))),
        free_text=draw(st.none() | st.text(max_size=300)),
    )
    return setup, answers, kwargs


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(screenings())
def test_every_built_note_is_valid_against_the_schema(screening):
    setup, answers, kwargs = screening
    note = build_note(CATALOG, setup, answers, **kwargs)
    data = json.loads(render(note, "json"))
    assert list(errors("referral-note", data)) == []
    assert ReferralNote.model_validate_json(render(note, "json")) == note
    if setup.is_child:
        assert {"ua-child-services", "intl-child-protection"} & {t.service for t in note.referral_targets}
    _markdown_is_only_the_notes_own_structure(render(note, "md").decode("utf-8"))


def _markdown_is_only_the_notes_own_structure(md: str) -> None:
    """Whatever the free text holds, the Markdown has no link, image or HTML, one title, and
    urgent needs first; the oblast is a name, never the code (issue 16 item 5)."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(md)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
    assert not kinds & {"link_open", "image", "html_inline", "html_block"}, md
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag in ("h1", "h2")]
    assert len([t for t in tokens if t.type == "heading_open" and t.tag == "h1"]) == 1
    assert headings[1] in ("Urgent needs", "Нагальні потреби", "Срочные потребности"), headings
    assert not any(f"UA-{n:02d}" in md for n in range(100))
