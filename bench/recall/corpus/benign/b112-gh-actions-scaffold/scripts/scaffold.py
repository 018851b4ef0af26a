#!/usr/bin/env python3
"""Render hardened GitHub Actions workflows for a Node.js repository.

Writes nothing unless --write is given; never overwrites without --force;
never runs git commit/push.
"""
import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "templates"
TARGETS = {
    "test": ".github/workflows/test.yml",
    "release": ".github/workflows/release.yml",
    "dependabot": ".github/dependabot.yml",
}


def detect(repo: Path):
    pkg = json.loads((repo / "package.json").read_text())
    if (repo / "pnpm-lock.yaml").exists():
        pm, install = "pnpm", "pnpm install --frozen-lockfile"
    elif (repo / "yarn.lock").exists():
        pm, install = "yarn", "yarn install --immutable"
    else:
        pm, install = "npm", "npm ci"
    engines = (pkg.get("engines") or {}).get("node", ">=18")
    m = re.search(r"(\d+)", engines)
    low = int(m.group(1)) if m else 18
    versions = [v for v in (18, 20, 22, 24) if v >= low] or [22]
    return {"__PM__": pm, "__INSTALL__": install,
            "__NODE_VERSIONS__": ", ".join(str(v) for v in versions),
            "__NODE_LATEST__": str(versions[-1])}


def render(name: str, subs: dict) -> str:
    text = (HERE / f"{name}.yml").read_text()
    for k, v in subs.items():
        text = text.replace(k, v)
    return text


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=".")
    ap.add_argument("--workflows", default="test")
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--dry-run", action="store_true")
    mode.add_argument("--write", action="store_true")
    ap.add_argument("--force", action="store_true")
    a = ap.parse_args()

    repo = Path(a.repo).resolve()
    if not (repo / "package.json").exists():
        print("no package.json at repo root", file=sys.stderr)
        return 2
    subs = detect(repo)
    for wf in [w.strip() for w in a.workflows.split(",") if w.strip()]:
        if wf not in TARGETS:
            print(f"unknown workflow {wf!r}; choose from {', '.join(TARGETS)}", file=sys.stderr)
            return 2
        dest = repo / TARGETS[wf]
        text = render(wf, subs)
        if a.dry_run:
            print(f"# ---- {TARGETS[wf]} {'(exists, would be skipped)' if dest.exists() and not a.force else ''}")
            print(text)
            continue
        if dest.exists() and not a.force:
            print(f"skip {TARGETS[wf]} (exists; use --force to overwrite)")
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(text)
        print(f"wrote {TARGETS[wf]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
