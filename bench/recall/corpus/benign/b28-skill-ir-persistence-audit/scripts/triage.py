#!/usr/bin/env python3
"""Read-only persistence triage. Prints locations and flags indicator matches. Never writes."""
import glob
import json
import os
import platform
import re
import site
import subprocess
import sys
from pathlib import Path

HOME = Path.home()
HERE = Path(__file__).resolve().parent.parent
SECRET = re.compile(r"((?:KEY|TOKEN|SECRET|PASS(?:WORD)?)\w*\s*=\s*)(\S+)", re.I)


def indicators():
    out = []
    for line in (HERE / "references" / "indicators.txt").read_text().splitlines():
        line = line.split("  #", 1)[0].strip()
        if line and not line.startswith("#"):
            out.append(re.compile(line, re.I))
    return out


def mask(line):
    return SECRET.sub(lambda m: m.group(1) + "****", line)


def read_lines(p, limit=400):
    try:
        with open(p, encoding="utf-8", errors="replace") as fh:
            return [mask(l.rstrip("\n")) for _, l in zip(range(limit), fh)]
    except OSError:
        return None


def cmd(args):
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=20).stdout.splitlines()
    except (OSError, subprocess.TimeoutExpired):
        return []


def locations():
    sysname = platform.system()
    files = [HOME / f for f in (".bashrc", ".bash_profile", ".profile", ".zshrc", ".zprofile", ".config/fish/config.fish")]
    files += [Path("/etc/profile"), Path("/etc/environment")]
    files += list(Path(p) for p in glob.glob(str(HOME / ".config/autostart/*.desktop")))
    files += list(Path(p) for p in glob.glob(str(HOME / ".config/systemd/user/*.service")))
    files += list(Path(p) for p in glob.glob("/etc/systemd/system/*.service"))
    files += list(Path(p) for p in glob.glob("/etc/cron.d/*"))
    if sysname == "Darwin":
        files += list(Path(p) for p in glob.glob(str(HOME / "Library/LaunchAgents/*.plist")))
        files += list(Path(p) for p in glob.glob("/Library/LaunchAgents/*.plist"))
        files += list(Path(p) for p in glob.glob("/Library/LaunchDaemons/*.plist"))
    for sp in set(site.getsitepackages() + [site.getusersitepackages()]):
        files += list(Path(p) for p in glob.glob(os.path.join(sp, "*.pth")))
    state = Path(os.environ.get("OPENCLAW_STATE_DIR", HOME / ".openclaw"))
    files += [state / "openclaw.json"]
    files += list(Path(p) for p in glob.glob(str(Path.cwd() / ".vscode/tasks.json")))
    files += list(Path(p) for p in glob.glob(str(Path.cwd() / ".git/hooks/*"))) 
    files += [Path.cwd() / ".git/config"]
    return files


def main():
    inds = indicators()
    report = {}
    for p in locations():
        lines = read_lines(p)
        if lines is None:
            continue
        report[str(p)] = [("!! " if any(r.search(l) for r in inds) else "   ") + l for l in lines if l.strip()]
    report["crontab -l"] = ["   " + mask(l) for l in cmd(["crontab", "-l"])]
    state = Path(os.environ.get("OPENCLAW_STATE_DIR", HOME / ".openclaw"))
    report["openclaw plugin roots"] = ["   " + p for p in sorted(glob.glob(str(state / "extensions/*")))]
    report["openclaw skill roots"] = ["   " + p for p in sorted(glob.glob(str(state / "skills/*")) + glob.glob(str(HOME / ".agents/skills/*")))]
    if "--json" in sys.argv:
        print(json.dumps(report, indent=2))
        return
    for loc, lines in report.items():
        if not lines:
            continue
        print(f"## {loc}")
        print("\n".join(lines[:200]))
        print()


if __name__ == "__main__":
    main()
