from .core import profile_file, ColumnStats  # noqa: F401
from .report import to_markdown  # noqa: F401
