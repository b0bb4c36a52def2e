"""Cross-checks inside one indicator set that its meta-schema cannot express."""

from __future__ import annotations

from typing import Iterator

from screening.catalog.problems import child, did_you_mean
from screening.models.indicator_set import AllOf, AnyOf, AnyYesIn, DimensionPresent, IndicatorSetDocument, RuleCondition
from screening.catalog.problems import Problem


def _dimension_refs(condition: RuleCondition, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(condition, AllOf):
        for i, part in enumerate(condition.all_of):
            yield from _dimension_refs(part, f"{path}.all_of[{i}]")
    elif isinstance(condition, AnyOf):
        for i, part in enumerate(condition.any_of):
            yield from _dimension_refs(part, f"{path}.any_of[{i}]")
    elif isinstance(condition, DimensionPresent):
        yield f"{path}.dimension_present", condition.dimension_present
    elif isinstance(condition, AnyYesIn):
        for i, dimension in enumerate(condition.any_yes_in):
            yield f"{path}.any_yes_in[{i}]", dimension


def check_set(name: str, doc: IndicatorSetDocument) -> list[Problem]:
    info = doc.x_set
    problems: list[Problem] = []
    if not doc.id_uri.endswith(":" + info.id):
        problems.append(Problem(name, "$['$id']", f"expected '$id' to end with the set id ':{info.id}'; found {doc.id_uri!r}"))
    dimension_ids = [d.id for d in info.dimensions]
    for i, dim in enumerate(dimension_ids):
        if dimension_ids.index(dim) != i:
            problems.append(Problem(name, f"$['x-set'].dimensions[{i}].id", f"duplicate dimension id {dim!r}"))
    source_ids = {s.id for s in info.sources}
    used_dimensions: set[str] = set()
    for key, prop in doc.properties.items():
        ind, where = prop.x_indicator, child(child("$.properties", key), "x-indicator")
        used_dimensions.add(ind.dimension)
        if ind.id != key:
            problems.append(Problem(name, f"{where}.id", f"expected the indicator id to equal its property name {key!r}; found {ind.id!r}"))
        if ind.dimension not in dimension_ids:
            problems.append(Problem(name, f"{where}.dimension", f"unknown dimension {ind.dimension!r}; expected one of the set's dimensions{did_you_mean(ind.dimension, dimension_ids)}"))
        if info.scoring == "rule" and ind.strength is None:
            problems.append(Problem(name, f"{where}.strength", "expected a strength (strong, medium or weak): this set is scored by a rule"))
        if info.scoring == "count" and ind.strength is not None:
            problems.append(Problem(name, f"{where}.strength", f"expected null: this set is unrated (scoring 'count'); found {ind.strength!r}"))
        for j, ref in enumerate(ind.sources):
            if ref.source not in source_ids:
                problems.append(Problem(name, f"{where}.sources[{j}].source", f"unknown source {ref.source!r}; expected one listed in $['x-set'].sources{did_you_mean(ref.source, source_ids)}"))
    for i, dim in enumerate(dimension_ids):
        if dim not in used_dimensions:
            problems.append(Problem(name, f"$['x-set'].dimensions[{i}]", f"dimension {dim!r} has no indicators; expected at least one"))
    if info.rule is not None:
        for j, ref in enumerate(info.rule.provenance.sources):
            if ref.source not in source_ids:
                problems.append(Problem(name, f"$['x-set'].rule.provenance.sources[{j}].source", f"unknown source {ref.source!r}; expected one listed in $['x-set'].sources"))
        for i, combination in enumerate(info.rule.dimension_present_when):
            strengths = [s for group in combination for s in group.strengths]
            if len(strengths) != len(set(strengths)):
                problems.append(Problem(name, f"$['x-set'].rule.dimension_present_when[{i}]", "a strength appears in two groups of one combination; expected disjoint groups"))
        for i, verdict in enumerate(info.rule.verdicts):
            for path, dim in _dimension_refs(verdict.when, f"$['x-set'].rule.verdicts[{i}].when"):
                if dim not in dimension_ids:
                    problems.append(Problem(name, path, f"unknown dimension {dim!r}; expected one of the set's dimensions{did_you_mean(dim, dimension_ids)}"))
    return problems
