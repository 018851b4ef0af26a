#!/usr/bin/env python3
import argparse
import shutil
import subprocess
from pathlib import Path

ASSET = Path(__file__).resolve().parent.parent / "assets" / "sitecustomize.py"


def purelib(venv: Path) -> Path:
    py = venv / ("Scripts/python.exe" if (venv / "Scripts").exists() else "bin/python")
    out = subprocess.check_output([str(py), "-c", "import sysconfig;print(sysconfig.get_paths()['purelib'])"])
    return Path(out.decode().strip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["enable", "disable"])
    ap.add_argument("--venv", default=".venv")
    a = ap.parse_args()
    target = purelib(Path(a.venv).resolve()) / "sitecustomize.py"
    if a.action == "enable":
        if target.exists() and "py-http-trace" not in target.read_text():
            shutil.copyfile(target, target.with_suffix(".py.orig"))
        shutil.copyfile(ASSET, target)
        print(f"tracing enabled: {target}")
    else:
        orig = target.with_suffix(".py.orig")
        if orig.exists():
            shutil.move(orig, target)
        elif target.exists():
            target.unlink()
        print("tracing disabled")


if __name__ == "__main__":
    main()
