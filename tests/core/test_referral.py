"""Routing and the note, worked out by hand from the shipped directory and the ILO adult-labour set."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from screening.catalog.data import load_catalog
from screening.engine.score import UnknownIndicator
from screening.export.referral import NoteError, build_note, route, urgent_needs
from screening.engine.session import Setup

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def directory(catalog):
    return catalog.directories["ukraine-referral"]


def ids(targets):
    return [t.service for t in targets]


# --- urgent needs -----------------------------------------------------------------------


def test_urgent_needs_are_the_four_triage_questions_in_order(directory):
    needs = urgent_needs(directory)
    assert [n.id for n in needs] == ["immediate_danger", "medical_need", "no_safe_place", "documents_held"]
    for need in needs:
        assert need.question is not None
        assert need.question.en.endswith("?") and need.question.uk.endswith("?") and need.question.ru.endswith("?")


def test_non_urgent_needs_have_no_triage_question(directory):
    others = [n for n in directory.needs if not n.urgent]
    assert {n.id for n in others} >= {"status_procedure", "psychological_support", "legal_aid", "shelter", "child_protection",
                                      "identity_documents", "labour_rights", "employment"}


# --- routing ------------------------------------------------------------------------------


@pytest.mark.parametrize("age_verdicts", [[None], ["no-indication"], ["strong-indication"], []])
def test_a_child_is_always_routed_to_child_services(directory, age_verdicts):
    targets = route(directory, country="UA", is_child=True, verdicts=age_verdicts, needs=[], language="en")
    assert ids(targets)[:3] == ["ua-children-hotline", "ua-child-services", "ua-children-hotline-116111"]


def test_a_child_abroad_goes_to_the_local_child_protection_authority(directory):
    targets = route(directory, country="PL", is_child=True, verdicts=[], needs=[], language="en")
    assert ids(targets) == ["intl-child-protection"]


def test_an_adult_with_nothing_found_and_no_needs_gets_no_targets(directory):
    assert route(directory, country="UA", is_child=False, verdicts=["no-indication", None], needs=[], language="en") == []


def test_immediate_danger_goes_to_emergency_and_police_first(directory):
    targets = route(directory, country="UA", is_child=False, verdicts=["some-indication"], needs=["immediate_danger"], language="en")
    assert ids(targets) == ["ua-emergency-112", "ua-police-102", "ua-hotline-1547", "ua-iom-527", "ua-la-strada"]
    assert targets[0].contact == "112"
    assert targets[2].reason == "Immediate danger; Some indicators of trafficking found"


def test_urgent_needs_come_before_a_child_rule(directory):
    targets = route(directory, country="UA", is_child=True, verdicts=[], needs=["medical_need"], language="en")
    assert ids(targets) == ["ua-emergency-112", "ua-children-hotline", "ua-child-services", "ua-children-hotline-116111"]


def test_some_indication_routes_to_the_counter_trafficking_lines_not_the_status_procedure(directory):
    targets = route(directory, country="UA", is_child=False, verdicts=["some-indication", None], needs=[], language="en")
    assert ids(targets) == ["ua-hotline-1547", "ua-iom-527", "ua-la-strada"]


def test_strong_indication_adds_the_status_procedure_first(directory):
    targets = route(directory, country="UA", is_child=False, verdicts=["no-indication", "strong-indication"], needs=[], language="en")
    assert ids(targets) == ["ua-status-procedure", "ua-hotline-1547", "ua-iom-527", "ua-la-strada"]
    assert targets[0].contact is None
    assert targets[1].reason == "Strong indicators of trafficking found; Some indicators of trafficking found"


def test_unknown_country_uses_the_international_fallback(directory):
    targets = route(directory, country="DE", is_child=False, verdicts=["strong-indication"], needs=["immediate_danger"], language="en")
    assert ids(targets) == ["intl-emergency", "intl-police", "intl-ua-1547-abroad", "intl-iom"]
    assert targets[2].contact == "+38 044 284 19 15"


def test_secondary_source_number_says_check_before_calling(directory):
    targets = route(directory, country="UA", is_child=True, verdicts=[], needs=[], language="uk")
    hotline = next(t for t in targets if t.service == "ua-children-hotline-116111")
    assert hotline.contact == "116 111"
    assert hotline.reason.endswith("номер не перевірено: уточніть перед дзвінком")
    assert hotline.name == "Дитяча гаряча лінія «Ла Страда-Україна», короткий номер 116 111"
    verified = next(t for t in targets if t.service == "ua-children-hotline")
    assert verified.contact == "0 800 500 225" and "перевірено" not in verified.reason


# --- issue 13, item 7: the status decision-maker, the children's line, four services, dates ---


def services_by_id(directory):
    return {s.id: s for c in directory.countries for s in c.services}


def test_status_procedure_names_the_national_social_service_as_decision_maker(directory):
    service = services_by_id(directory)["ua-status-procedure"]
    assert "the National Social Service of Ukraine decides" in service.name.en
    assert "рішення ухвалює Національна соціальна сервісна служба України" in service.name.uk
    assert "решение принимает Национальная социальная сервисная служба Украины" in service.name.ru
    assert service.description.en.startswith("Since May 2021 the National Social Service of Ukraine grants the status")
    for text in (service.description.en, service.description.uk, service.description.ru):
        assert "not settled" not in text and "не встановлено" not in text and "не установлено" not in text
    source = service.verification.source
    assert "docs/sources/000_aef2f2e929275438.txt" in source or "docs/sources/003_eb425a313f991208.txt" in source
    assert "assumed the role of granting official victim status to potential victims in May 2021" in source


def test_the_first_child_services_or_hotline_entry_for_a_child_is_the_verified_line(directory):
    by_id = services_by_id(directory)
    targets = route(directory, country="UA", is_child=True, verdicts=[], needs=[], language="en")
    first = next(by_id[t.service] for t in targets if by_id[t.service].category in ("child-services", "hotline"))
    assert (first.id, first.contact, first.verification.status) == ("ua-children-hotline", "0 800 500 225", "verified")
    secondary = [by_id[t.service] for t in targets if by_id[t.service].verification.status == "secondary"]
    assert [s.contact for s in secondary] == ["116 111"]


@pytest.mark.parametrize("need, service, category", [
    ("legal_aid", "ua-free-legal-aid", "legal"),
    ("identity_documents", "ua-documents-asc-migration", "documents"),
    ("labour_rights", "ua-labour-inspectorate", "labour-inspection"),
    ("employment", "ua-employment-service", "employment"),
])
def test_each_new_service_exists_and_is_routed_for_its_need(directory, need, service, category):
    found = services_by_id(directory)[service]
    assert found.category == category and need in found.needs
    assert found.contact is None and found.verification.status == "category"
    for text in (found.name, found.description):
        assert text.uk and text.ru and text.uk != text.en and text.ru != text.en
    assert service in ids(route(directory, country="UA", is_child=False, verdicts=[], needs=[need], language="uk"))


def test_documents_held_by_someone_else_also_points_to_replacing_them(directory):
    targets = route(directory, country="UA", is_child=False, verdicts=[], needs=["documents_held"], language="en")
    assert ids(targets) == ["ua-iom-527", "ua-la-strada", "ua-police-102", "ua-documents-asc-migration"]


def _as_date(value: str) -> date:
    return date.fromisoformat(value if len(value) == 10 else value + "-01")


def test_every_checked_date_is_valid_and_not_in_the_future(directory):
    checked = {s.id: s.verification.checked for s in services_by_id(directory).values() if s.verification.checked}
    for service_id, value in checked.items():
        assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", value), service_id
        assert _as_date(value) <= date.today(), service_id
    # Dated where the cited source gives a date: the seed report's publication, a reference note's page date.
    assert checked["ua-status-procedure"] == "2023-06-15"          # seed-000, published 15 June 2023
    assert checked["ua-labour-inspectorate"] == "2023-06-15"
    assert checked["ua-la-strada"] == checked["ua-children-hotline"] == "2015-02-11"
    assert "ua-children-hotline-116111" not in checked               # no date in its source


def test_quotes_from_the_source_texts_are_word_for_word_on_the_cited_line(directory):
    """Each ';'-separated part of a source that names a file under docs/sources/ quotes it
    word for word (whitespace collapsed), and 'line N: “…”' quotes stand on line N."""
    def flat(text):
        return " ".join(text.split())

    checked = 0
    for service in services_by_id(directory).values():
        for part in service.verification.source.split(";"):
            named = re.search(r"docs/sources/(\S+\.(?:txt|md))", part)
            if not named:
                continue
            path = ROOT / "docs" / "sources" / named.group(1)
            assert path.is_file(), (service.id, named.group(1))
            lines = path.read_text(encoding="utf-8").splitlines()
            for quote in re.findall(r"“([^”]+)”", part):
                assert flat(quote) in flat("\n".join(lines)), (service.id, quote)
                checked += 1
            for number, quote in re.findall(r"line (\d+): “([^”]+)”", part):
                assert flat(quote) in flat(lines[int(number) - 1]), (service.id, number, quote)
    assert checked >= 10


def test_unknown_need_is_refused(directory):
    with pytest.raises(NoteError, match="unknown need"):
        route(directory, country="UA", is_child=False, verdicts=[], needs=["nap"], language="en")


def test_every_directory_contact_is_verified_or_secondary_and_categories_have_none(directory):
    for country in directory.countries:
        for service in country.services:
            if service.contact is None:
                assert service.verification.status == "category", service.id
            else:
                assert service.verification.status in ("verified", "secondary"), service.id
            assert "docs/sources/" in service.verification.source or service.verification.status == "category"


def test_issue_5_numbers_are_listed(directory):
    contacts = {s.id: s.contact for c in directory.countries for s in c.services}
    assert contacts["ua-hotline-1547"] == "1547"
    assert contacts["ua-iom-527"] == "527"
    assert contacts["ua-la-strada"] == "0 800 500 335"
    assert contacts["ua-children-hotline"] == "0 800 500 225" and contacts["ua-children-hotline-116111"] == "116 111"
    assert contacts["ua-police-102"] == "102"
    assert contacts["ua-emergency-112"] == "112"
    assert contacts["ua-status-procedure"] is None and contacts["ua-shelters"] is None


# --- the note (golden, by hand) -------------------------------------------------------------

ADULT_ANSWERS = {
    "ilo-al-dr-deceived-nature-of-job": "yes",       # strong
    "ilo-al-dr-deceived-wages": "yes",               # medium -> 1 strong + 1 medium: present
    "ilo-al-ec-excessive-hours": "yes",              # strong
    "ilo-al-ec-low-or-no-salary": "yes",             # medium -> present
    "ilo-al-cd-confiscation-of-documents": "yes",    # strong alone: not present
    "ilo-al-cd-withholding-wages": "declined",       # never counts as yes or no
    "ilo-al-vd-dependency-on-exploiters": "no",
}


def test_golden_adult_note(catalog):
    setup = Setup(age_band="25-59", language="uk", oblast="UA-12")
    note = build_note(catalog, setup, ADULT_ANSWERS, urgent_needs=["documents_held"], police_involvement="not-wanted",
                      consent_to_refer=True, month="2026-11", note_id="0" * 32)
    assert (note.note_id, note.month, note.age_band, note.oblast, note.screener_role, note.language) == (
        "0" * 32, "2026-11", "25-59", "UA-12", "social-worker", "uk")
    adult_sets = [s.id for s in catalog.sets.values() if s.info.population in ("adult", "any")]
    assert [r.set for r in note.results] == adult_sets
    labour = next(r for r in note.results if r.set == "ilo-adult-labour")
    # Recruitment (deception) and exploitation present, no means at destination:
    # not "strong"; any dimension present gives "some"; open answers could still make it strong.
    assert labour.verdict == "some-indication"
    assert labour.could_change is True
    assert labour.dimensions_present == ("deceptive_recruitment", "exploitative_conditions")
    assert [(i.id, i.label) for i in labour.indicators_present] == [
        ("ilo-al-dr-deceived-nature-of-job", "Обман щодо характеру роботи, місця роботи чи роботодавця"),
        ("ilo-al-dr-deceived-wages", "Обман щодо заробітної плати чи заробітку"),
        ("ilo-al-ec-excessive-hours", "Надмірна кількість робочих днів чи годин"),
        ("ilo-al-ec-low-or-no-salary", "Низька оплата або її відсутність"),
        ("ilo-al-cd-confiscation-of-documents", "Вилучення документів (у місці призначення)"),
    ]
    sexual = next(r for r in note.results if r.set == "ilo-adult-sexual")
    assert (sexual.verdict, sexual.dimensions_present, sexual.indicators_present) == ("no-indication", (), ())
    for unrated in (r for r in note.results if r.set.startswith(("unodc-", "context-"))):
        assert unrated.verdict is None and unrated.indicators_present == ()
    assert note.urgent_needs == ("documents_held",)
    assert note.police_involvement == "not-wanted" and note.consent_to_refer is True
    assert [(t.service, t.contact, t.reason) for t in note.referral_targets] == [
        ("ua-iom-527", "527", "Документи утримує хтось інший; Виявлено окремі ознаки торгівлі людьми"),
        ("ua-la-strada", "0 800 500 335", "Документи утримує хтось інший; Виявлено окремі ознаки торгівлі людьми"),
        ("ua-police-102", "102", "Документи утримує хтось інший"),
        ("ua-documents-asc-migration", None, "Документи утримує хтось інший"),
        ("ua-hotline-1547", "1547", "Виявлено окремі ознаки торгівлі людьми"),
    ]
    versions = {v.id: v for v in note.data_versions}
    assert list(versions) == adult_sets + ["ukraine-referral"]
    assert versions["ilo-adult-labour"].sha256 == catalog.sets["ilo-adult-labour"].sha256
    assert versions["ukraine-referral"].sha256 == catalog.hashes["ukraine-referral"]
    assert note.free_text is None


def test_child_note_without_answers_still_refers_to_child_services(catalog):
    note = build_note(catalog, Setup(age_band="14-17"), {}, month="2026-01", note_id="a" * 32)
    child_sets = [s.id for s in catalog.sets.values() if s.info.population in ("child", "any")]
    assert [r.set for r in note.results] == child_sets
    assert {r.verdict for r in note.results} <= {"no-indication", None}
    assert [t.service for t in note.referral_targets] == ["ua-children-hotline", "ua-child-services", "ua-children-hotline-116111"]


def test_random_note_id_and_current_month(catalog):
    a = build_note(catalog, Setup(age_band="18-24"), {})
    b = build_note(catalog, Setup(age_band="18-24"), {})
    assert re.fullmatch(r"[0-9a-f]{32}", a.note_id) and a.note_id != b.note_id
    assert re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", a.month)


def test_answer_to_a_set_that_does_not_apply_is_an_unknown_indicator(catalog):
    with pytest.raises(UnknownIndicator) as caught:
        build_note(catalog, Setup(age_band="25-59"), {"ilo-cl-dr-deceived-nature-of-job": "yes", "ilo-al-ec-excessive-hours": "yes"})
    assert caught.value.indicator_ids == ["ilo-cl-dr-deceived-nature-of-job"]


@pytest.mark.parametrize("kwargs, message", [
    ({"urgent_needs": ["legal_aid"]}, "not an urgent need"),
    ({"urgent_needs": ["teleport"]}, "not an urgent need"),
    ({"police_involvement": "maybe"}, "police involvement"),
    ({"month": "2026-13"}, "YYYY-MM"),
    ({"note_id": "Ivan-Petrenko"}, "32 lowercase hex"),
])
def test_bad_note_input_is_refused(catalog, kwargs, message):
    with pytest.raises(NoteError, match=message):
        build_note(catalog, Setup(age_band="25-59"), {}, **kwargs)


@pytest.mark.parametrize("setup, message", [
    (Setup(age_band="25-59", oblast="Kyiv, Khreshchatyk 1"), "unknown oblast"),
    (Setup(age_band="25-59", screener_role="Olena Kovalenko"), "unknown screener role"),
    (Setup(age_band="33"), "unknown age band"),
    (Setup(age_band="25-59", language="de"), "unknown language"),
])
def test_setup_that_could_carry_personal_data_is_refused(catalog, setup, message):
    with pytest.raises(NoteError, match=message):
        build_note(catalog, setup, {})


def test_note_validates_against_the_published_schema(catalog):
    from screening.catalog.schemas import errors

    note = build_note(catalog, Setup(age_band="25-59", language="ru"), ADULT_ANSWERS, urgent_needs=["immediate_danger", "no_safe_place"])
    assert list(errors("referral-note", note.model_dump(mode="json"))) == []
