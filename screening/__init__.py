"""Victim-screening indicator checklist: screen, explain, refer, without keeping personal data."""

__version__ = "0.1.0"
