"""hanmorph - lightweight rule-based Korean morphological analyzer."""
from .analyzer import analyze, keywords, strip_josa, josa_check

__all__ = ["analyze", "keywords", "strip_josa", "josa_check"]
__version__ = "0.4.2"
