from .core import closest, dedupe, distance

__all__ = ["distance", "closest", "dedupe"]
__version__ = "0.4.0"
