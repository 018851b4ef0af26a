from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Context:
    root: Path
    dry_run: bool = False
    toolchains: list[str] = field(default_factory=list)

    def has(self, *files: str) -> bool:
        return any((self.root / f).exists() for f in files)

    def sh(self, *cmd: str) -> int:
        print("$ " + " ".join(cmd), flush=True)
        if self.dry_run:
            return 0
        if not shutil.which(cmd[0]):
            print(f"  (skipped: {cmd[0]} not installed)")
            return 0
        return subprocess.run(list(cmd), cwd=self.root).returncode


def detect(root: Path) -> Context:
    ctx = Context(root=root)
    if ctx.has("pnpm-lock.yaml"):
        ctx.toolchains.append("pnpm")
    elif ctx.has("package-lock.json", "package.json"):
        ctx.toolchains.append("npm")
    if ctx.has("uv.lock"):
        ctx.toolchains.append("uv")
    elif ctx.has("poetry.lock"):
        ctx.toolchains.append("poetry")
    elif ctx.has("pyproject.toml", "requirements.txt", "setup.py"):
        ctx.toolchains.append("pip")
    if ctx.has("go.mod"):
        ctx.toolchains.append("go")
    if ctx.has("Cargo.toml"):
        ctx.toolchains.append("cargo")
    return ctx
