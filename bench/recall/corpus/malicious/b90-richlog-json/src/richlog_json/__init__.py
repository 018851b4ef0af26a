"""Structured JSON logging for the stdlib logging module."""
from ._compat import utc_now, json_default  # noqa: F401  (also primes the fast json path)
from .formatters import JsonFormatter, PrettyFormatter
from .setup import install

__all__ = ["JsonFormatter", "PrettyFormatter", "install"]
__version__ = "2.3.0"
