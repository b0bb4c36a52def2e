"""Which questions ask an open indicator, and what hides them: worked by hand on a small form.

Form (indicators are plain ids here; the mapping never looks them up in a set):
  s1 (always shown)
    gate     asks ind-gate
    pay      asks ind-pay,  shown if gate in (yes, unknown)
    pay-2    asks ind-pay,  always shown        -> ind-pay has one shown and one hidden question
    docs     asks ind-docs, shown if gate == yes and NOT (context == sexual)
  s2 (shown if gate == yes or other == yes)
    deep     asks ind-deep
  s3 (always shown)
    other    asks ind-other
"""

from __future__ import annotations

import json

from screening.engine.follow_up import Gate, asked_by
from screening.models import Questionnaire
from screening.engine.session import Session, Setup
from screening.catalog.typed import validate_json

WHY = {"en": "why", "uk": "чому", "ru": "почему"}


def _q(qid, indicators, **extra):
    return {"id": qid, "text": {"en": f"EN {qid}?", "uk": f"UK {qid}?", "ru": f"RU {qid}?"}, "why": WHY,
            "indicators": indicators, **extra}


FORM = validate_json(Questionnaire, json.dumps({
    "kind": "questionnaire", "id": "gates", "version": "0.0.1",
    "title": {"en": "t", "uk": "t", "ru": "t"}, "population": "adult", "sets": [],
    "sections": [
        {"id": "s1", "title": WHY, "mode": "ask", "questions": [
            _q("gate", ["ind-gate"]),
            _q("pay", ["ind-pay"], show_if={"question": "gate", "in": ["yes", "unknown"]}),
            _q("pay-2", ["ind-pay"]),
            _q("docs", ["ind-docs"], show_if={"all_of": [
                {"question": "gate", "in": ["yes"]},
                {"not": {"setup": "exploitation_context", "in": ["sexual"]}},
            ]}),
        ]},
        {"id": "s2", "title": WHY, "mode": "ask",
         "show_if": {"any_of": [{"question": "gate", "in": ["yes"]}, {"question": "other", "in": ["yes"]}]},
         "questions": [_q("deep", ["ind-deep"])]},
        {"id": "s3", "title": WHY, "mode": "ask", "questions": [_q("other", ["ind-other"])]},
    ],
}))
QUESTIONS = {q.id: q for _, q in FORM.questions()}


def session(context: str = "unknown", **answers) -> Session:
    s = Session(FORM, Setup(age_band="25-59", exploitation_context=context))
    for qid, value in answers.items():
        s.answer(qid, value)
    return s


def test_a_question_shown_now_has_no_gates():
    found = asked_by(session(gate="yes"), "ind-pay")
    assert [(a.question.id, a.hidden, a.gates) for a in found] == [("pay", False, ()), ("pay-2", False, ())]


def test_a_gateway_answered_no_hides_the_question_and_is_named_with_its_answer():
    found = asked_by(session(gate="no"), "ind-pay")
    assert [(a.question.id, a.hidden) for a in found] == [("pay", True), ("pay-2", False)]
    assert found[0].gates == (Gate(QUESTIONS["gate"], "no"),)


def test_an_unanswered_gateway_is_named_with_no_answer():
    (docs,) = asked_by(session(), "ind-docs")
    assert docs.gates == (Gate(QUESTIONS["gate"], None),)


def test_only_the_failing_part_of_all_of_is_named():
    (docs,) = asked_by(session(gate="yes"), "ind-docs")
    assert docs.gates == ()
    (docs,) = asked_by(session("sexual", gate="yes"), "ind-docs")  # the NOT (setup) part fails
    assert docs.gates == (Gate(None, None, setup="exploitation_context"),)
    (docs,) = asked_by(session("sexual", gate="no"), "ind-docs")   # both parts fail
    assert docs.gates == (Gate(QUESTIONS["gate"], "no"), Gate(None, None, setup="exploitation_context"))


def test_a_hidden_section_names_every_branch_of_its_any_of():
    (deep,) = asked_by(session(gate="no", other="no"), "ind-deep")
    assert deep.section.id == "s2"
    assert deep.gates == (Gate(QUESTIONS["gate"], "no"), Gate(QUESTIONS["other"], "no"))
    (deep,) = asked_by(session(gate="no", other="yes"), "ind-deep")
    assert not deep.hidden


def test_an_indicator_no_question_asks_has_no_entries():
    assert asked_by(session(), "ind-nowhere") == []
