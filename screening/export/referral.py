"""From a screening to an anonymised referral note: urgent needs, routing, the note itself.

This is the only road from answers to the one thing the program ever writes. It keeps
to the allowed list of DESIGN.md: verdicts, indicator ids and labels, urgent needs,
services, versions and hashes, a random id and the month. Free text goes through
`redact()` here as well as in the UI, so no caller can skip it (defence in depth).
"""

from __future__ import annotations

import re
import secrets
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Collection, Container, Iterable, Mapping, cast

from screening.i18n.locale import Strings
from screening.redact.clean_text import strip_controls
from screening.engine.score import UnknownIndicator
from screening.engine.interview import assess
from screening.models import AGE_BANDS, LANGUAGES, VERDICT_RANK, Answer, Need, ReferralDirectory, Service
from screening.models.note import (
    OBLASTS, SCREENER_ROLES, DataVersion, IndicatorPresent, ReferralNote, ReferralTarget, SetResult,
)
from screening.engine.policy import DEFAULT_COUNTRY, DEFAULT_DIRECTORY, applicable, form_sets
from screening.engine.session import applicable_sets, population_for

if TYPE_CHECKING:
    from screening.catalog.data import Catalog
    from screening.models.common import AgeBand, Language
    from screening.models.note import PoliceInvolvement, ScreenerRole
    from screening.engine.session import Setup

FALLBACK_COUNTRY = "INTL"
POLICE_INVOLVEMENT = ("wanted", "not-wanted", "not-asked", "declined")
FREE_TEXT_LIMIT = 2000

# Why a service is on the note, in English; their uk and ru are in the catalogues of screening/i18n/locale
# (msgctxt "referral.<key>"; after a change, run python -m screening.tui.update_translations, docs/translation.md).
_REASONS = Strings({
    "child": "Under 18: a child is always referred to child services",
    "strong-indication": "Strong indicators of trafficking found",
    "some-indication": "Some indicators of trafficking found",
    "always": "Recommended for every screening",
    "check": "number not verified: check before calling",
}, context="referral.")


class NoteError(ValueError):
    """Input that cannot become a note (unknown need, role, oblast, over-long text)."""


def _say(key: str, language: str) -> str:
    return _REASONS(key, language)


# --- urgent needs and routing ------------------------------------------------------------


def urgent_needs(directory: ReferralDirectory) -> list[Need]:
    """The triage needs (each with its `question`), in directory order."""
    return [need for need in directory.needs if need.urgent]


def country_services(directory: ReferralDirectory, country: str) -> dict[str, Service]:
    """Services of `country`, or of the international fallback when the country is not listed."""
    by_code = {c.code: c for c in directory.countries}
    chosen = by_code.get(country) or by_code.get(FALLBACK_COUNTRY)
    return {s.id: s for s in chosen.services} if chosen else {}


def _rank(verdicts: Iterable[str | None]) -> int:
    return max((VERDICT_RANK[v] for v in verdicts if v is not None), default=-1)


def route(
    directory: ReferralDirectory,
    *,
    country: str,
    is_child: bool,
    verdicts: Iterable[str | None],
    needs: Iterable[str],
    language: str,
) -> list[ReferralTarget]:
    """Services to refer to, deduplicated, urgent needs first, then in rule order.

    A rule holds when every condition it names holds (need given, population matches,
    best verdict at least the threshold). Only services of `country` (or the fallback)
    are used; a service matched by several rules keeps every reason.
    """
    services = country_services(directory, country)
    need_by_id = {n.id: n for n in directory.needs}
    wanted = list(dict.fromkeys(needs))
    unknown = [n for n in wanted if n not in need_by_id]
    if unknown:
        raise NoteError(f"unknown need(s) {', '.join(map(repr, unknown))}; expected one of {', '.join(need_by_id)}")
    best = _rank(verdicts)
    population = population_for(is_child)

    urgent: list[tuple[str, str]] = []
    other: list[tuple[str, str]] = []
    for rule in directory.routing:
        when = rule.when
        if when.need is not None and when.need not in wanted:
            continue
        if when.population is not None and when.population != population:
            continue
        if when.verdict_at_least is not None and best < VERDICT_RANK[when.verdict_at_least]:
            continue
        if when.need is not None:
            reason = need_by_id[when.need].label.get(language)
        elif when.verdict_at_least is not None:
            reason = _say(when.verdict_at_least, language)
        elif when.population == "child":
            reason = _say("child", language)
        else:
            reason = _say("always", language)
        is_urgent = when.need is not None and need_by_id[when.need].urgent
        (urgent if is_urgent else other).extend((sid, reason) for sid in rule.services if sid in services)

    reasons: dict[str, list[str]] = {}
    for service_id, reason in urgent + other:
        bucket = reasons.setdefault(service_id, [])
        if reason not in bucket:
            bucket.append(reason)
    targets = []
    for service_id, why in reasons.items():
        service = services[service_id]
        if service.contact is not None and service.verification.status in ("secondary", "unverified"):
            why = [*why, _say("check", language)]
        targets.append(ReferralTarget(
            service=service_id,
            name=_clip(service.name.get(language), 200),
            contact=service.contact,
            reason=_clip("; ".join(why), 300),
        ))
    return targets


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- the note ------------------------------------------------------------------------------

_MONTH = re.compile(r"^20[0-9]{2}-(0[1-9]|1[0-2])$")
_NOTE_ID = re.compile(r"^[0-9a-f]{32}$")


def build_note(
    catalog: "Catalog",
    setup: "Setup",
    indicator_answers: Mapping[str, Answer],
    *,
    urgent_needs: Iterable[str] = (),
    police_involvement: str = "not-asked",
    consent_to_refer: bool = False,
    free_text: str | None = None,
    form_id: str | None = None,
    country: str = DEFAULT_COUNTRY,
    directory_id: str = DEFAULT_DIRECTORY,
    month: str | None = None,
    note_id: str | None = None,
    askable: Container[str] | None = None,
) -> ReferralNote:
    """Score the sets that apply to this person and write down the result, without personal data.

    Raises `UnknownIndicator` for an answer to an indicator none of the applicable sets
    has, `NoteError` for any other input that cannot go into a note, and `KeyError` for
    an unknown form or directory id.
    """
    language = setup.language
    _check_setup(setup, police_involvement)
    form = catalog.questionnaires[form_id] if form_id is not None else None
    directory = catalog.directories[directory_id]
    for_age = applicable_sets(form_sets(catalog, form), setup)  # in the form's order, as on the screen
    if not for_age:
        raise NoteError(f"no indicator set applies to age band {setup.age_band!r}" + (f" in form {form_id!r}" if form_id else ""))
    stray = sorted(i for i in indicator_answers if not any(s.has(i) for s in for_age))
    if stray:
        raise UnknownIndicator("+".join(s.id for s in for_age), stray)
    sets = applicable(for_age, setup, indicator_answers)  # the exploitation context leaves some out

    results = []
    for indicator_set in sets:
        # "Could change" as on the results screen: only what a question still to be asked can bring in
        # (`askable`, from the app; None: every open indicator).
        assessment = assess(indicator_set, {k: v for k, v in indicator_answers.items() if indicator_set.has(k)}, askable)
        results.append(SetResult(
            set=indicator_set.id,
            verdict=assessment.verdict,
            could_change=assessment.could_change,
            dimensions_present=assessment.dimensions_present,
            indicators_present=tuple(
                IndicatorPresent(id=i, label=_clip(indicator_set.indicator(i).label.get(language), 300)) for i in assessment.yes
            ),
        ))

    needs = list(dict.fromkeys(urgent_needs))
    urgent_ids = {n.id for n in directory.needs if n.urgent}
    not_urgent = [n for n in needs if n not in urgent_ids]
    if not_urgent:
        raise NoteError(f"not an urgent need: {', '.join(map(repr, not_urgent))}; expected one of {', '.join(sorted(urgent_ids))}")
    targets = route(
        directory, country=country, is_child=setup.is_child, verdicts=[r.verdict for r in results], needs=needs, language=language,
    )

    versions = [DataVersion(id=s.id, version=s.version, sha256=s.sha256) for s in sets]
    if form is not None:
        versions.append(DataVersion(id=form.id, version=form.version, sha256=catalog.hashes[form.id]))
    versions.append(DataVersion(id=directory.id, version=directory.version, sha256=catalog.hashes[directory.id]))

    # The casts: _check_setup above refused any value outside these Literals.
    return ReferralNote(
        note_id=_note_id(note_id),
        month=_month(month),
        age_band=cast("AgeBand", setup.age_band),
        oblast=setup.oblast,
        screener_role=cast("ScreenerRole", setup.screener_role),
        language=cast("Language", language),
        consent_to_refer=consent_to_refer,
        results=tuple(results),
        urgent_needs=tuple(needs),
        police_involvement=cast("PoliceInvolvement", police_involvement),
        referral_targets=tuple(targets),
        data_versions=tuple(versions),
        free_text=redacted_free_text(free_text, language),
    )


def redacted_free_text(text: str | None, language: str) -> str | None:
    """Free text as it may enter a note: redacted, trimmed, None when empty."""
    if text is None:
        return None
    text = strip_controls(text)  # no escape sequences or bidi overrides in a note
    if not text.strip():
        return None
    from screening.redact.text import redact

    cleaned = redact(text, language=language).text.strip()
    if len(cleaned) > FREE_TEXT_LIMIT:
        raise NoteError(f"free text is {len(cleaned)} characters after redaction; a note holds at most {FREE_TEXT_LIMIT}")
    return cleaned or None


def _check_setup(setup: "Setup", police_involvement: str) -> None:
    if setup.age_band not in AGE_BANDS:
        raise NoteError(f"unknown age band {setup.age_band!r}; expected one of {', '.join(AGE_BANDS)}")
    if setup.language not in LANGUAGES:
        raise NoteError(f"unknown language {setup.language!r}; expected one of {', '.join(LANGUAGES)}")
    if setup.screener_role not in SCREENER_ROLES:
        raise NoteError(f"unknown screener role {setup.screener_role!r}; expected one of {', '.join(SCREENER_ROLES)}")
    if setup.oblast is not None and setup.oblast != "abroad" and setup.oblast not in OBLASTS:
        raise NoteError(f"unknown oblast {setup.oblast!r}; expected an ISO 3166-2:UA code such as UA-12, 'abroad', or none")
    if police_involvement not in POLICE_INVOLVEMENT:
        raise NoteError(f"unknown police involvement {police_involvement!r}; expected one of {', '.join(POLICE_INVOLVEMENT)}")


def _month(month: str | None) -> str:
    value = month if month is not None else datetime.now(timezone.utc).strftime("%Y-%m")
    if not _MONTH.match(value):
        raise NoteError(f"month {value!r} is not YYYY-MM")
    return value


def _note_id(note_id: str | None) -> str:
    value = note_id if note_id is not None else secrets.token_hex(16)
    if not _NOTE_ID.match(value):
        raise NoteError("note id must be 32 lowercase hex digits")
    return value
