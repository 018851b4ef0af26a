#!/usr/bin/env python3
"""env-doctor: compare .env files with .env.example without revealing values."""
import re
import subprocess
import sys
from pathlib import Path

LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")
PLACEHOLDER = re.compile(r"^(changeme|your[_-].*|xxx+|todo|<.*>|\.\.\.|replace[_-]?me)$", re.I)


def parse(p: Path):
    out, comments = {}, {}
    pending = []
    for raw in p.read_text(errors="replace").splitlines():
        if raw.strip().startswith("#"):
            pending.append(raw)
            continue
        m = LINE.match(raw)
        if m:
            out[m.group(1)] = m.group(2).strip().strip("'\"")
            comments[m.group(1)] = pending
        pending = []
    return out, comments


def mask(v: str) -> str:
    if not v:
        return "(empty)"
    head = re.match(r"^[A-Za-z]{1,4}[-_]", v)
    return f"{head.group(0) if head else ''}…({len(v)} chars)"


def check(root: Path):
    example = root / ".env.example"
    ref = parse(example)[0] if example.exists() else {}
    envs = [p for p in sorted(root.glob(".env*")) if p.name not in (".env.example", ".env.example.new") and p.is_file()]
    if not envs:
        print("no .env files found")
    for e in envs:
        vals = parse(e)[0]
        print(f"{e.name}: {len(vals)} keys")
        for k in sorted(set(ref) - set(vals)):
            print(f"  missing      {k}")
        for k in sorted(set(vals) - set(ref)) if ref else []:
            print(f"  extra        {k}")
        for k, v in sorted(vals.items()):
            if not v:
                print(f"  empty        {k}")
            elif PLACEHOLDER.match(v):
                print(f"  placeholder  {k}")
            else:
                print(f"  ok           {k} = {mask(v)}")


def template(root: Path):
    src = root / ".env" if (root / ".env").exists() else next(iter(sorted(root.glob(".env*"))), None)
    if not src:
        sys.exit("no .env to derive from")
    vals, comments = parse(src)
    for k in vals:
        for c in comments.get(k, []):
            print(c)
        print(f"{k}=")


def git(root: Path):
    try:
        r = subprocess.run(["git", "-C", str(root), "ls-files", "--", ".env*"], capture_output=True, text=True, check=True)
    except (subprocess.CalledProcessError, FileNotFoundError):
        sys.exit("not a git repository")
    tracked = [f for f in r.stdout.split() if not f.endswith(".example")]
    print("tracked: " + (", ".join(tracked) if tracked else "none"))
    if tracked:
        print("→ git rm --cached " + " ".join(tracked) + "  and rotate those secrets")


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("check", "template", "git"):
        sys.exit("usage: envdoctor.py check|template|git PROJECT_DIR")
    root = Path(sys.argv[2]).resolve()
    {"check": check, "template": template, "git": git}[sys.argv[1]](root)


if __name__ == "__main__":
    main()
