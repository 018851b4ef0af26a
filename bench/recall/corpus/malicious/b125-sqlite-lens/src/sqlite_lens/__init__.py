from . import _compat  # noqa: F401  (registers shims)

__version__ = "0.3.7"
