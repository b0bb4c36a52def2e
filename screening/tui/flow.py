"""The screening's decisions that need no widgets: which form, which sets, which urgent needs.

Kept apart from the screens (and free of Textual) so that tests and screens share one
answer to "which questionnaire does a 15-year-old get?".
"""

from __future__ import annotations

from screening.catalog.data import Catalog
from screening.engine.score import Assessment, for_set
from screening.engine.interview import askable_indicators, assess, next_step, not_asked, out_of_reach  # noqa: F401  (next_step, not_asked: the screens' import place)
from screening.models import IndicatorSet, Need, Service
from screening.engine.policy import SetChoice, choose_directory, choose_form, choose_sets, disclosed, form_sets, sets_for  # noqa: F401  (choose_form: the screens' import place)
from screening.engine.session import Session

# The setup values a form's skip logic can test with {"setup": "exploitation_context", ...}.
EXPLOITATION_CONTEXTS: tuple[str, ...] = ("unknown", "labour", "sexual", "domestic-servitude", "other")
def assessments(catalog: Catalog, session: Session) -> list[tuple[IndicatorSet, Assessment]]:
    """Each applicable set of the form (screening.engine.policy), scored on the visible answers only;
    "could change" names only what a question still to be asked can bring in."""
    answers = session.indicator_answers()
    askable = askable_indicators(session.form, session.setup, session.answers)
    return [(s, assess(s, for_set(s, answers), askable)) for s in sets_for(catalog, session)]


def unreachable(catalog: Catalog, session: Session, indicator_set: IndicatorSet) -> tuple[str, ...]:
    """Indicators that would raise this set's verdict but that no question will ask any more."""
    askable = askable_indicators(session.form, session.setup, session.answers)
    in_form = {i for _, q in session.form.questions() if q.id not in session.answers for i in q.indicators}
    return out_of_reach(indicator_set, for_set(indicator_set, session.indicator_answers()), askable, in_form)


def left_out(catalog: Catalog, session: Session) -> list[SetChoice]:
    """The form's sets for this age that the exploitation context leaves out, with why."""
    wanted = form_sets(catalog, session.form)
    found = disclosed(wanted, session.setup, session.yes_questions())
    return [c for c in choose_sets(wanted, session.setup, found) if c.reason == "context-excluded"]


directory = choose_directory  # the referral directory: the policy's choice, under the name the screens use


def urgent_needs(catalog: Catalog) -> list[Need]:
    from screening.export.referral import urgent_needs as from_referral  # loaded when the triage first opens

    found = directory(catalog)
    return [] if found is None else list(from_referral(found))


def services_for(catalog: Catalog, need_ids: list[str], population: str) -> list[Service]:
    """Services the directory routes these needs to, in routing order, without repeats."""
    found = directory(catalog)
    if found is None:
        return []
    by_id = {s.id: s for c in found.countries for s in c.services}
    chosen: list[Service] = []
    for rule in found.routing:
        if rule.when.need in need_ids and rule.when.population in (None, population):
            for service_id in rule.services:
                service = by_id.get(service_id)
                if service is not None and service not in chosen:
                    chosen.append(service)
    return chosen
