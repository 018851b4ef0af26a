from .parse import parse_text, parse_file  # noqa: F401
