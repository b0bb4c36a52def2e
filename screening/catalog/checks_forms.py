"""Cross-checks of questionnaires, the referral directory and vignettes against the sets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

from screening.catalog.problems import child, did_you_mean
from screening.models import AGE_BANDS
from screening.models.forms import (
    QuestionIn, Questionnaire, ReferralDirectory, SetupIn, ShowAllOf, ShowAnyOf, ShowCondition,
    ShowNot, VignetteCollection,
)
from screening.models.common import SCREENER_ROLES
from screening.catalog.problems import Problem

if TYPE_CHECKING:
    from screening.catalog.data import Catalog

SETUP_VALUES: dict[str, set[str]] = {"age_band": set(AGE_BANDS), "screener_role": set(SCREENER_ROLES)}


def check(name: str, kind: str, model: Any, catalog: "Catalog") -> list[Problem]:
    if kind == "questionnaire":
        return _questionnaire(name, model, catalog)
    if kind == "referral-directory":
        return _directory(name, model)
    return _vignettes(name, model, catalog)


def _leaves(condition: ShowCondition, path: str) -> Iterator[tuple[str, ShowCondition]]:
    if isinstance(condition, ShowAllOf):
        for i, part in enumerate(condition.all_of):
            yield from _leaves(part, f"{path}.all_of[{i}]")
    elif isinstance(condition, ShowAnyOf):
        for i, part in enumerate(condition.any_of):
            yield from _leaves(part, f"{path}.any_of[{i}]")
    elif isinstance(condition, ShowNot):
        yield from _leaves(condition.not_, f"{path}.not")
    else:
        yield path, condition


def _condition(name: str, condition: ShowCondition | None, path: str, earlier: list[str], later: set[str]) -> list[Problem]:
    problems: list[Problem] = []
    if condition is None:
        return problems
    for where, leaf in _leaves(condition, path):
        if isinstance(leaf, QuestionIn) and leaf.question not in earlier:
            why = "it comes later in the form" if leaf.question in later else f"no such question{did_you_mean(leaf.question, earlier)}"
            problems.append(Problem(name, f"{where}.question", f"skip condition refers to {leaf.question!r}: {why}; expected an earlier question"))
        if isinstance(leaf, SetupIn) and leaf.setup in SETUP_VALUES:
            for value in leaf.in_:
                if value not in SETUP_VALUES[leaf.setup]:
                    problems.append(Problem(name, f"{where}.in", f"unknown {leaf.setup} {value!r}; expected one of {', '.join(sorted(SETUP_VALUES[leaf.setup]))}"))
    return problems


def _questionnaire(name: str, form: Questionnaire, catalog: "Catalog") -> list[Problem]:
    problems: list[Problem] = []
    for i, set_id in enumerate(form.sets):
        if set_id not in catalog.sets:
            problems.append(Problem(name, f"$.sets[{i}]", f"unknown indicator set {set_id!r}{did_you_mean(set_id, catalog.sets)}"))
    all_ids = catalog.all_indicator_ids()
    all_questions = {q.id for s in form.sections for q in s.questions}
    earlier: list[str] = []
    section_ids: set[str] = set()
    for si, section in enumerate(form.sections):
        spath = f"$.sections[{si}]"
        if section.id in section_ids:
            problems.append(Problem(name, f"{spath}.id", f"duplicate section id {section.id!r}"))
        section_ids.add(section.id)
        problems += _condition(name, section.show_if, f"{spath}.show_if", earlier, all_questions - set(earlier))
        for qi, question in enumerate(section.questions):
            qpath = f"{spath}.questions[{qi}]"
            if question.id in earlier:
                problems.append(Problem(name, f"{qpath}.id", f"duplicate question id {question.id!r}"))
            problems += _condition(name, question.show_if, f"{qpath}.show_if", earlier, all_questions - set(earlier))
            for ii, indicator_id in enumerate(question.indicators):
                owner = catalog.indicator_owner(indicator_id)
                if owner is None:
                    problems.append(Problem(name, f"{qpath}.indicators[{ii}]", f"unknown indicator {indicator_id!r}; expected an id from an indicator set{did_you_mean(indicator_id, all_ids)}"))
                elif owner.id not in form.sets:
                    problems.append(Problem(name, f"{qpath}.indicators[{ii}]", f"indicator {indicator_id!r} belongs to set {owner.id!r}, which this form does not list in $.sets"))
            earlier.append(question.id)
    if form.short_interview is not None:
        for ci, question_id in enumerate(form.short_interview.core):
            if question_id not in all_questions:
                problems.append(Problem(name, f"$.short_interview.core[{ci}]", f"unknown question {question_id!r}; expected a question id of this form{did_you_mean(question_id, all_questions)}"))
    named = {leaf.question for s in form.sections for c in (s.show_if, *(q.show_if for q in s.questions)) if c is not None
             for _, leaf in _leaves(c, "$") if isinstance(leaf, QuestionIn)}
    for si, section in enumerate(form.sections):
        for qi, question in enumerate(section.questions):
            if not question.indicators and question.id not in named:
                problems.append(Problem(name, f"$.sections[{si}].questions[{qi}].indicators", f"question {question.id!r} records no indicator and opens no follow-up; expected at least one indicator, or a later show_if naming it (a gateway)"))
    return problems


def _directory(name: str, directory: ReferralDirectory) -> list[Problem]:
    problems: list[Problem] = []
    need_ids = {n.id for n in directory.needs}
    service_ids: set[str] = set()
    for ci, country in enumerate(directory.countries):
        for si, service in enumerate(country.services):
            path = f"$.countries[{ci}].services[{si}]"
            if service.id in service_ids:
                problems.append(Problem(name, f"{path}.id", f"duplicate service id {service.id!r}"))
            service_ids.add(service.id)
            for ni, need in enumerate(service.needs):
                if need not in need_ids:
                    problems.append(Problem(name, f"{path}.needs[{ni}]", f"unknown need {need!r}; expected one listed in $.needs{did_you_mean(need, need_ids)}"))
    for ri, rule in enumerate(directory.routing):
        if rule.when.need is not None and rule.when.need not in need_ids:
            problems.append(Problem(name, f"$.routing[{ri}].when.need", f"unknown need {rule.when.need!r}{did_you_mean(rule.when.need, need_ids)}"))
        for si, service_id in enumerate(rule.services):
            if service_id not in service_ids:
                problems.append(Problem(name, f"$.routing[{ri}].services[{si}]", f"unknown service {service_id!r}{did_you_mean(service_id, service_ids)}"))
    return problems


def _vignettes(name: str, collection: VignetteCollection, catalog: "Catalog") -> list[Problem]:
    problems: list[Problem] = []
    source_ids = {s.id for s in collection.sources}
    all_ids = catalog.all_indicator_ids()
    seen: set[str] = set()
    for vi, vignette in enumerate(collection.vignettes):
        path = f"$.vignettes[{vi}]"
        if vignette.id in seen:
            problems.append(Problem(name, f"{path}.id", f"duplicate vignette id {vignette.id!r}"))
        seen.add(vignette.id)
        for bi, ref in enumerate(vignette.based_on):
            if ref.source not in source_ids:
                problems.append(Problem(name, f"{path}.based_on[{bi}].source", f"unknown source {ref.source!r}; expected one listed in $.sources"))
        for indicator_id in vignette.expected_answers:
            if indicator_id not in all_ids:
                problems.append(Problem(name, child(f"{path}.expected_answers", indicator_id), f"unknown indicator {indicator_id!r}{did_you_mean(indicator_id, all_ids)}"))
        for ri, result in enumerate(vignette.expected_results):
            indicator_set = catalog.sets.get(result.set)
            if indicator_set is None:
                problems.append(Problem(name, f"{path}.expected_results[{ri}].set", f"unknown indicator set {result.set!r}{did_you_mean(result.set, catalog.sets)}"))
                continue
            dims = [d.id for d in indicator_set.dimensions]
            for di, dim in enumerate(result.dimensions_present):
                if dim not in dims:
                    problems.append(Problem(name, f"{path}.expected_results[{ri}].dimensions_present[{di}]", f"unknown dimension {dim!r} of set {result.set!r}"))
    return problems
