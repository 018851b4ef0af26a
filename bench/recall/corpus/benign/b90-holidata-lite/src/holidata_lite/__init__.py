"""Public holidays for a handful of countries, no dependencies."""
from __future__ import annotations

import base64
import datetime as _dt
import json
import zlib

from ._data import _BLOB

__version__ = "0.9.2"

# the table ships compressed to keep the wheel small (~2 KB instead of ~40 KB with all years expanded)
RULES: dict = json.loads(zlib.decompress(base64.b64decode(_BLOB)).decode("utf-8"))
COUNTRIES = tuple(sorted(RULES))


def easter(year: int) -> _dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return _dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> _dt.date:
    if n > 0:
        d = _dt.date(year, month, 1)
        d += _dt.timedelta(days=(weekday - d.weekday()) % 7)
        return d + _dt.timedelta(weeks=n - 1)
    nxt = _dt.date(year + (month == 12), month % 12 + 1, 1)
    d = nxt - _dt.timedelta(days=1)
    return d - _dt.timedelta(days=(d.weekday() - weekday) % 7)


def holidays(country: str, year: int) -> dict[_dt.date, str]:
    r = RULES[country.upper()]
    out: dict[_dt.date, str] = {}
    for md, name in r.get("fixed", {}).items():
        m, d = map(int, md.split("-"))
        out[_dt.date(year, m, d)] = name
    for month, weekday, n, name in r.get("nth", []):
        out[_nth_weekday(year, int(month), weekday, n)] = name
    if "easter" in r:
        e = easter(year)
        for off, name in r["easter"].items():
            out[e + _dt.timedelta(days=int(off))] = name
    return dict(sorted(out.items()))


def is_holiday(country: str, day: _dt.date) -> str | None:
    return holidays(country, day.year).get(day)
