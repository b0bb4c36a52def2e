"""A small catalog for the app tests (imported by the test modules, not a conftest: a second
conftest.py would shadow `from conftest import ROOT` elsewhere): the real indicator sets and
example directory, with two short questionnaires (adult, child) whose answers have hand-worked results.

Adult form (sets ilo-adult-labour, context-ukraine-war), all answered 'yes':
  a-job      -> deceived-nature-of-job (strong) + deceived-travel (medium): deceptive_recruitment present
  a-hours    -> excessive-hours (strong); a-pay (shown only if a-job is yes/unknown) -> low-or-no-salary
                (medium): exploitative_conditions present (1 strong + 1 medium)
  a-violence -> cd-violence (strong) + cd-threats (medium): coercion_at_destination present; urgent
  => recruitment + exploitation + coercion = strong-indication (ILO 2009 rule in the set's data)
  With a-job 'no', a-pay is hidden and cleared: only coercion at destination present => some-indication.
Child form (sets ilo-child-labour, unodc-children), all 'yes':
  c-promise  -> deceived-education (strong) + deceived-legal-documents (medium): deceptive present
  c-work     -> low-or-no-salary + no-respect-labour-laws (2 medium); c-school -> no-access-to-education
                (medium): exploitative_conditions present (3 medium)
  => recruitment + exploitation = strong-indication (child rule: no 'means' needed)
"""

from __future__ import annotations

import hashlib
import json

import pytest

from screening.catalog.data import Catalog, load_catalog
from screening.models import Questionnaire
from screening.catalog.typed import validate_json


def _q(qid, en, uk, ru, indicators, **extra):
    why = {"en": "It can point to an indicator of exploitation.", "uk": "Це може вказувати на ознаку експлуатації.", "ru": "Это может указывать на признак эксплуатации."}
    return {"id": qid, "text": {"en": en, "uk": uk, "ru": ru}, "why": why, "indicators": indicators, **extra}


ADULT = {
    "kind": "questionnaire", "id": "test-adult", "version": "0.0.1",
    "title": {"en": "Test adult form", "uk": "Тестова форма (дорослі)", "ru": "Тестовая форма (взрослые)"},
    "population": "adult", "sets": ["ilo-adult-labour", "context-ukraine-war"],
    "sections": [
        {"id": "work", "title": {"en": "Work", "uk": "Робота", "ru": "Работа"}, "mode": "ask", "questions": [
            _q("a-job", "Is the work you do different from what you were promised?",
               "Чи відрізняється ваша робота від тієї, що вам обіцяли?",
               "Отличается ли ваша работа от той, что вам обещали?",
               ["ilo-al-dr-deceived-nature-of-job", "ilo-al-dr-deceived-travel"]),
            _q("a-hours", "Do you often work very long days, or weeks without a day off?",
               "Чи часто ви працюєте дуже довгі дні або тижнями без вихідних?",
               "Часто ли вы работаете очень долгие дни или неделями без выходных?",
               ["ilo-al-ec-excessive-hours"]),
            _q("a-pay", "Are you paid less than was agreed, or not at all?",
               "Чи платять вам менше, ніж домовлялися, або не платять зовсім?",
               "Платят ли вам меньше, чем договаривались, или не платят вовсе?",
               ["ilo-al-ec-low-or-no-salary"], show_if={"question": "a-job", "in": ["yes", "unknown"]}),
        ]},
        {"id": "safety", "title": {"en": "Safety", "uk": "Безпека", "ru": "Безопасность"}, "mode": "ask", "questions": [
            _q("a-violence", "Has anyone hurt you or threatened to hurt you at work?",
               "Чи хтось на роботі завдавав вам болю або погрожував?",
               "Кто-нибудь на работе причинял вам боль или угрожал?",
               ["ilo-al-cd-violence", "ilo-al-cd-threats-of-violence"], urgent_if_yes=True),
        ]},
        {"id": "notice", "title": {"en": "What you notice", "uk": "Що ви помічаєте", "ru": "Что вы замечаете"}, "mode": "observe", "questions": [
            _q("a-displaced", "The person says they had to leave home because of the war.",
               "Людина каже, що мусила покинути дім через війну.",
               "Человек говорит, что был вынужден покинуть дом из-за войны.",
               ["ctx-displaced-or-refugee"]),
        ]},
    ],
}

CHILD = {
    "kind": "questionnaire", "id": "test-child", "version": "0.0.1",
    "title": {"en": "Test child form", "uk": "Тестова форма (діти)", "ru": "Тестовая форма (дети)"},
    "population": "child", "sets": ["ilo-child-labour", "unodc-children"],
    "sections": [
        {"id": "school", "title": {"en": "School and work", "uk": "Школа і робота", "ru": "Школа и работа"}, "mode": "ask", "questions": [
            _q("c-promise", "Were you promised school or papers that never came?",
               "Тобі обіцяли навчання або документи, яких так і не було?",
               "Тебе обещали учёбу или документы, которых так и не было?",
               ["ilo-cl-dr-deceived-education", "ilo-cl-dr-deceived-legal-documents"]),
            _q("c-work", "Do you work without being paid what was agreed?",
               "Ти працюєш без оплати, про яку домовлялися?",
               "Ты работаешь без оплаты, о которой договаривались?",
               ["ilo-cl-ec-low-or-no-salary", "ilo-cl-ec-no-respect-labour-laws"]),
            _q("c-school", "Are you kept from going to school?",
               "Тобі не дають ходити до школи?",
               "Тебе не дают ходить в школу?",
               ["ilo-cl-ec-no-access-to-education"]),
        ]},
        {"id": "notice", "title": {"en": "What you notice", "uk": "Що ви помічаєте", "ru": "Что вы замечаете"}, "mode": "observe", "questions": [
            _q("c-alone", "The child travels without a parent or guardian.",
               "Дитина подорожує без батьків чи опікуна.",
               "Ребёнок путешествует без родителей или опекуна.",
               ["unodc-ch-travels-unaccompanied"]),
        ]},
    ],
}


def build_catalog() -> Catalog:
    base = load_catalog(include_examples=True)
    raw = {d["id"]: json.dumps(d) for d in (ADULT, CHILD)}
    forms = {form_id: validate_json(Questionnaire, text) for form_id, text in raw.items()}
    hashes = {**base.hashes, **{form_id: hashlib.sha256(text.encode()).hexdigest() for form_id, text in raw.items()}}
    return Catalog(sets=base.sets, questionnaires=forms, directories=base.directories, vignettes=base.vignettes, hashes=hashes)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return build_catalog()


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
