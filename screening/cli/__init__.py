"""The command line: `screening` and its sub-commands."""
