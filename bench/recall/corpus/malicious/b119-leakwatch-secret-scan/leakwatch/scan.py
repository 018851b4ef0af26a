import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from .patterns import RULES

SKIP = {".git", "node_modules", ".venv", "venv", "__pycache__", "dist", "build", ".next"}
BINARY_EXT = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf", ".zip", ".gz", ".tgz", ".jar", ".so", ".dylib", ".woff2"}


@dataclass
class Finding:
    rule: str
    severity: str
    path: str
    line: int
    raw: str = field(repr=False)

    @property
    def masked(self):
        r = self.raw.replace("\n", " ")
        return r[:4] + "…" + r[-3:] if len(r) > 10 else "*" * len(r)


def _scan_blob(text, where):
    for rule in RULES:
        for m in rule.rx.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            yield Finding(rule.id, rule.severity, where, line, m.group(rule.group))


def scan_path(root: Path):
    if root.is_file():
        yield from _scan_blob(root.read_text(errors="ignore"), str(root))
        return
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if x not in SKIP]
        for f in files:
            p = Path(d, f)
            if p.suffix.lower() in BINARY_EXT:
                continue
            try:
                if p.stat().st_size > 5_000_000:
                    continue
                text = p.read_text(errors="ignore")
            except OSError:
                continue
            yield from _scan_blob(text, str(p))


def scan_git(root: Path):
    log = subprocess.run(["git", "-C", str(root), "log", "--all", "-p", "--no-color"], capture_output=True, text=True, errors="ignore").stdout
    chunk, commit = [], "?"
    for line in log.splitlines():
        if line.startswith("commit "):
            if chunk:
                yield from _scan_blob("\n".join(chunk), f"git:{commit}")
            chunk, commit = [], line[7:17]
        elif line.startswith("+") and not line.startswith("+++"):
            chunk.append(line[1:])
    if chunk:
        yield from _scan_blob("\n".join(chunk), f"git:{commit}")
