"""The adult form asks whether a hardship was USED, not whether it existed (issue 13, items 1,
6, 8, 9; issue 14's gentle order).

A hardship on its own (being poor, displaced, far from home, without papers) is not an ILO
"abuse of vulnerability" indicator: the person who made the offer, or the employer and the
people in control, must have used it. Each of these tests fails on the form as it was before
(version 1.0.0), where "When you accepted the offer, did you urgently need money?" recorded
"Economic reasons (during recruitment)" for anyone who was poor.
"""

from __future__ import annotations

import re

import pytest

from screening.catalog.data import load_catalog
from screening.engine.score import score
from screening.models.forms import QuestionIn, ShowAllOf, ShowAnyOf, ShowCondition, ShowNot
from screening.engine.session import Session, Setup

CATALOG = load_catalog()
FORM = CATALOG.questionnaires["adult-screening"]
QUESTIONS = [q for _, q in FORM.questions()]
BY_ID = {q.id: q for q in QUESTIONS}
ORDER = [q.id for q in QUESTIONS]
SECTION_OF = {q.id: s for s in FORM.sections for q in s.questions}

RV = re.compile(r"^ilo-a[ls]-rv-")
VD = re.compile(r"^ilo-a[ls]-vd-")
REC_GATEWAY, DEST_GATEWAY = "a-rec-situation-used", "a-dest-situation-used"


def leaves(condition: ShowCondition | None):
    if condition is None:
        return
    if isinstance(condition, ShowAllOf):
        for c in condition.all_of:
            yield from leaves(c)
    elif isinstance(condition, ShowAnyOf):
        for c in condition.any_of:
            yield from leaves(c)
    elif isinstance(condition, ShowNot):
        yield from leaves(condition.not_)
    else:
        yield condition


def gateway_of(question_id: str) -> str | None:
    """The gateway a question waits for: its show_if is one leaf naming a question that records nothing."""
    condition = BY_ID[question_id].show_if
    if not isinstance(condition, QuestionIn):
        return None
    return condition.question if not BY_ID[condition.question].indicators else None


def mapped_to(pattern: re.Pattern[str]) -> list[str]:
    return [q.id for q in QUESTIONS if any(pattern.match(i) for i in q.indicators)]


def spoken():
    """Every text said to the person or shown as a heading (not the screener's 'why')."""
    yield "$.title", FORM.title
    yield "$.description", FORM.description
    for section in FORM.sections:
        yield f"{section.id}.title", section.title
        yield f"{section.id}.intro", section.intro
        for q in section.questions:
            yield f"{q.id}.text", q.text


def every_text():
    yield from spoken()
    for q in QUESTIONS:
        yield f"{q.id}.why", q.why


# --- abuse of vulnerability needs someone who used it -------------------------------------


def test_the_two_gateways_record_nothing_and_each_comes_first_in_its_section():
    for gateway in (REC_GATEWAY, DEST_GATEWAY):
        assert not BY_ID[gateway].indicators
        assert BY_ID[gateway].show_if is None
        assert SECTION_OF[gateway].questions[0].id == gateway


@pytest.mark.parametrize("pattern, gateway", [(RV, REC_GATEWAY), (VD, DEST_GATEWAY)], ids=["recruitment", "destination"])
def test_every_abuse_of_vulnerability_question_is_behind_its_gateway_and_after_it(pattern, gateway):
    follow_ups = mapped_to(pattern)
    assert len(follow_ups) >= 7
    for qid in follow_ups:
        assert gateway_of(qid) == gateway, qid
        assert set(BY_ID[qid].show_if.in_) == {"yes", "unknown"}, qid  # a refusal is not pressed
        assert ORDER.index(gateway) < ORDER.index(qid)


def test_every_set_item_of_both_dimensions_is_still_asked():
    for set_id in ("ilo-adult-labour", "ilo-adult-sexual"):
        wanted = {i.id for i in CATALOG.sets[set_id].indicators
                  if i.dimension in ("recruitment_abuse_of_vulnerability", "abuse_of_vulnerability_at_destination")}
        asked = {i for q in QUESTIONS for i in q.indicators}
        assert wanted and wanted <= asked, sorted(wanted - asked)


def test_recruitment_questions_ask_whether_the_person_who_made_the_offer_used_something():
    for qid in mapped_to(RV) + [REC_GATEWAY]:
        text = BY_ID[qid].text
        assert "the person who made the offer" in text.en and re.search(r"\buse", text.en), (qid, text.en)
        assert "людина, яка зробила пропозицію" in text.uk and re.search(r"скориста|використа", text.uk, re.I), (qid, text.uk)
        assert "человек, который сделал предложение" in text.ru and re.search(r"воспользова|использова", text.ru, re.I), (qid, text.ru)


def test_destination_questions_ask_whether_the_employer_or_the_people_in_control_use_something():
    for qid in mapped_to(VD) + [DEST_GATEWAY]:
        text = BY_ID[qid].text
        assert "the employer or the people in control use" in text.en, (qid, text.en)
        assert "роботодавець або ті, хто вас контролює" in text.uk and "використовують" in text.uk, (qid, text.uk)
        assert "работодатель или те, кто вас контролирует" in text.ru and "Используют" in text.ru, (qid, text.ru)


def test_the_why_of_each_says_the_situation_must_have_been_used():
    for qid in mapped_to(RV) + mapped_to(VD) + [REC_GATEWAY, DEST_GATEWAY]:
        why = BY_ID[qid].why
        assert re.search(r"\bus(e|ed|es|ing)\b|took advantage", why.en, re.I), (qid, why.en)
        assert re.search(r"скориста|використ", why.uk, re.I), (qid, why.uk)
        assert re.search(r"воспользова|использ", why.ru, re.I), (qid, why.ru)
    for gateway in (REC_GATEWAY, DEST_GATEWAY):
        assert re.search(r"(on its own|not on its own) .*is not this indicator|is not on its own this indicator", BY_ID[gateway].why.en)


def walk(session: Session, answers: dict[str, str], default: str = "no") -> None:
    while True:
        open_ids = [q.id for _, q in session.visible() if q.id not in session.answers]
        if not open_ids:
            return
        session.answer(open_ids[0], answers.get(open_ids[0], default))


# A woman fled the shelling with her two children. She found a job on a farm through a
# friend: 12-hour days, no day off for weeks, pay well below the minimum, no contract, a bed
# in the farm's dormitory as her only place to sleep. Nobody lied to her, threatened her,
# kept her papers or used her situation; she can leave when she wants. Hard, not trafficking.
DISPLACED_WORKER = {
    "a-long-days": "yes", "a-no-days-off": "yes", "a-low-pay": "yes", "a-no-social-protection": "yes",
    "a-nowhere-else-tonight": "yes", "a-housing-from-employer": "yes", "a-bad-housing": "yes",
    "a-displaced": "yes", "a-refugee-care-or-farm-work": "no", "a-no-support-need-income": "yes",
    REC_GATEWAY: "no", DEST_GATEWAY: "no",
}


def test_a_displaced_worker_in_a_poor_job_records_no_abuse_of_vulnerability_and_no_strong_verdict():
    session = Session(FORM, Setup(age_band="25-59"))
    walk(session, DISPLACED_WORKER)
    recorded = session.indicator_answers()
    assert not [i for i, v in recorded.items() if v == "yes" and (RV.match(i) or VD.match(i))]
    shown = {q.id for _, q in session.visible()}
    assert shown.isdisjoint(mapped_to(RV) + mapped_to(VD))
    labour = score(CATALOG.sets["ilo-adult-labour"], recorded, strict=False)
    # exploitative_conditions: excessive-hours (strong) + low pay, no social protection (medium)
    # -> present; no recruitment or destination dimension -> "some-indication", not strong.
    assert labour.verdict == "some-indication"
    assert labour.dimensions_present == ("exploitative_conditions",)
    sexual = score(CATALOG.sets["ilo-adult-sexual"], recorded, strict=False)
    assert sexual.verdict != "strong-indication"


# --- gentle first ---------------------------------------------------------------------------


def test_the_form_opens_with_the_offer_the_work_and_the_freedom_to_leave():
    assert [s.id for s in FORM.sections[:4]] == ["journey", "promises", "work", "freedom"]
    first = [q.id for s in FORM.sections[:4] for q in s.questions]
    assert "a-feels-cannot-leave" in first
    assert not set(first) & set(mapped_to(RV) + mapped_to(VD))


def test_intrusive_questions_wait_behind_a_gateway():
    # family violence, illness, addiction, past abuse and legal status
    intrusive = ["a-rec-family-crisis", "a-rec-personal-hardship", "a-rec-past-hardship", "a-rec-no-legal-status",
                 "a-personal-used", "a-past-used", "a-status-used", "a-foreign-no-permit"]
    for qid in intrusive:
        assert gateway_of(qid) is not None, qid
    assert "addiction" not in BY_ID["a-rehab-centre-work"].text.en


def test_urgent_questions_are_always_shown():
    urgent = [q.id for q in QUESTIONS if q.urgent_if_yes]
    assert "a-nowhere-else-tonight" in urgent
    for qid in urgent:
        assert BY_ID[qid].show_if is None and SECTION_OF[qid].show_if is None, qid
    assert not any(VD.match(i) for i in BY_ID["a-nowhere-else-tonight"].indicators)


# --- after a disclosure of forced sex, no labour-contract questions -------------------------


def test_no_contract_or_study_question_follows_a_disclosure_of_forced_sex():
    sexual = next(s for s in FORM.sections if any(q.id == "a-sex-pressured" for q in s.questions))
    ids = [q.id for q in sexual.questions]
    after = sexual.questions[ids.index("a-sex-pressured") + 1:]
    for q in after:
        assert not {"ilo-as-ec-no-social-protection", "ilo-as-ec-no-access-to-education"} & set(q.indicators), q.id
    assert "a-sex-no-protection" not in BY_ID and "a-sex-no-study" not in BY_ID
    assert "ilo-as-ec-no-social-protection" in BY_ID["a-no-social-protection"].indicators
    assert "ilo-as-ec-no-access-to-education" in BY_ID["a-no-study"].indicators


# --- true for every screener; military; not an indicator ------------------------------------


def test_the_documents_intro_makes_no_promise_a_police_or_border_officer_cannot_keep():
    intro = next(s for s in FORM.sections if s.id == "documents").intro
    assert "migration" not in intro.en.lower()
    assert "міграц" not in intro.uk.lower() and "миграц" not in intro.ru.lower()
    assert "document numbers" in intro.en


def test_forced_military_names_who_and_excludes_lawful_mobilisation():
    q = BY_ID["a-forced-military"]
    for needle in ("Russian", "occupying forces", "private military company", "armed group"):
        assert needle in q.text.en, needle
    assert "приватна військова компанія" in q.text.uk and "частная военная компания" in q.text.ru
    assert "Lawful mobilisation or conscription by Ukraine is not this indicator" in q.why.en
    assert "Законна мобілізація" in q.why.uk and "Законная мобилизация" in q.why.ru


def test_being_a_man_or_educated_is_not_asked():
    assert "a-obs-man-or-educated-seeking-income" not in BY_ID
    assert not any("man-or-educated" in i for q in QUESTIONS for i in q.indicators)


# --- terms (glossary) -----------------------------------------------------------------------


def test_titles_use_conversation_not_interview():
    assert FORM.title.uk.startswith("Розмова") and FORM.title.ru.startswith("Беседа")


@pytest.mark.parametrize("lang, banned", [
    ("uk", ("індикатор", "співбесід", "завербув", "вербувальн", "жертв", "унп оон")),
    ("ru", ("индикатор", "собеседован", "завербов", "вербовщ", "жертв")),
    ("en", ("recruiter", "recruited you")),
])
def test_no_text_uses_a_term_the_glossary_replaced(lang, banned):
    for where, text in every_text():
        lowered = getattr(text, lang).lower()
        for word in banned:
            assert word not in lowered, (where, word, getattr(text, lang))


def test_nothing_said_to_the_person_speaks_of_recruiting():
    for where, text in spoken():
        assert "вербув" not in text.uk.lower(), (where, text.uk)
        assert "вербов" not in text.ru.lower(), (where, text.ru)
        assert "recruit" not in text.en.lower(), (where, text.en)


def test_whys_name_recruitment_only_as_the_ilo_dimension():
    # "Вербування шляхом обману" / "Вербовка путём обмана" are dimension names of the sets;
    # no agent noun or verb (вербувальник, завербувати, вербовщик, вербовать).
    for q in QUESTIONS:
        assert set(re.findall(r"\w*вербув\w*", q.why.uk.lower())) <= {"вербування"}, (q.id, q.why.uk)
        assert all(w.startswith("вербовк") for w in re.findall(r"\w*вербов\w*", q.why.ru.lower())), (q.id, q.why.ru)


def test_strong_reads_as_vahoma_and_unodc_is_unz_in_ukrainian():
    for where, text in every_text():
        assert "сильна ознака" not in text.uk and "сильний признак" not in text.ru, where
        assert "сильный признак" not in text.ru, where
    assert "УНЗ ООН" in FORM.description.uk and "УНП ООН" in FORM.description.ru


def test_the_description_does_not_presume_a_victim():
    assert "victim" not in FORM.description.en.lower()
    assert "does not decide" in FORM.description.en
    assert "ознак" in FORM.description.uk and "признак" in FORM.description.ru
