"""The short interview's logic: which open indicators can still change a verdict (checked
against brute force over every answer to the others), and which question comes next."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from screening.catalog.data import load_catalog
from screening.engine.score import score
from screening.engine.interview import next_question, open_indicators, question_states
from screening.models import VERDICT_RANK, Questionnaire
from screening.engine.session import Session, Setup
from tests.rule_fixture import ids, make_set
from screening.catalog.typed import validate_python

ADULT = make_set("adult")
CATALOG = load_catalog()
REAL = [CATALOG.sets[s] for s in ("ilo-adult-labour", "ilo-child-labour", "ilo-child-sexual")]


def _rank(indicator_set, answers):
    return VERDICT_RANK[score(indicator_set, answers).verdict]


def brute_force(indicator_set, answers, open_ids):
    """An open indicator matters when, for some answers to the other open ones ('yes' or not),
    its own 'yes' raises the verdict."""
    open_ids = sorted(open_ids)
    base = {k: v for k, v in answers.items() if k not in open_ids}
    found = set()
    for indicator_id in open_ids:
        others = [i for i in open_ids if i != indicator_id]
        for size in range(len(others) + 1):
            if any(_rank(indicator_set, {**base, **dict.fromkeys(chosen, "yes"), indicator_id: "yes"})
                   > _rank(indicator_set, {**base, **dict.fromkeys(chosen, "yes")}) for chosen in combinations(others, size)):
                found.add(indicator_id)
                break
    return found


def test_with_exploitation_and_coercion_present_only_recruitment_can_raise_the_verdict():
    # Exploitative conditions and coercion at destination present (2 strong each): "some
    # indication". Strong needs a recruitment dimension; each recruitment indicator can help make
    # one present (weak ones too: 1 strong + 1 weak, 2 medium + 1 weak). Open exploitation or
    # coercion indicators change nothing: those dimensions are present already.
    answers = dict.fromkeys(ids("exploitative_conditions", "s", 2) + ids("coercion_at_destination", "s", 2), "yes")
    recruitment = {i for d in ("deceptive_recruitment", "coercive_recruitment", "recruitment_abuse_of_vulnerability")
                   for letter, n in (("s", 3), ("m", 4), ("w", 3)) for i in ids(d, letter, n)}
    open_ids = recruitment | set(ids("exploitative_conditions", "m", 4)) | set(ids("coercion_at_destination", "w", 3))
    found = open_indicators(ADULT, answers, open_ids)
    assert found.mattering == recruitment
    assert found.cheapest <= found.mattering


def test_once_strong_nothing_can_change():
    answers = dict.fromkeys(ids("deceptive_recruitment", "s", 2) + ids("exploitative_conditions", "s", 2)
                            + ids("coercion_at_destination", "s", 2), "yes")
    everything = {i.id for i in ADULT.indicators} - set(answers)
    assert open_indicators(ADULT, answers, everything).mattering == frozenset()


def test_a_dimension_that_can_no_longer_be_present_is_not_deepened():
    # Exploitation: 1 medium open and nothing else can make it present (needs 3 medium, or
    # 2 medium + 1 weak, or a strong): so no verdict can rise to strong through it. Its one open
    # medium can still give... nothing: alone it makes no dimension present and it is not strong.
    answers = {i.id: "no" for i in ADULT.indicators if i.id.startswith("ec-")}
    answers["ec-m1"] = "yes"
    answers.pop("ec-m2")
    answers |= dict.fromkeys(ids("deceptive_recruitment", "s", 2) + ids("coercion_at_destination", "s", 2), "yes")
    assert open_indicators(ADULT, answers, {"ec-m2"}).mattering == frozenset()
    answers.pop("ec-w1")  # now 2 medium + 1 weak is reachable: both matter
    assert open_indicators(ADULT, answers, {"ec-m2", "ec-w1"}).mattering == {"ec-m2", "ec-w1"}


@st.composite
def state(draw):
    indicator_set = draw(st.sampled_from([ADULT, *REAL]))
    all_ids = [i.id for i in indicator_set.indicators]
    rate = draw(st.sampled_from([0.05, 0.15, 0.3]))
    answers = {}
    for indicator_id in all_ids:
        roll = draw(st.floats(0, 1))
        if roll < rate:
            answers[indicator_id] = "yes"
        elif roll < 0.8:
            answers[indicator_id] = "no"
    unanswered = [i for i in all_ids if i not in answers]
    open_ids = set(draw(st.lists(st.sampled_from(unanswered), max_size=6, unique=True))) if unanswered else set()
    return indicator_set, answers, open_ids


@settings(max_examples=400, deadline=None)
@given(state())
def test_mattering_is_exactly_what_brute_force_finds(case):
    indicator_set, answers, open_ids = case
    answers = {k: v for k, v in answers.items() if k not in open_ids}
    assert set(open_indicators(indicator_set, answers, open_ids).mattering) == brute_force(indicator_set, answers, open_ids)


# --- the next question on a small form -------------------------------------------------------

def _form(core=None) -> Questionnaire:
    text = {"en": "q", "uk": "п", "ru": "в"}

    def q(qid, indicators, **more):
        return {"id": qid, "text": text, "why": text, "indicators": indicators, **more}

    doc = {
        "kind": "questionnaire", "id": "tiny", "version": "1.0.0", "title": text, "population": "adult",
        "sets": ["rule-adult"],
        "sections": [{"id": "s", "title": text, "mode": "ask", "questions": [
            q("offer-lied", ["dr-s1", "dr-s2"]),
            q("situation-used", []),
            q("money-used", ["rv-m1", "rv-m2", "rv-m3"], show_if={"question": "situation-used", "in": ["yes", "unknown"]}),
            q("long-hours", ["ec-s1", "ec-s2"]),
            q("locked-in", ["cd-s1", "cd-s2"], urgent_if_yes=True),
            q("weak-only", ["ec-w1"]),
        ]}],
    }
    if core:
        doc["short_interview"] = {"core": core}
    return validate_python(Questionnaire, doc)


def _run(form, story, sets=(ADULT,)):
    session = Session(form, Setup(age_band="25-59"))
    asked = []
    while (step := next_question(form, session.setup, session.answers, session.indicator_answers(), sets)) is not None:
        asked.append((step.question.id, step.reason))
        session.answer(step.question.id, story.get(step.question.id, "no"))
    return asked, session


def test_core_first_then_only_what_can_change_and_urgent_always():
    form = _form(core=["long-hours", "locked-in"])
    asked, session = _run(form, {"long-hours": "yes", "locked-in": "yes", "offer-lied": "yes"})
    assert asked[:2] == [("long-hours", "core"), ("locked-in", "urgent")]
    assert ("offer-lied", "settle") in asked or ("offer-lied", "deepen") in asked
    # Strong after three answers: the gateway and its follow-up can change nothing and are not asked.
    assert [q for q, _ in asked] == ["long-hours", "locked-in", "offer-lied"]
    assert score(ADULT, session.indicator_answers()).verdict == "strong-indication"


def test_a_gateway_is_asked_when_its_follow_up_could_matter_and_a_no_closes_them():
    form = _form()
    asked, session = _run(form, {"long-hours": "yes", "locked-in": "yes"})
    ids_asked = [q for q, _ in asked]
    assert "situation-used" in ids_asked and "money-used" not in ids_asked  # 'no' at the gateway
    assert score(ADULT, session.indicator_answers()).verdict == "some-indication"
    asked, session = _run(form, {"long-hours": "yes", "locked-in": "yes", "situation-used": "yes", "money-used": "yes"})
    assert "money-used" in [q for q, _ in asked]
    assert score(ADULT, session.indicator_answers()).verdict == "strong-indication"


def test_a_question_that_cannot_change_anything_is_never_asked():
    # weak-only records one weak exploitation indicator: whatever else is answered, one weak
    # 'yes' cannot make a dimension present once the strong ones are settled.
    form = _form()
    asked, _ = _run(form, {"long-hours": "yes"})
    assert "weak-only" not in [q for q, _ in asked]


def test_question_states_three_valued():
    form = _form()
    setup = Setup(age_band="25-59")
    assert question_states(form, {}, setup)["money-used"] is None
    assert question_states(form, {"situation-used": "no"}, setup)["money-used"] is False
    assert question_states(form, {"situation-used": "unknown"}, setup)["money-used"] is True


# --- "could change the result" names only what a question can still bring in ------------------


def _debt_gateway_no() -> Session:
    """Adult form, labour set-up: deceived about the job and pay, long days and low pay, the debt
    gateway answered no, every other shown question no."""
    from screening.tui.flow import choose_form

    setup = Setup(age_band="25-59", exploitation_context="labour")
    session = Session(choose_form(CATALOG, setup), setup)
    story = {"a-job-different": "yes", "a-pay-different": "yes", "a-long-days": "yes", "a-low-pay": "yes", "a-owes-debt": "no"}
    while waiting := [q for _, q in session.visible() if q.id not in session.answers]:
        session.answer(waiting[0].id, story.get(waiting[0].id, "no"))
    return session


def test_an_indicator_behind_a_gateway_answered_no_is_not_what_could_change_the_result():
    from screening.tui.flow import assessments, unreachable

    session = _debt_gateway_no()
    labour = CATALOG.sets["ilo-adult-labour"]
    # The engine alone (the old results screen) still calls the debt follow-ups "could change".
    raw = score(labour, {k: v for k, v in session.indicator_answers().items() if labour.has(k)})
    assert raw.could_change and "ilo-al-cd-debt-bondage" in raw.follow_up
    # Every shown question is answered: more answers cannot change anything.
    found = dict((s.id, a) for s, a in assessments(CATALOG, session))
    assert found["ilo-adult-labour"].verdict == raw.verdict
    assert (found["ilo-adult-labour"].could_change, found["ilo-adult-labour"].follow_up) == (False, ())
    # ... but a "yes" to the debt gateway would open questions that can: named apart, to check it.
    assert "ilo-al-cd-debt-bondage" in unreachable(CATALOG, session, labour)


def test_could_change_lists_exactly_the_open_indicators_that_can_raise_the_verdict():
    from screening.engine.interview import assess

    labour = CATALOG.sets["ilo-adult-labour"]
    answers = {"ilo-al-dr-deceived-nature-of-job": "yes", "ilo-al-dr-deceived-wages": "yes", "ilo-al-dr-deceived-conditions-of-work": "yes",
               "ilo-al-ec-excessive-hours": "yes", "ilo-al-ec-low-or-no-salary": "yes"}
    exact = assess(labour, answers)
    # The engine lists every open indicator of a dimension not yet present; the exact list is the
    # part of it that can raise the verdict (open_indicators, checked against brute force above).
    raw = score(labour, answers)
    open_ids = {i.id for i in labour.indicators} - set(answers)
    assert set(exact.follow_up) == set(open_indicators(labour, answers, open_ids).mattering)
    assert set(exact.follow_up) <= set(raw.follow_up) and exact.could_change == raw.could_change
    # Recruitment and exploitation are present: only a means (coercion, vulnerability) can raise it.
    present = {d.id for d in labour.dimensions if raw.dimensions[d.id].present}
    assert {"deceptive_recruitment", "exploitative_conditions"} <= present
    from screening.engine.score import prepared

    in_present = {i for d, rows in prepared(labour).dimensions if d in present for i, _ in rows}
    assert exact.follow_up and not in_present & set(exact.follow_up)


def test_the_note_says_could_change_only_when_a_question_still_to_be_asked_can_change_it():
    from screening.engine.interview import askable_indicators
    from screening.export.referral import build_note

    session = _debt_gateway_no()
    answers = session.indicator_answers()

    def labour(note):
        return next(r for r in note.results if r.set == "ilo-adult-labour")

    as_app = build_note(CATALOG, session.setup, answers, form_id=session.form.id,
                        askable=askable_indicators(session.form, session.setup, session.answers))
    assert labour(as_app).could_change is False
    # Without the form's state (answers file, CLI), every open indicator still counts.
    assert labour(build_note(CATALOG, session.setup, answers, form_id=session.form.id)).could_change is True
