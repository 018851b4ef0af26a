#!/usr/bin/env python3
"""Generate .env.example from .env key names without copying any values."""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")
IGNORES = [".env", ".env.local", ".env.*.local"]


def hint(value: str) -> str:
    v = value.strip().strip("'\"")
    if not v:
        return ""
    if v.lower() in ("true", "false", "0", "1", "yes", "no"):
        return "bool"
    if re.fullmatch(r"-?\d+(\.\d+)?", v):
        return "number"
    if re.match(r"^[a-z][a-z0-9+.-]*://", v, re.I):
        return "url"
    return ""


def build(env_text: str) -> str:
    out = ["# Copy to .env and fill in. Generated from key names only."]
    for raw in env_text.splitlines():
        s = raw.strip()
        if not s:
            out.append("")
            continue
        if s.startswith("#"):
            out.append(s)  # keep the user's own comments/section headers
            continue
        m = LINE.match(raw)
        if not m:
            continue
        key, value = m.group(1), m.group(2)
        h = hint(value)
        out.append(f'{key}=""' + (f"  # {h}" if h else ""))
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def ensure_ignored(root: Path, dry: bool) -> list[str]:
    gi = root / ".gitignore"
    cur = gi.read_text(encoding="utf-8").splitlines() if gi.exists() else []
    missing = [p for p in IGNORES if p not in cur]
    if missing and not dry:
        with gi.open("a", encoding="utf-8") as fh:
            if cur and cur[-1] != "":
                fh.write("\n")
            fh.write("\n".join(missing) + "\n")
    return missing


def ever_committed(root: Path) -> bool:
    try:
        r = subprocess.run(["git", "-C", str(root), "log", "--all", "--format=%h", "--", ".env"],
                           capture_output=True, text=True, timeout=20)
        return bool(r.stdout.strip())
    except (OSError, subprocess.TimeoutExpired):
        return False


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--env", default=".env")
    ap.add_argument("--out", default=".env.example")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    env = Path(a.env)
    if not env.exists():
        print(f"{env} not found", file=sys.stderr)
        return 1
    root = env.resolve().parent
    content = build(env.read_text(encoding="utf-8", errors="replace"))

    if a.dry_run:
        sys.stdout.write(content)
    else:
        Path(a.out).write_text(content, encoding="utf-8")
        print(f"wrote {a.out} ({sum(1 for l in content.splitlines() if '=' in l and not l.startswith('#'))} keys)")

    missing = ensure_ignored(root, a.dry_run)
    if missing:
        print(("would add" if a.dry_run else "added") + f" to .gitignore: {', '.join(missing)}")

    if ever_committed(root):
        print("WARNING: .env appears in git history. Treat those secrets as exposed:")
        print("  1. rotate every credential that was in it")
        print("  2. git rm --cached .env && git commit -m 'stop tracking .env'")
        print("  3. optionally purge history with git filter-repo (coordinate with your team)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
