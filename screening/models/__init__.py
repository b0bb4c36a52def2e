"""Typed, frozen views of the data. Nothing inside the program sees a raw dict.

The referral note's model (pydantic) is `screening.models.note.ReferralNote`; it is not
imported here, so that the data models come without pydantic (see common.py).
"""

from screening.models.common import (
    AGE_BANDS, ANSWERS, CHILD_AGE_BANDS, LANGUAGES, VERDICT_RANK, Answer, AgeBand, Frozen,
    Language, LocalText, SourceEntry, SourceRef, Strength, Verdict,
)
from screening.models.forms import (
    Country, Need, Question, Questionnaire, ReferralDirectory, Section, Service,
    ShowCondition, Vignette, VignetteCollection,
)
from screening.models.indicator_set import (
    Dimension, Indicator, IndicatorSet, IndicatorSetDocument, Rule, RuleCondition, SetInfo,
)

__all__ = [
    "AGE_BANDS", "ANSWERS", "CHILD_AGE_BANDS", "LANGUAGES", "VERDICT_RANK", "Answer",
    "AgeBand", "Country", "Dimension", "Frozen", "Indicator", "IndicatorSet",
    "IndicatorSetDocument", "Language", "LocalText", "Need", "Question", "Questionnaire",
    "ReferralDirectory", "Rule", "RuleCondition", "Section", "Service",
    "SetInfo", "ShowCondition", "SourceEntry", "SourceRef", "Strength", "Verdict",
    "Vignette", "VignetteCollection",
]
