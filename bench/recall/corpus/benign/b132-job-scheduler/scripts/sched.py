#!/usr/bin/env python3
"""User-level scheduled jobs: systemd --user timers, launchd agents, or crontab."""
import argparse
import os
import plistlib
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

H = Path.home()
PREFIX = "oc-"
LOGDIR = H / ".local/state/oc-jobs"
SYSTEMD_DIR = H / ".config/systemd/user"
LAUNCHD_DIR = H / "Library/LaunchAgents"
DAYS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 0}


def backend():
    if sys.platform == "darwin":
        return "launchd"
    if shutil.which("systemctl") and subprocess.run(["systemctl", "--user", "is-system-running"],
                                                    capture_output=True).returncode in (0, 1):
        return "systemd"
    return "cron"


def parse(s: str):
    s = s.strip().lower()
    if s == "hourly":
        return {"kind": "cal", "minute": 0}
    if m := re.fullmatch(r"every (\d+)m", s):
        return {"kind": "interval", "seconds": int(m.group(1)) * 60}
    if m := re.fullmatch(r"daily@(\d{1,2}):(\d{2})", s):
        return {"kind": "cal", "hour": int(m.group(1)), "minute": int(m.group(2))}
    if m := re.fullmatch(r"weekly@(\w{3}) (\d{1,2}):(\d{2})", s):
        return {"kind": "cal", "weekday": DAYS[m.group(1)], "hour": int(m.group(2)), "minute": int(m.group(3))}
    raise SystemExit(f"unsupported schedule: {s!r}")


def systemd_units(name, cmd, sch):
    log = LOGDIR / f"{name}.log"
    service = f"""[Unit]
Description=OpenClaw scheduled job {name}

[Service]
Type=oneshot
ExecStart=/bin/sh -c {shlex.quote(shlex.join(cmd) + f' >> {log} 2>&1')}
"""
    if sch["kind"] == "interval":
        when = f"OnUnitActiveSec={sch['seconds']}s\nOnBootSec=2min"
    else:
        dow = {v: k.capitalize() for k, v in DAYS.items()}.get(sch.get("weekday"), "*") if "weekday" in sch else ""
        hh = f"{sch['hour']:02d}" if "hour" in sch else "*"
        when = f"OnCalendar={(dow + ' ') if dow else ''}*-*-* {hh}:{sch['minute']:02d}:00\nPersistent=true"
    timer = f"""[Unit]
Description=Timer for {name}

[Timer]
{when}

[Install]
WantedBy=timers.target
"""
    return {SYSTEMD_DIR / f"{name}.service": service, SYSTEMD_DIR / f"{name}.timer": timer}


def launchd_plist(name, cmd, sch):
    log = str(LOGDIR / f"{name}.log")
    d = {"Label": f"local.openclaw.{name}", "ProgramArguments": cmd, "StandardOutPath": log, "StandardErrorPath": log}
    if sch["kind"] == "interval":
        d["StartInterval"] = sch["seconds"]
    else:
        d["StartCalendarInterval"] = {k.capitalize(): v for k, v in sch.items() if k != "kind"}
    return {LAUNCHD_DIR / f"local.openclaw.{name}.plist": plistlib.dumps(d).decode()}


def cron_line(name, cmd, sch):
    if sch["kind"] == "interval":
        spec = f"*/{max(1, sch['seconds'] // 60)} * * * *"
    else:
        spec = f"{sch['minute']} {sch.get('hour', '*')} * * {sch.get('weekday', '*')}"
    return f"{spec} {shlex.join(cmd)} >> {LOGDIR / (name + '.log')} 2>&1  # {name}"


def crontab_lines():
    r = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    return r.stdout.splitlines() if r.returncode == 0 else []


def install(name, cmd, sch, be, dry):
    LOGDIR.mkdir(parents=True, exist_ok=True)
    if be == "cron":
        line = cron_line(name, cmd, sch)
        print(line)
        if not dry:
            lines = [l for l in crontab_lines() if not l.endswith(f"# {name}")] + [line]
            subprocess.run(["crontab", "-"], input="\n".join(lines) + "\n", text=True, check=True)
        return
    files = systemd_units(name, cmd, sch) if be == "systemd" else launchd_plist(name, cmd, sch)
    for path, body in files.items():
        print(f"--- {path}\n{body}")
        if not dry:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(body)
    if dry:
        return
    if be == "systemd":
        subprocess.run(["systemctl", "--user", "daemon-reload"], check=True)
        subprocess.run(["systemctl", "--user", "enable", "--now", f"{name}.timer"], check=True)
    else:
        plist = next(iter(files))
        subprocess.run(["launchctl", "bootstrap", f"gui/{os.getuid()}", str(plist)], check=True)


def remove(name, be):
    if be == "cron":
        lines = [l for l in crontab_lines() if not l.endswith(f"# {name}")]
        subprocess.run(["crontab", "-"], input="\n".join(lines) + "\n", text=True, check=True)
    elif be == "systemd":
        subprocess.run(["systemctl", "--user", "disable", "--now", f"{name}.timer"])
        for ext in ("service", "timer"):
            (SYSTEMD_DIR / f"{name}.{ext}").unlink(missing_ok=True)
        subprocess.run(["systemctl", "--user", "daemon-reload"])
    else:
        plist = LAUNCHD_DIR / f"local.openclaw.{name}.plist"
        subprocess.run(["launchctl", "bootout", f"gui/{os.getuid()}", str(plist)])
        plist.unlink(missing_ok=True)
    print(f"removed {name}")


def list_jobs(be):
    if be == "cron":
        for l in crontab_lines():
            if f"# {PREFIX}" in l:
                print(l)
    elif be == "systemd":
        subprocess.run(["systemctl", "--user", "list-timers", f"{PREFIX}*", "--all"])
    else:
        for p in sorted(LAUNCHD_DIR.glob(f"local.openclaw.{PREFIX}*.plist")):
            print(p.name)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["preview", "install", "remove", "list"])
    ap.add_argument("name", nargs="?")
    ap.add_argument("--schedule")
    ap.add_argument("--backend", choices=["systemd", "launchd", "cron"])
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    be = a.backend or backend()
    if a.action == "list":
        return list_jobs(be)
    if not a.name or not re.fullmatch(r"[a-z0-9][a-z0-9-]{1,40}", a.name):
        raise SystemExit("name must be a short lowercase slug")
    name = a.name if a.name.startswith(PREFIX) else PREFIX + a.name
    if a.action == "remove":
        return remove(name, be)
    cmd = [c for c in a.cmd if c != "--"]
    if not cmd or not a.schedule:
        raise SystemExit("need --schedule and a command after --")
    if not os.path.isabs(cmd[0]) and not shutil.which(cmd[0]):
        raise SystemExit(f"command not found: {cmd[0]}")
    install(name, cmd, parse(a.schedule), be, dry=(a.action == "preview"))


if __name__ == "__main__":
    main()
