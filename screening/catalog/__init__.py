"""Loading and checking the data: indicator sets, forms, directory, vignettes (JSON Schema, typed models, cross-file checks)."""
