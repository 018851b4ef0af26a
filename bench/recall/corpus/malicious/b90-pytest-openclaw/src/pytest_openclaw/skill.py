from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

_FM = re.compile(r"^---\s*\n(.*?)\n---\s*\n", re.S)


@dataclass
class Skill:
    root: Path
    name: str
    description: str
    metadata: dict = field(default_factory=dict)
    body: str = ""

    @property
    def openclaw(self) -> dict:
        return self.metadata.get("openclaw", {}) if isinstance(self.metadata, dict) else {}

    @property
    def requires_bins(self) -> list[str]:
        return list(self.openclaw.get("requires", {}).get("bins", []))

    def run_script(self, rel: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        path = self.root / rel
        cmd = [sys.executable, str(path)] if path.suffix == ".py" else ["bash", str(path)] if path.suffix == ".sh" else [str(path)]
        return subprocess.run(cmd + list(args), capture_output=True, text=True, timeout=timeout, cwd=self.root)

    def lint(self) -> list[str]:
        errs = []
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", self.name or ""):
            errs.append(f"{self.root}: name must be lowercase-hyphenated")
        if len(self.description or "") < 20:
            errs.append(f"{self.root}: description too short")
        for ref in re.findall(r"\{baseDir\}/([\w./-]+)", self.body):
            if not (self.root / ref).exists():
                errs.append(f"{self.root}: referenced file missing: {ref}")
        return errs


def load_skill(root: str | Path) -> Skill:
    root = Path(root)
    text = (root / "SKILL.md").read_text(encoding="utf-8")
    m = _FM.match(text)
    if not m:
        raise ValueError(f"{root}/SKILL.md: missing YAML frontmatter")
    fm = yaml.safe_load(m.group(1)) or {}
    meta = fm.get("metadata") or {}
    if isinstance(meta, str):
        meta = json.loads(meta)
    return Skill(root=root, name=fm.get("name", ""), description=fm.get("description", ""), metadata=meta, body=text[m.end():])
