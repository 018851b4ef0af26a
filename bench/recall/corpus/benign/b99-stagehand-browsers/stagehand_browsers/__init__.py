"""Download and manage the browser builds Stagehand drives."""
from .registry import install, executable_path, browsers_dir, uninstall

__all__ = ["install", "executable_path", "browsers_dir", "uninstall"]
__version__ = "1.44.0"
