"""The child form asks what the issue-13 review asked for, in words that do not mislead.

- A hard life is not abuse of vulnerability: every question that records an ILO
  "abuse of ..." item (ilo-c?-rv-*, ilo-c?-vd-*) waits behind a gateway question and asks
  whether someone *used* the child's situation.
- Being used by an armed group, made to work for soldiers or occupiers, or sent to beg each
  records an ILO child item, so a child answering "yes" to one of them alone is not told
  "no indication".
- A child who declines the sexual-exploitation question is not asked about it further.
- Questions are put positively, in the agreed Ukrainian and Russian terms.
"""

from __future__ import annotations

import re

import pytest

from screening.catalog.data import load_catalog
from screening.engine.score import for_set, score
from screening.models.forms import QuestionIn
from screening.engine.session import Session, Setup

CHILD_BANDS = ("<14", "14-17")
GATEWAYS = {
    "c-situation-used": ("why-you-agreed", "rv"),
    "c-kept-by-situation": ("what-keeps-you-there", "vd"),
}
SEX_OPENERS = {"<14": "c-sexual-young", "14-17": "c-sexual-teen"}
SEX_FOLLOW_UPS = {
    "c-sex-long-hours", "c-sex-health-risk", "c-sex-no-money", "c-sex-money-taken",
    "c-sex-bad-place", "c-sex-humiliated", "c-sex-agreement-broken", "c-sex-no-school",
}
ABUSE_OF_VULNERABILITY = re.compile(r"^ilo-c[ls]-(rv|vd)-")
# The question that must be answered first for each of these to be shown (None: always shown).
WAR_AND_BEGGING = {"c-armed-group": None, "c-war-labour": "c-lived-under-occupation", "c-begging": None}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def form(catalog):
    return catalog.questionnaires["child-screening"]


def walk(form, band: str, chosen: dict[str, str], default: str = "no") -> Session:
    """Answer every shown question in form order: `chosen` where given, else `default`."""
    session = Session(form, Setup(age_band=band))
    while todo := [q.id for _, q in session.visible() if q.id not in session.answers]:
        session.answer(todo[0], chosen.get(todo[0], default))
    return session


def texts(form):
    """(where, LocalText) for every text of the form."""
    yield "title", form.title
    yield "description", form.description
    for section in form.sections:
        yield f"{section.id}.title", section.title
        yield f"{section.id}.intro", section.intro
        for q in section.questions:
            yield f"{q.id}.text", q.text
            yield f"{q.id}.why", q.why


# --- item 3: a refusal closes the sexual-exploitation follow-ups ------------------------------


@pytest.mark.parametrize("band", CHILD_BANDS)
def test_sex_follow_ups_are_hidden_after_declined(form, band):
    session = Session(form, Setup(age_band=band))
    opener = SEX_OPENERS[band]
    session.answer(opener, "declined")
    assert not {q.id for _, q in session.visible()} & SEX_FOLLOW_UPS
    for value in ("yes", "unknown"):
        session.answer(opener, value)
        assert SEX_FOLLOW_UPS <= {q.id for _, q in session.visible()}, value
    # Declining after a 'yes' clears the follow-up answers, so none can reach the results.
    session.answer("c-sex-long-hours", "yes")
    cleared = session.answer(opener, "declined")
    assert cleared == ["c-sex-long-hours"]
    assert "ilo-cs-ec-excessive-hours" not in session.indicator_answers()


# --- item 1: hardship is not abuse of vulnerability --------------------------------------------


def test_gateways_record_nothing_and_come_first_in_their_section(form):
    sections = {s.id: s for s in form.sections}
    for gateway, (section_id, _) in GATEWAYS.items():
        first = sections[section_id].questions[0]
        assert first.id == gateway and first.indicators == () and first.show_if is None
        assert not first.urgent_if_yes


def test_every_abuse_of_vulnerability_question_waits_behind_a_gateway(form):
    order = [q.id for _, q in form.questions()]
    behind = []
    for _, q in form.questions():
        phases = {ABUSE_OF_VULNERABILITY.match(i).group(1) for i in q.indicators if ABUSE_OF_VULNERABILITY.match(i)}
        if not phases:
            continue
        behind.append(q.id)
        assert len(phases) == 1, q.id
        assert isinstance(q.show_if, QuestionIn), q.id
        gateway = q.show_if.question
        assert gateway in GATEWAYS and GATEWAYS[gateway][1] in phases, q.id
        assert set(q.show_if.in_) == {"yes", "unknown"}, q.id
        assert order.index(gateway) < order.index(q.id), q.id
        assert not q.urgent_if_yes, q.id
        # "Yes" needs someone to have used the situation, and the question says so.
        assert re.search(r"\bus(e|es|ed|ing)\b", q.text.en), q.id
        assert re.search(r"\bus(e|es|ed|ing)\b", q.why.en), q.id
    assert len(behind) == 22  # 15 recruitment-phase + 7 destination-phase questions


@pytest.mark.parametrize("band", CHILD_BANDS)
def test_hardship_that_nobody_used_records_no_abuse_of_vulnerability(form, band):
    """Everything else 'yes', the two gateways 'no': no rv/vd item is even asked."""
    session = walk(form, band, {g: "no" for g in GATEWAYS}, default="yes")
    recorded = set(session.indicator_answers())
    assert not {i for i in recorded if ABUSE_OF_VULNERABILITY.match(i)}
    # A 'don't know' opens them: the screener may need to find out.
    session = walk(form, band, {g: "unknown" for g in GATEWAYS}, default="yes")
    assert {i for i in session.indicator_answers() if ABUSE_OF_VULNERABILITY.match(i)}


# --- item 2: armed groups, war labour and begging record ILO child items ----------------------


@pytest.mark.parametrize("question_id", sorted(WAR_AND_BEGGING))
def test_war_and_begging_questions_map_an_ilo_child_item(catalog, form, question_id):
    question = next(q for _, q in form.questions() if q.id == question_id)
    ilo = [i for i in question.indicators if i.startswith(("ilo-cl-", "ilo-cs-"))]
    assert ilo, question_id
    assert any(i.startswith("ctx-") for i in question.indicators), question_id  # the context item stays
    labour = catalog.sets["ilo-child-labour"]
    assert any(catalog.indicator_owner(i).id == labour.id and labour.indicator(i).strength == "strong" for i in ilo)
    # The "why" names the ILO item it records.
    assert "ILO" in question.why.en and "МОП" in question.why.uk and "МОТ" in question.why.ru


@pytest.mark.parametrize("band", CHILD_BANDS)
@pytest.mark.parametrize("question_id", sorted(WAR_AND_BEGGING))
def test_a_yes_to_war_or_begging_alone_is_not_no_indication(catalog, form, band, question_id):
    opener = WAR_AND_BEGGING[question_id]
    chosen = {question_id: "yes", **({opener: "yes"} if opener else {})}
    session = walk(form, band, chosen)
    assert session.answers[question_id] == "yes"
    answers = session.indicator_answers()
    assert [i for i, v in answers.items() if v == "yes" and i.startswith("ilo-")]  # only this question's
    labour = catalog.sets["ilo-child-labour"]
    result = score(labour, for_set(labour, answers))
    # One strong ILO item answered yes: "some indication" (x-set.rule of ilo-child-labour).
    assert result.verdict != "no-indication", (band, question_id)
    assert result.verdict == "some-indication", (band, question_id)


# --- items 8 and 9: words ----------------------------------------------------------------------

FORBIDDEN = {
    "uk": ("індикатор", "співбесід", "вербув", "завербув", "жертв"),
    "ru": ("индикатор", "собеседован", "вербов", "завербов", "жертв"),
}


def test_ukrainian_and_russian_texts_use_the_agreed_terms(form):
    for where, text in texts(form):
        for language, words in FORBIDDEN.items():
            found = [w for w in words if w in getattr(text, language).lower()]
            assert not found, (where, language, found)


def test_the_person_who_made_the_offer_is_named_neutrally(form):
    asked = [q for s, q in form.questions() if s.mode == "ask"]
    named = [q for q in asked if "the person who made the offer" in q.text.en.lower()]
    assert len(named) >= 16
    for q in named:
        assert "людина, яка зробила пропозицію" in q.text.uk.lower(), q.id
        assert "человек, который сделал предложение" in q.text.ru.lower(), q.id
    for q in asked:
        assert not re.search(r"\brecruit", q.text.en, re.I), q.id


def test_title_says_conversation_and_description_presumes_no_victim(form):
    assert "розмова" in form.title.uk.lower() and "беседа" in form.title.ru.lower()
    assert "victim" not in form.description.en.lower()


NEGATIVE_QUESTION = {
    "en": re.compile(r"^(are|do|did|is|can|were|was|have|has)\s+(you|there)\s+(not|no)\b|\bnot allowed\b|\bcan you not\b", re.I),
    "uk": re.compile(r"\bне (дозволяють|дозволяли|дають|пускають|можеш)\b|^у тебе зовсім немає|^немає", re.I),
    "ru": re.compile(r"\bне (разрешают|разрешали|дают|пускают|можешь)\b|^у тебя совсем нет|^нет\b", re.I),
}


def test_questions_to_the_child_are_put_positively(form):
    for section, q in form.questions():
        if section.mode != "ask":
            continue
        for language, pattern in NEGATIVE_QUESTION.items():
            assert not pattern.search(getattr(q.text, language)), (q.id, language, getattr(q.text, language))
