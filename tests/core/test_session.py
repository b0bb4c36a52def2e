"""The in-memory screening: skip logic clears hidden answers; indicators combine; wipe forgets."""

from __future__ import annotations

import pytest

from screening.catalog.data import load_catalog
from screening.engine.session import Session, Setup, applicable_sets

CATALOG = load_catalog(include_examples=True)
FORM = CATALOG.questionnaires["example-questionnaire"]


def new_session(**setup) -> Session:
    return Session(FORM, Setup(age_band=setup.pop("age_band", "25-59"), **setup))


def test_conditional_question_is_hidden_until_its_condition_holds():
    session = new_session()
    assert [q.id for _, q in session.visible()] == ["q-job-as-promised", "q-hours"]
    session.answer("q-job-as-promised", "yes")
    assert [q.id for _, q in session.visible()] == ["q-job-as-promised", "q-hours", "q-pay"]


def test_answer_to_a_question_that_becomes_hidden_is_cleared():
    session = new_session()
    session.answer("q-job-as-promised", "yes")
    session.answer("q-pay", "yes")
    assert session.indicator_answers()["example-low-or-no-salary"] == "yes"
    cleared = session.answer("q-job-as-promised", "no")
    assert cleared == ["q-pay"]
    assert "q-pay" not in session.answers
    assert "example-low-or-no-salary" not in session.indicator_answers()


def test_a_hidden_question_cannot_be_answered():
    with pytest.raises(KeyError):
        new_session().answer("q-pay", "yes")


def test_wipe_forgets_every_answer():
    session = new_session()
    session.answer("q-job-as-promised", "yes")
    session.answer("q-hours", "declined")
    session.wipe()
    assert session.answers == {} and session.indicator_answers() == {}


def test_age_band_picks_adult_or_child_sets():
    sets = list(CATALOG.sets.values())
    adult = {s.id for s in applicable_sets(sets, Setup(age_band="25-59"))}
    child = {s.id for s in applicable_sets(sets, Setup(age_band="14-17"))}
    assert {"ilo-adult-labour", "ilo-adult-sexual", "example-labour"} <= adult
    assert {"ilo-child-labour", "ilo-child-sexual"} <= child
    assert not any(s.startswith("ilo-child") for s in adult) and not any(s.startswith("ilo-adult") for s in child)
    assert {s.id for s in applicable_sets(sets, Setup(age_band="<14"))} == child


def test_several_questions_for_one_indicator_combine_without_turning_declined_into_no():
    from screening.engine.session import _PRECEDENCE

    assert sorted(_PRECEDENCE, key=_PRECEDENCE.get) == ["no", "unknown", "declined", "yes"]
