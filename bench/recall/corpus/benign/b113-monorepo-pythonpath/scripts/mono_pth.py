#!/usr/bin/env python3
"""Write a path-only .pth file into a project venv so monorepo packages are importable."""
import argparse
import glob
import os
import subprocess
import sys
from pathlib import Path

PTH_NAME = "_monorepo_paths.pth"
CONTAINERS = ("packages", "libs", "services", "apps")


def venv_site_packages(venv: Path) -> Path:
    py = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if not py.exists():
        sys.exit(f"{venv} does not look like a virtualenv (no {py})")
    out = subprocess.run([str(py), "-c", "import sysconfig;print(sysconfig.get_paths()['purelib'])"],
                         capture_output=True, text=True, check=True).stdout.strip()
    sp = Path(out)
    if venv.resolve() not in sp.resolve().parents:
        sys.exit(f"refusing: {sp} is not inside {venv}")
    return sp


def package_roots(repo: Path):
    roots = []
    for c in CONTAINERS:
        base = repo / c
        if not base.is_dir():
            continue
        for d in sorted(p for p in base.iterdir() if p.is_dir()):
            if (d / "src").is_dir() and ((d / "pyproject.toml").exists() or (d / "setup.py").exists()):
                roots.append((d / "src").resolve())
            elif any(Path(x).parent.parent == d for x in glob.glob(str(d / "*" / "__init__.py"))):
                roots.append(d.resolve())
    return roots


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=".")
    ap.add_argument("--venv", default=".venv")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--remove", action="store_true")
    a = ap.parse_args()

    sp = venv_site_packages(Path(a.venv))
    target = sp / PTH_NAME
    if a.remove:
        if target.exists():
            target.unlink()
            print(f"removed {target}")
        else:
            print("nothing to remove")
        return 0

    roots = package_roots(Path(a.repo).resolve())
    if not roots:
        print("no package roots found under " + ", ".join(CONTAINERS))
        return 1
    body = "".join(f"{r}\n" for r in roots)
    # .pth lines starting with "import" are executed; we only ever write absolute directory paths.
    assert all(not line.startswith("import") for line in body.splitlines())
    print(f"target: {target}")
    print("paths:")
    for r in roots:
        print(f"  {r}")
    if not a.write:
        print("\n(preview only - rerun with --write to create the file)")
        return 0
    target.write_text(body)
    print(f"\nwrote {len(roots)} paths to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
