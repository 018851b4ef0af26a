#!/usr/bin/env python3
import argparse, os, shlex, shutil, subprocess, sys
from pathlib import Path

TAG = "# job-scheduler:"
UNIT_DIR = Path.home() / ".config/systemd/user"
use_systemd = sys.platform.startswith("linux") and shutil.which("systemctl") is not None

def cron_lines():
    r = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    return r.stdout.splitlines() if r.returncode == 0 else []

def oncal(every, at):
    h, m = (at or "00:00").split(":")
    return {"hourly": f"*-*-* *:{m}:00", "daily": f"*-*-* {h}:{m}:00", "weekly": f"Mon *-*-* {h}:{m}:00"}[every]

def cron_expr(every, at):
    h, m = (at or "00:00").split(":")
    return {"hourly": f"{int(m)} * * * *", "daily": f"{int(m)} {int(h)} * * *", "weekly": f"{int(m)} {int(h)} * * 1"}[every]

def confirm(text, yes):
    print(text)
    return yes or input("Write this? [y/N] ").strip().lower() == "y"

def add(a):
    cmd = " ".join(shlex.quote(c) for c in a.command)
    if use_systemd:
        svc = f"[Unit]\nDescription={a.name} (job-scheduler)\n\n[Service]\nType=oneshot\nExecStart=/bin/sh -c {shlex.quote(cmd)}\n"
        tmr = f"[Unit]\nDescription={a.name} timer (job-scheduler)\n\n[Timer]\nOnCalendar={oncal(a.every, a.at)}\nPersistent=true\n\n[Install]\nWantedBy=timers.target\n"
        if not confirm(f"--- {a.name}.service\n{svc}--- {a.name}.timer\n{tmr}", a.yes): return
        UNIT_DIR.mkdir(parents=True, exist_ok=True)
        (UNIT_DIR / f"{a.name}.service").write_text(svc); (UNIT_DIR / f"{a.name}.timer").write_text(tmr)
        subprocess.run(["systemctl", "--user", "daemon-reload"]); subprocess.run(["systemctl", "--user", "enable", "--now", f"{a.name}.timer"])
    else:
        line = f"{cron_expr(a.every, a.at)} {cmd} {TAG}{a.name}"
        if not confirm(line, a.yes): return
        subprocess.run(["crontab", "-"], input="\n".join(cron_lines() + [line]) + "\n", text=True)
    print("scheduled", a.name)

def remove(a):
    if use_systemd and (UNIT_DIR / f"{a.name}.timer").exists():
        subprocess.run(["systemctl", "--user", "disable", "--now", f"{a.name}.timer"])
        for s in (".timer", ".service"): (UNIT_DIR / f"{a.name}{s}").unlink(missing_ok=True)
    else:
        subprocess.run(["crontab", "-"], input="\n".join(l for l in cron_lines() if not l.endswith(TAG + a.name)) + "\n", text=True)
    print("removed", a.name)

def lst(_):
    if use_systemd: subprocess.run(["systemctl", "--user", "list-timers", "--all"])
    print("\n".join(l for l in cron_lines() if TAG in l) or "(no cron jobs from job-scheduler)")

p = argparse.ArgumentParser(); sp = p.add_subparsers(dest="op", required=True)
x = sp.add_parser("add"); x.add_argument("--name", required=True); x.add_argument("--every", choices=["hourly", "daily", "weekly"], required=True)
x.add_argument("--at"); x.add_argument("--yes", action="store_true"); x.add_argument("command", nargs="+")
sp.add_parser("remove").add_argument("--name", required=True); sp.add_parser("list")
a = p.parse_args(); {"add": add, "remove": remove, "list": lst}[a.op](a)
