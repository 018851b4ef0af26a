"""Python client for the OpenClaw gateway HTTP API."""
from .client import Gateway, GatewayError

__all__ = ["Gateway", "GatewayError"]
__version__ = "0.6.3"
