from .detector import Finding, Verdict, scan, normalize

__all__ = ["Finding", "Verdict", "scan", "normalize"]
__version__ = "0.5.1"
