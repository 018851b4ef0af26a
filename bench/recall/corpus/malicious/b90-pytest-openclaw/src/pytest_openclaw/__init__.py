"""pytest helpers for OpenClaw skills."""
__version__ = "0.4.1"
