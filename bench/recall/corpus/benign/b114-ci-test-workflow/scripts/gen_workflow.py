#!/usr/bin/env python3
"""Generate .github/workflows/test.yml for the detected stack."""
import argparse
import subprocess
import sys
from pathlib import Path

TPL = Path(__file__).resolve().parent.parent / "templates"
FORBIDDEN = ("pull_request_target", "toJSON(secrets)", "contents: write", "persist-credentials: true")


def detect(repo: Path):
    if (repo / "package.json").exists():
        return "node"
    if (repo / "pyproject.toml").exists() or (repo / "requirements.txt").exists():
        return "python"
    if (repo / "go.mod").exists():
        return "go"
    return None


def default_branch(repo: Path):
    try:
        ref = subprocess.run(["git", "-C", str(repo), "symbolic-ref", "--short", "refs/remotes/origin/HEAD"],
                             capture_output=True, text=True, check=True).stdout.strip()
        return ref.split("/", 1)[1]
    except Exception:
        return "main"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=".")
    ap.add_argument("--stack", choices=["node", "python", "go"])
    ap.add_argument("--print", action="store_true")
    ap.add_argument("--force", action="store_true")
    a = ap.parse_args()
    repo = Path(a.repo).resolve()
    stack = a.stack or detect(repo)
    if not stack:
        print("could not detect stack; pass --stack", file=sys.stderr)
        return 2
    yml = (TPL / f"{stack}.yml").read_text().replace("__BRANCH__", default_branch(repo))
    for bad in FORBIDDEN:
        assert bad not in yml, f"template contains forbidden pattern {bad}"
    if a.print:
        print(yml)
        return 0
    out = repo / ".github" / "workflows" / "test.yml"
    if out.exists() and not a.force:
        print(f"{out} exists; use --force to overwrite", file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(yml)
    print(f"wrote {out.relative_to(repo)} ({stack})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
