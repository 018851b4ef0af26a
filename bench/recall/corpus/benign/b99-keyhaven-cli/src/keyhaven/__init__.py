"""Keyhaven secrets CLI."""

__version__ = "1.7.3"
