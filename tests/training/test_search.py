"""Catalog search in each language, with the filters a trainer uses."""

from __future__ import annotations

from screening.catalog.data import load_catalog
from screening.training import fold, search_catalog

CATALOG = load_catalog()


def ids(results):
    return [i.id for _, i in results]


def test_fold_is_cyrillic_and_apostrophe_aware():
    assert fold("ПАСПОРТ") == "паспорт"
    assert fold("Ребёнок") == fold("ребенок")
    assert fold("сім’я") == fold("сім'я") == fold("сімʼя")


def test_search_in_english_ukrainian_and_russian_finds_forced_begging():
    assert ids(search_catalog(CATALOG, "begging", "en")) == ["ctx-forced-begging"]
    assert ids(search_catalog(CATALOG, "Жебрак", "uk")) == ["ctx-forced-begging"]
    assert ids(search_catalog(CATALOG, "попрошайн", "ru")) == ["ctx-forced-begging"]


def test_search_uses_the_current_language_only():
    assert search_catalog(CATALOG, "жебрак", "en") == []
    assert search_catalog(CATALOG, "попрошайн", "uk") == []
    # the id is the same in every language
    assert ids(search_catalog(CATALOG, "begging", "uk")) == ["ctx-forced-begging"]


def test_every_hit_holds_every_word():
    results = search_catalog(CATALOG, "паспорт документ", "uk")
    assert results
    for _, indicator in results:
        text = fold(indicator.label.uk + " " + indicator.explanation.uk)
        assert "паспорт" in text and "документ" in text


def test_label_matches_come_first():
    results = search_catalog(CATALOG, "debt", "en")
    ranks = [0 if "debt" in fold(i.label.en + " " + i.id) else 1 for _, i in results]
    assert ranks == sorted(ranks) and ranks[0] == 0 and ranks[-1] == 1


def test_search_matches_ids():
    assert ids(search_catalog(CATALOG, "ilo-al-cd-debt", "uk")) == ["ilo-al-cd-debt-bondage"]


def test_filters_set_strength_dimension_population():
    assert ids(search_catalog(CATALOG, "ПАСПОРТ", "ru", set_id="ilo-adult-labour")) == [
        "ilo-al-cr-confiscation-of-documents", "ilo-al-cd-confiscation-of-documents"]
    strong_debt = search_catalog(CATALOG, "борг", "uk", strength="strong")
    assert strong_debt and all(i.strength == "strong" for _, i in strong_debt)
    assert "ilo-al-cr-debt-bondage" not in ids(strong_debt)  # medium in the adult set
    unrated = search_catalog(CATALOG, "", "en", strength="unrated")
    assert unrated and all(s.rule is None for s, _ in unrated)
    dim = search_catalog(CATALOG, "", "en", set_id="ilo-child-labour", dimension="exploitative_conditions")
    assert len(dim) == 8 and {i.dimension for _, i in dim} == {"exploitative_conditions"}
    child = search_catalog(CATALOG, "debt", "en", population="child")
    assert {s.info.population for s, _ in child} <= {"child", "any"}
    assert not any(s.id.startswith("ilo-adult") for s, _ in child)


def test_empty_query_lists_every_indicator():
    total = sum(len(s.indicators) for s in CATALOG.sets.values())
    assert len(search_catalog(CATALOG, "  ", "uk")) == total
