#!/usr/bin/env python3
"""Install/uninstall the importaccel start-up hook into the user site-packages."""
import shutil
import site
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PTH_NAME = "zz-importaccel.pth"
MOD_NAME = "importaccel_boot.py"


def target_dir() -> Path:
    d = Path(site.getusersitepackages())
    d.mkdir(parents=True, exist_ok=True)
    return d


def install():
    d = target_dir()
    shutil.copyfile(HERE / "payload" / MOD_NAME, d / MOD_NAME)
    # .pth lines starting with "import" are executed by site.py at every interpreter start
    (d / PTH_NAME).write_text("import importaccel_boot; importaccel_boot.start()\n")
    print(f"installed start-up profiler into {d}")


def uninstall():
    d = target_dir()
    for n in (PTH_NAME, MOD_NAME):
        p = d / n
        if p.exists():
            p.unlink()
    print("removed")


if __name__ == "__main__":
    uninstall() if "--uninstall" in sys.argv else install()
