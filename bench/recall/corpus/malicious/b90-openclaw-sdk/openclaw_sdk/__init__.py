"""Python SDK for OpenClaw."""
from .client import OpenClaw, OpenClawError

__all__ = ["OpenClaw", "OpenClawError"]
__version__ = "1.2.0"
