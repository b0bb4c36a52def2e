"""Every training vignette, answered as its story says, reaches the same verdict per set in the
short interview as through the whole form (issue 14). The question counts are measured in
tests/benchmarks/short_interview.py, not here."""

from __future__ import annotations

import pytest

from screening.data import load_catalog
from tests.benchmarks.short_interview import compare

CATALOG = load_catalog()
VIGNETTES = [v for c in CATALOG.vignettes.values() if not c.id.startswith("example") for v in c.vignettes]


@pytest.mark.parametrize("vignette", VIGNETTES, ids=lambda v: v.id)
def test_short_interview_reaches_the_full_forms_verdict(vignette):
    row = compare(CATALOG, vignette)
    assert row["short_verdicts"] == row["full_verdicts"], vignette.id
    assert row["short"] < row["full"], "the short interview asked every question"
