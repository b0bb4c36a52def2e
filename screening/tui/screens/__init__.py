"""One screen per step of the screening, and one modal per decision."""
