from __future__ import annotations

import logging
import sys

from .formatters import JsonFormatter, PrettyFormatter


def install(level: str | int = "INFO", stream=None, force_json: bool = False) -> logging.Handler:
    stream = stream or sys.stderr
    handler = logging.StreamHandler(stream)
    tty = hasattr(stream, "isatty") and stream.isatty()
    handler.setFormatter(PrettyFormatter() if tty and not force_json else JsonFormatter())
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_richlog", False):
            root.removeHandler(h)
    handler._richlog = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return handler
