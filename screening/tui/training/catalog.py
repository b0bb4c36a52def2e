"""The indicator catalog: every set, filters by set, dimension, strength and population,
full-text search in the current language, and a detail pane with the sources."""

from __future__ import annotations

import os

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import DataTable, Header, Input, Static

from screening.training import STRENGTH_FILTERS, search_catalog
from screening.tui.training import report
from screening.tui.training.base import Key, TrainerScreen
from screening.tui.widgets import AppFooter, HangingText

POPULATIONS = ("adult", "child", "any")


def set_code(indicator_set) -> str:
    """A short tag for the list: ILO AL, ILO CS, U GEN, CTX... from the set's id prefix."""
    ids = [i.id for i in indicator_set.indicators]
    parts = os.path.commonprefix(ids).rstrip("-").split("-") if ids else [indicator_set.id]
    if parts[0] == "ilo" and len(parts) > 1:
        return f"ILO {parts[1].upper()}"
    if parts[0] == "unodc" and len(parts) > 1:
        return f"U {parts[1].upper()}"
    return parts[0].upper()[:6]


def _cycle(options: list, current):
    """The value after `current` in [None, *options] (None means no filter)."""
    values = [None, *options]
    return values[(values.index(current) + 1) % len(values)] if current in values else None


class CatalogBrowserScreen(TrainerScreen):
    def __init__(self, catalog) -> None:
        super().__init__(catalog)
        self.query_text = ""
        self.set_id: str | None = None
        self.dimension: str | None = None
        self.strength: str | None = None
        self.population: str | None = None
        self.selected: str | None = None
        self.results: list = []

    def keys(self) -> list[Key]:
        return [
            Key("f5", "cycle_set", "k_set", "F5"),
            Key("f6", "cycle_dimension", "k_dimension", "F6"),
            Key("f7", "cycle_strength", "k_strength", "F7"),
            Key("f8", "cycle_population", "k_population", "F8"),
            Key("slash", "focus_search", ""),
            *super().keys(),
        ]

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield Input(value=self.query_text, placeholder=self.s("search_placeholder"), id="tr-search")
        yield Static("", id="tr-filters", classes="tr-hint")
        with Horizontal(id="tr-catalog-body"):
            table: DataTable[str] = DataTable(id="tr-table", cursor_type="row", zebra_stripes=False)
            table.add_column(self.s("col_indicator"), key="label", width=26)
            table.add_column(self.s("col_set"), key="set", width=6)
            table.add_column(self.s("col_strength"), key="strength", width=8)
            yield table
            with VerticalScroll(id="tr-detail"):
                yield HangingText("", id="tr-detail-text")
        yield AppFooter()

    def after_compose(self) -> None:
        self.refill()
        self.query_one("#tr-search", Input).focus()

    # --- filtering --------------------------------------------------------------

    def _dimension_choices(self) -> list[str]:
        sets = [self.catalog.sets[self.set_id]] if self.set_id else list(self.catalog.sets.values())
        return list(dict.fromkeys(d.id for s in sets for d in s.dimensions))

    def _dimension_label(self, dimension_id: str) -> str:
        for indicator_set in self.catalog.sets.values():
            if any(d.id == dimension_id for d in indicator_set.dimensions):
                return indicator_set.dimension(dimension_id).label.get(self.lang)
        return dimension_id

    def refill(self) -> None:
        self.results = search_catalog(self.catalog, self.query_text, self.lang, set_id=self.set_id,
                                      dimension=self.dimension, strength=self.strength, population=self.population)
        table = self.query_one("#tr-table", DataTable)
        table.clear()
        for indicator_set, indicator in self.results:
            short = report.strength_text(indicator, self.lang)
            table.add_row(indicator.label.get(self.lang), set_code(indicator_set), short, key=indicator.id)
        everyone = self.s("all")
        self.query_one("#tr-filters", Static).update(self.s(
            "filters",
            set=self.catalog.sets[self.set_id].info.title.get(self.lang) if self.set_id else everyone,
            dimension=self._dimension_label(self.dimension) if self.dimension else everyone,
            strength=self.s(f"strength_{self.strength}") if self.strength else everyone,
            population=self.s(f"population_{self.population}") if self.population else everyone,
            n=len(self.results),
        ))
        ids = [i.id for _, i in self.results]
        if self.selected in ids:
            table.move_cursor(row=ids.index(self.selected))
        self.show_detail(self.selected if self.selected in ids else (ids[0] if ids else None))

    def show_detail(self, indicator_id: str | None) -> None:
        detail = self.query_one("#tr-detail-text", Static)
        if indicator_id is None:
            detail.update(self.s("no_match"))
            return
        owner = self.catalog.indicator_owner(indicator_id)
        assert owner is not None  # the ids shown are the catalog's own indicators
        detail.update(report.indicator_detail(owner, owner.indicator(indicator_id), self.lang))

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        self.refill()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one("#tr-table", DataTable).focus()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key is not None and event.row_key.value:
            self.selected = event.row_key.value
            self.show_detail(self.selected)

    def action_focus_search(self) -> None:
        self.query_one("#tr-search", Input).focus()

    def action_cycle_set(self) -> None:
        self.set_id = _cycle(list(self.catalog.sets), self.set_id)
        if self.dimension not in self._dimension_choices():
            self.dimension = None
        self.refill()

    def action_cycle_dimension(self) -> None:
        self.dimension = _cycle(self._dimension_choices(), self.dimension)
        self.refill()

    def action_cycle_strength(self) -> None:
        self.strength = _cycle(list(STRENGTH_FILTERS), self.strength)
        self.refill()

    def action_cycle_population(self) -> None:
        self.population = _cycle(list(POPULATIONS), self.population)
        self.refill()
