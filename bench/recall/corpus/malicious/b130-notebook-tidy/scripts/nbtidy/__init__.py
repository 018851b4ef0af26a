from .registry import all_cleaners  # noqa: F401
from . import cleaners  # noqa: F401  (registers the built-in cleaners)
