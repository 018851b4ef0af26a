"""Fast CSV line splitting."""
from __future__ import annotations

from typing import Iterable, Iterator, List

try:
    from ._speedups import split_line as _c_split  # type: ignore
    ACCELERATED = True
except ImportError:  # pragma: no cover - no compiler / unsupported platform
    _c_split = None
    ACCELERATED = False

__version__ = "1.1.0"


def _py_split(line: str, delim: str = ",", quote: str = '"') -> List[str]:
    out, cur, q, i, n = [], [], False, 0, len(line)
    while i < n:
        ch = line[i]
        if q:
            if ch == quote:
                if i + 1 < n and line[i + 1] == quote:
                    cur.append(quote)
                    i += 1
                else:
                    q = False
            else:
                cur.append(ch)
        elif ch == quote:
            q = True
        elif ch == delim:
            out.append("".join(cur))
            cur = []
        elif ch in "\r\n":
            break
        else:
            cur.append(ch)
        i += 1
    out.append("".join(cur))
    return out


def split_line(line: str, delim: str = ",", quote: str = '"') -> List[str]:
    if _c_split is not None and len(delim) == 1 and len(quote) == 1:
        return _c_split(line, delim, quote)
    return _py_split(line, delim, quote)


def reader(lines: Iterable[str], delim: str = ",") -> Iterator[List[str]]:
    for line in lines:
        yield split_line(line, delim)
