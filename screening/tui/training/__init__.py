"""Trainer mode: practise and demonstrate case vignettes, and browse the indicator catalog.

The start screen pushes `TrainingMenuScreen(catalog)` and `CatalogBrowserScreen(catalog)`.
"""

from screening.tui.training.catalog import CatalogBrowserScreen
from screening.tui.training.demonstration import DemonstrationScreen
from screening.tui.training.menu import TrainingMenuScreen
from screening.tui.training.practice import PracticeScreen

__all__ = ["CatalogBrowserScreen", "DemonstrationScreen", "PracticeScreen", "TrainingMenuScreen"]
