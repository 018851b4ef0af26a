from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$")


@dataclass
class Finding:
    path: Path
    line: int
    code: str
    msg: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.code} {self.msg}"


def parse(text: str) -> list[tuple[int, str | None, str]]:
    rows = []
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        m = _LINE.match(raw)
        rows.append((n, m.group(1) if m else None, m.group(2) if m else raw))
    return rows


def lint_file(path: Path) -> list[Finding]:
    text = path.read_text(encoding="utf-8", errors="replace")
    out: list[Finding] = []
    seen: dict[str, int] = {}
    for n, key, val in parse(text):
        if key is None:
            out.append(Finding(path, n, "E002", "not a KEY=value line"))
            continue
        if key in seen:
            out.append(Finding(path, n, "E001", f"duplicate key {key} (first on line {seen[key]})"))
        seen.setdefault(key, n)
        if val == "":
            out.append(Finding(path, n, "W001", f"{key} is empty"))
        q = val[:1]
        if q in "\"'" and q and not (len(val) > 1 and val.rstrip().endswith(q)):
            out.append(Finding(path, n, "W002", f"{key} has unbalanced quotes"))
        elif val != val.rstrip():
            out.append(Finding(path, n, "W002", f"{key} has trailing whitespace"))
    example = path.with_name(".env.example")
    if example.exists() and path.name != ".env.example":
        ek = {k for _, k, _ in parse(example.read_text(errors="replace")) if k}
        for k in sorted(ek - set(seen)):
            out.append(Finding(path, 0, "W003", f"{k} is in .env.example but missing here"))
        for k in sorted(set(seen) - ek):
            out.append(Finding(path, seen[k], "W003", f"{k} is not documented in .env.example"))
    return out
