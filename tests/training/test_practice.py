"""Practice scoring, golden cases worked out by hand (see the module docstring for F1)."""

from __future__ import annotations

import pytest

from screening.catalog.data import load_catalog
from screening.training import f1, find_vignette, practice_result

CATALOG = load_catalog()
COURIER = find_vignette(CATALOG, "courier-job-drugs")


def test_f1_by_hand():
    assert f1(set(), set()) == 1.0
    assert f1({"a", "b"}, set()) == 0.0
    assert f1({"a", "b", "c"}, {"a", "x"}) == pytest.approx(2 * 1 / 5)


def test_perfect_answers_score_one_and_agree():
    result = practice_result(CATALOG, COURIER, dict(COURIER.expected_answers))
    assert result.score == 1.0
    assert result.missed == () and result.over_called == ()
    assert result.verdicts_agreed == (1, 1)
    assert [s.set_id for s in result.sets] == ["ilo-adult-labour", "context-ukraine-war", "unodc-general"]


def test_partial_answers_golden_case():
    # Expected yes in ilo-adult-labour: 6 (deceived job, deceived contract, forced offences,
    # threats, threats to family, threat of denunciation). The trainee marks 3 of them and
    # over-calls excessive hours: F1 = 2*3/(6+4) = 0.6. Other sets: 2 + 2 expected, none marked.
    answers = {
        "ilo-al-dr-deceived-nature-of-job": "yes",
        "ilo-al-cd-forced-illicit-activities": "yes",
        "ilo-al-cd-threats-of-violence": "yes",
        "ilo-al-ec-excessive-hours": "yes",
        "ilo-al-cd-threat-denunciation": "unknown",
    }
    result = practice_result(CATALOG, COURIER, answers)
    ilo = result.comparison("ilo-adult-labour")
    assert ilo.score == pytest.approx(0.6)
    assert [n.indicator.id for n in ilo.missed] == [
        "ilo-al-dr-deceived-contract", "ilo-al-cd-threat-denunciation", "ilo-al-cd-violence-on-family"]
    assert [n.indicator.id for n in ilo.over_called] == ["ilo-al-ec-excessive-hours"]
    denunciation = ilo.missed[1]
    assert (denunciation.expected, denunciation.trainee) == ("yes", "unknown")
    over = ilo.over_called[0]
    assert (over.expected, over.trainee) == ("unknown", "yes")
    assert over.indicator.explanation.en and over.indicator.sources
    # Trainee's rule result: one strong in each of two dimensions, nothing present; a strong yes.
    assert ilo.trainee_dimensions == ()
    assert ilo.trainee_verdict == "some-indication" and ilo.verdict_agrees
    assert result.comparison("unodc-general").score == 0.0
    assert result.comparison("unodc-general").verdict_agrees is None
    # Pooled: 3 agreed, 10 expected, 4 given: 6/14.
    assert (result.agreed_yes, result.expected_yes, result.trainee_yes) == (3, 10, 4)
    assert result.score == pytest.approx(6 / 14)


def test_nothing_marked_scores_zero_and_misses_the_verdict():
    result = practice_result(CATALOG, COURIER, {})
    assert result.score == 0.0
    assert len(result.missed) == 10
    assert result.comparison("ilo-adult-labour").trainee_verdict == "no-indication"
    assert result.verdicts_agreed == (0, 1)


def test_not_trafficking_case_over_calling_changes_the_verdict():
    crsv = find_vignette(CATALOG, "crsv-survivor-not-trafficking")
    answers = {**crsv.expected_answers, "ilo-as-cd-violence": "yes"}
    result = practice_result(CATALOG, crsv, answers)
    ilo = result.comparison("ilo-adult-sexual")
    assert [n.indicator.id for n in ilo.over_called] == ["ilo-as-cd-violence"]
    assert ilo.over_called[0].expected == "no"
    assert ilo.expected_verdict == "no-indication" and ilo.trainee_verdict == "some-indication"
    assert ilo.verdict_agrees is False
    assert ilo.score == 0.0  # nothing expected, one given
    # context set: all three agreed
    assert result.comparison("context-ukraine-war").score == 1.0
    assert result.score == pytest.approx(2 * 3 / (3 + 4))


def test_yes_in_a_set_outside_the_vignette_is_over_called_there():
    smuggling = find_vignette(CATALOG, "border-crossing-smuggling-not-trafficking")
    result = practice_result(CATALOG, smuggling, {"ctx-undocumented-migrant": "yes", "unodc-gen-false-documents": "yes"})
    assert [s.set_id for s in result.sets] == ["ilo-adult-labour", "context-ukraine-war", "unodc-general"]
    assert result.comparison("ilo-adult-labour").score == 1.0  # nothing expected, nothing given
    assert [n.indicator.id for n in result.comparison("unodc-general").over_called] == ["unodc-gen-false-documents"]
    assert result.score == pytest.approx(2 * 1 / (1 + 2))


def test_declined_and_unknown_never_count_as_yes():
    answers = {k: ("declined" if v == "yes" else v) for k, v in COURIER.expected_answers.items()}
    result = practice_result(CATALOG, COURIER, answers)
    assert result.score == 0.0 and result.trainee_yes == 0
