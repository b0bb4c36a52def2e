"""Redaction of the screener's free text before it can go into a note."""
