"""Which questionnaire and which indicator sets apply to one screening, and why: one answer
for the app, the command line, the referral note and the tests.

The questionnaire follows the person's age: the shipped adult or child form, else the first
(by id) of those for the population, else the first for "any" population.

Two things decide it. The person's age: the child sets under 18, the adult sets from 18.
And the form of exploitation the screener set up: a screening set up as labour exploitation
does not show a verdict on the sexual-exploitation set (a "some indication" there, made of
answers about work, would mislead), unless an indicator of that set was answered "yes" — a
disclosure always counts. Domestic servitude is forced labour in a household, so it keeps
the labour sets. "Unknown" and "other" keep every set.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from screening.models import IndicatorSet

# The set-up's exploitation context -> the set exploitation types it keeps ("any" sets always stay).
KEPT_BY_CONTEXT: dict[str, frozenset[str] | None] = {
    "unknown": None,
    "other": None,
    "labour": frozenset({"labour"}),
    "sexual": frozenset({"sexual"}),
    "domestic-servitude": frozenset({"labour", "domestic-servitude"}),
}


# The shipped questionnaire for each population (chosen first when installed).
PREFERRED_FORMS = {"adult": "adult-screening", "child": "child-screening"}
# Where the screening happens unless the command line says otherwise, and its referral directory.
DEFAULT_COUNTRY = "UA"
DEFAULT_DIRECTORY = "ukraine-referral"


def choose_directory(catalog):
    """The referral directory: the shipped one, the example one only when nothing else is
    installed, None when there is none."""
    if DEFAULT_DIRECTORY in catalog.directories:
        return catalog.directories[DEFAULT_DIRECTORY]
    shipped = sorted(d for d in catalog.directories if not d.startswith("example"))
    found = shipped or sorted(catalog.directories)
    return catalog.directories[found[0]] if found else None


def form_sets(catalog, form) -> list[IndicatorSet]:
    """The sets a form names, in the form's order (the order of the screen and of the note);
    every installed set, by id, without a form."""
    if form is None:
        return [catalog.sets[s] for s in sorted(catalog.sets)]
    return [catalog.sets[s] for s in form.sets if s in catalog.sets]


def choose_form(catalog, setup):
    """The questionnaire for the person's age: the shipped one, then one for the population (by
    id), then one for any population; None when nothing fits."""
    population = setup.population
    preferred = catalog.questionnaires.get(PREFERRED_FORMS[population])
    if preferred is not None:
        return preferred
    for wanted in (population, "any"):
        ids = sorted(i for i, form in catalog.questionnaires.items() if form.population == wanted)
        if ids:
            return catalog.questionnaires[ids[0]]
    return None


@dataclass(frozen=True)
class SetChoice:
    """One set of the form: whether it applies, and why (a reason code for the interface)."""

    indicator_set: IndicatorSet
    applies: bool
    reason: str  # "population", "context", "disclosed", "context-excluded", "population-excluded"


def choose_sets(sets: Iterable[IndicatorSet], setup, answers: Mapping[str, str] | None = None,
                wanted: Iterable[str] | None = None) -> list[SetChoice]:
    """Every set (of `wanted`, when given), with whether it applies to this person and set-up.

    `answers` are indicator answers; a 'yes' to an indicator of a set the context leaves out
    brings that set back ("disclosed")."""
    population = setup.population
    names = set(wanted) if wanted is not None else None
    kept = KEPT_BY_CONTEXT.get(setup.exploitation_context)
    answers = answers or {}
    choices: list[SetChoice] = []
    for indicator_set in sets:
        if names is not None and indicator_set.id not in names:
            continue
        info = indicator_set.info
        if info.population not in (population, "any"):
            choices.append(SetChoice(indicator_set, False, "population-excluded"))
        elif kept is None or info.exploitation == "any" or info.exploitation in kept:
            choices.append(SetChoice(indicator_set, True, "population" if kept is None or info.exploitation == "any" else "context"))
        elif any(answers.get(i.id) == "yes" for i in indicator_set.indicators):
            choices.append(SetChoice(indicator_set, True, "disclosed"))
        else:
            choices.append(SetChoice(indicator_set, False, "context-excluded"))
    return choices


def disclosed(sets: Iterable[IndicatorSet], setup, yes_questions: Iterable) -> dict[str, str]:
    """The 'yes' answers that count as a disclosure: those of questions answered 'yes' that record
    no indicator of a set the context keeps. A question about long hours records an indicator of the
    sexual-exploitation set too; in a labour screening it is about labour, not a disclosure."""
    sets = list(sets)
    kept = [c.indicator_set for c in choose_sets(sets, setup) if c.applies]
    found: dict[str, str] = {}
    for question in yes_questions:
        if not any(s.has(i) for s in kept for i in question.indicators):
            found.update((i, "yes") for i in question.indicators)
    return found


def sets_for(catalog, session) -> list[IndicatorSet]:
    """The form's sets that apply to this screening: age, context and the disclosures made."""
    wanted = form_sets(catalog, session.form)
    return applicable(wanted, session.setup, disclosed(wanted, session.setup, session.yes_questions()))


def applicable(sets: Iterable[IndicatorSet], setup, answers: Mapping[str, str] | None = None,
               wanted: Iterable[str] | None = None) -> list[IndicatorSet]:
    """The sets that apply, in the order given."""
    return [c.indicator_set for c in choose_sets(sets, setup, answers, wanted) if c.applies]
