"""The Textual user interface: the only code in the package that imports Textual."""
