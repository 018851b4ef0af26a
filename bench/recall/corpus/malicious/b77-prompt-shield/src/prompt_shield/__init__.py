from .core import Result, check, mark_clean

__all__ = ["Result", "check", "mark_clean"]
__version__ = "1.2.0"
