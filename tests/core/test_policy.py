"""Which sets apply (screening.engine.policy): the age and the exploitation context, and a disclosure
always counts. Issue 13 item 4: a labour screening showed an adult-sexual "some indication"
made of answers about work."""

from __future__ import annotations

from screening.catalog.data import load_catalog
from screening.engine.policy import choose_sets, disclosed
from screening.engine.session import Session, Setup
from screening.tui.flow import assessments, choose_form, left_out
import dataclasses

CATALOG = load_catalog()


def _labour_session(context="labour"):
    setup = Setup(age_band="25-59", exploitation_context=context)
    session = Session(choose_form(CATALOG, setup), setup)
    visible = {q.id for _, q in session.visible()}
    for question_id in ("a-long-days", "a-no-days-off", "a-low-pay", "a-pay-cut", "a-dangerous-work"):
        if question_id in visible:
            session.answer(question_id, "yes")
    if "a-sex-pressured" in visible:
        session.answer("a-sex-pressured", "no")
    return session


def test_a_labour_screening_shows_no_sexual_exploitation_verdict_and_says_why():
    session = _labour_session()
    shown = {s.id for s, _ in assessments(CATALOG, session)}
    assert "ilo-adult-labour" in shown
    assert "ilo-adult-sexual" not in shown and "unodc-sexual-exploitation" not in shown
    assert {c.indicator_set.id for c in left_out(CATALOG, session)} == {"ilo-adult-sexual", "unodc-sexual-exploitation"}


def test_with_the_context_unknown_every_set_of_the_form_applies():
    session = _labour_session("unknown")
    shown = {s.id for s, _ in assessments(CATALOG, session)}
    assert {"ilo-adult-labour", "ilo-adult-sexual"} <= shown
    assert left_out(CATALOG, session) == []


def test_a_disclosure_brings_the_set_back():
    session = _labour_session()
    session.answer("a-sex-pressured", "yes")
    shown = {s.id for s, _ in assessments(CATALOG, session)}
    assert "ilo-adult-sexual" in shown


def test_a_shared_question_is_not_a_disclosure():
    # a-long-days records excessive hours in the labour and the sexual set: in a labour screening
    # it is about labour.
    sets = [CATALOG.sets[s] for s in ("ilo-adult-labour", "ilo-adult-sexual")]
    setup = Setup(age_band="25-59", exploitation_context="labour")
    form = choose_form(CATALOG, setup)
    long_days = next(q for _, q in form.questions() if q.id == "a-long-days")
    assert disclosed(sets, setup, [long_days]) == {}


def test_domestic_servitude_keeps_the_labour_sets_and_a_child_gets_child_sets_only():
    sets = list(CATALOG.sets.values())
    domestic = {c.indicator_set.id for c in choose_sets(sets, Setup(age_band="25-59", exploitation_context="domestic-servitude")) if c.applies}
    assert {"ilo-adult-labour", "unodc-domestic-servitude", "unodc-labour-exploitation"} <= domestic
    assert "ilo-adult-sexual" not in domestic
    child = {c.indicator_set.id for c in choose_sets(sets, Setup(age_band="14-17")) if c.applies}
    assert all(CATALOG.sets[s].info.population in ("child", "any") for s in child)


# --- one policy for screen, note and command line (issue 17) ----------------------------------


def test_the_note_lists_the_sets_in_the_order_the_results_screen_shows_them():
    """Before: the results screen followed the form's order (ILO labour first) and the note the
    catalog's (the war-context list first)."""
    from screening.export.referral import build_note

    session = _labour_session(context="unknown")
    on_screen = [s.id for s, _ in assessments(CATALOG, session)]
    note = build_note(CATALOG, session.setup, session.indicator_answers(), form_id=session.form.id)
    assert [r.set for r in note.results] == on_screen
    assert on_screen[0] == "ilo-adult-labour" == session.form.sets[0]


def test_the_directory_and_the_population_have_one_answer():
    from screening.catalog.data import Catalog
    from screening.engine.policy import DEFAULT_DIRECTORY, choose_directory

    assert choose_directory(CATALOG).id == DEFAULT_DIRECTORY
    shipped = CATALOG.directories[DEFAULT_DIRECTORY]
    # With only an example and another organisation's directory installed, the other one, never the example.
    other = Catalog(sets=CATALOG.sets, questionnaires=CATALOG.questionnaires,
                    directories={"example-directory": dataclasses.replace(shipped, id="example-directory"),
                                 "kharkiv-referral": dataclasses.replace(shipped, id="kharkiv-referral")})
    assert choose_directory(other).id == "kharkiv-referral"
    assert {Setup(age_band=b).population for b in ("<14", "14-17")} == {"child"}
    assert {Setup(age_band=b).population for b in ("18-24", "25-59", "60+")} == {"adult"}
