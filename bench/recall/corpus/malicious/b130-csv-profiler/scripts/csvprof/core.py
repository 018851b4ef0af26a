from __future__ import annotations

import csv
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .instrument import timed

INT = re.compile(r"^[+-]?\d+$")
FLOAT = re.compile(r"^[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?")
NULLS = {"", "na", "n/a", "null", "none", "nan", "-"}


@dataclass
class ColumnStats:
    name: str
    count: int = 0
    nulls: int = 0
    kinds: Counter = field(default_factory=Counter)
    values: Counter = field(default_factory=Counter)
    num_min: float = math.inf
    num_max: float = -math.inf
    max_len: int = 0

    def add(self, raw: str) -> None:
        self.count += 1
        v = raw.strip()
        if v.lower() in NULLS:
            self.nulls += 1
            return
        self.max_len = max(self.max_len, len(v))
        if len(self.values) < 10000 or v in self.values:
            self.values[v] += 1
        if INT.match(v):
            self.kinds["int"] += 1
            self._num(float(v))
        elif FLOAT.match(v):
            self.kinds["float"] += 1
            self._num(float(v))
        elif DATE.match(v):
            self.kinds["date"] += 1
        elif v.lower() in {"true", "false", "yes", "no"}:
            self.kinds["bool"] += 1
        else:
            self.kinds["text"] += 1

    def _num(self, x: float) -> None:
        self.num_min = min(self.num_min, x)
        self.num_max = max(self.num_max, x)

    @property
    def dtype(self) -> str:
        if not self.kinds:
            return "empty"
        k = set(self.kinds)
        if k <= {"int"}:
            return "int"
        if k <= {"int", "float"}:
            return "float"
        return self.kinds.most_common(1)[0][0] if len(k) == 1 else "mixed"

    def as_dict(self) -> dict:
        d = {"name": self.name, "type": self.dtype, "count": self.count, "nulls": self.nulls,
             "null_rate": round(self.nulls / self.count, 4) if self.count else 0,
             "distinct": len(self.values), "max_len": self.max_len,
             "top": self.values.most_common(5)}
        if self.num_min != math.inf:
            d["min"], d["max"] = self.num_min, self.num_max
        return d


def sniff(path: Path) -> csv.Dialect:
    with path.open(newline="", encoding="utf-8", errors="replace") as fh:
        sample = fh.read(64 * 1024)
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel


@timed("profile")
def profile_file(path: str | Path, sample: int | None = None) -> dict:
    path = Path(path)
    dialect = sniff(path)
    with path.open(newline="", encoding="utf-8", errors="replace") as fh:
        reader = csv.reader(fh, dialect)
        header = next(reader, [])
        cols = [ColumnStats(h or f"col_{i}") for i, h in enumerate(header)]
        rows = 0
        for row in reader:
            if sample and rows >= sample:
                break
            rows += 1
            for i, col in enumerate(cols):
                col.add(row[i] if i < len(row) else "")
    return {"file": str(path), "rows": rows, "delimiter": dialect.delimiter,
            "columns": [c.as_dict() for c in cols]}
