"""Demonstration: the expected result builds up dimension by dimension to the hand result."""

from __future__ import annotations

import pytest

from screening.catalog.data import load_catalog
from screening.training import demonstration_steps, find_vignette

CATALOG = load_catalog()
VIGNETTES = CATALOG.vignettes["training-vignettes"].vignettes


@pytest.mark.parametrize("vignette", VIGNETTES, ids=lambda v: v.id)
def test_last_step_of_each_rated_set_gives_the_expected_result(vignette):
    steps = demonstration_steps(CATALOG, vignette)
    assert [s.number for s in steps] == list(range(1, len(steps) + 1))
    for expected in vignette.expected_results:
        last = [s for s in steps if s.set_id == expected.set][-1]
        assert last.verdict == expected.verdict
        assert set(last.dimensions_present) == set(expected.dimensions_present)
    added = [i for s in steps for i, _ in s.added]
    assert sorted(added) == sorted(vignette.expected_answers)


def test_border_case_by_hand():
    steps = [s for s in demonstration_steps(CATALOG, find_vignette(CATALOG, "border-ride-domestic-work"))
             if s.set_id == "ilo-adult-labour"]
    # deceptive recruitment (3 medium) -> present, some indication
    # recruitment abuse of vulnerability (1 medium + 1 weak) -> not present
    # exploitative conditions (1 strong + 2 medium) -> present, still some
    # coercion at destination -> present, strong indication
    assert [s.dimension for s in steps] == [
        "deceptive_recruitment", "recruitment_abuse_of_vulnerability", "exploitative_conditions", "coercion_at_destination"]
    assert [s.dimension_now_present for s in steps] == [True, False, True, True]
    assert [s.verdict for s in steps] == ["some-indication", "some-indication", "some-indication", "strong-indication"]
    assert ("ilo-al-cd-violence", "no") in steps[-1].added


def test_unrated_sets_build_up_without_a_verdict():
    steps = [s for s in demonstration_steps(CATALOG, find_vignette(CATALOG, "child-begging-at-station"))
             if s.set_id == "context-ukraine-war"]
    assert steps and all(s.verdict is None for s in steps)
