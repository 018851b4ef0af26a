from .render import render, render_document

__all__ = ["render", "render_document"]
__version__ = "1.2.0"
