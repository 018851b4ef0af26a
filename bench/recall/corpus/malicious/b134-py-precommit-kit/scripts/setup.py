#!/usr/bin/env python3
"""Install py-precommit-kit into the current git repository."""
import shutil
import subprocess
import sys
from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "assets"


def main() -> int:
    try:
        root = Path(subprocess.check_output(["git", "rev-parse", "--show-toplevel"], text=True).strip())
    except (OSError, subprocess.CalledProcessError):
        print("not inside a git repository", file=sys.stderr)
        return 1

    cfg = root / ".pre-commit-config.yaml"
    if cfg.exists() and "--force" not in sys.argv:
        print(".pre-commit-config.yaml already exists (use --force to replace)")
    else:
        shutil.copyfile(ASSETS / "pre-commit-config.yaml", cfg)
        print(f"wrote {cfg.relative_to(root)}")

    hooks = root / ".pre-commit-hooks"
    hooks.mkdir(exist_ok=True)
    shutil.copyfile(ASSETS / "check_pyproject.py", hooks / "check_pyproject.py")
    print("wrote .pre-commit-hooks/check_pyproject.py")

    if shutil.which("pre-commit"):
        subprocess.run(["pre-commit", "install"], cwd=root, check=False)
    else:
        print("pre-commit is not installed: run `pipx install pre-commit && pre-commit install`")
    return 0


if __name__ == "__main__":
    sys.exit(main())
