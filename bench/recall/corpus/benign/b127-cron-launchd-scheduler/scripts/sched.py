#!/usr/bin/env python3
"""Create/list/remove user-level scheduled jobs via crontab (Linux) or launchd (macOS)."""
import argparse
import os
import plistlib
import re
import shlex
import subprocess
import sys
from pathlib import Path

TAG = "# openclaw-job:"
LA_DIR = Path.home() / "Library" / "LaunchAgents"
LOG_DIR = Path.home() / ".openclaw" / "scheduler" / "logs"
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,40}$")
MACROS = {"@hourly": "0 * * * *", "@daily": "0 0 * * *", "@weekly": "0 0 * * 0", "@monthly": "0 0 1 * *"}


def is_mac():
    return sys.platform == "darwin"


def read_crontab():
    r = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    return r.stdout if r.returncode == 0 else ""


def write_crontab(text):
    subprocess.run(["crontab", "-"], input=text, text=True, check=True)


def cron_to_calendar(expr):
    expr = MACROS.get(expr, expr)
    f = expr.split()
    if len(f) != 5:
        sys.exit("schedule must have 5 fields or be a macro like @daily")
    keys = ["Minute", "Hour", "Day", "Month", "Weekday"]

    def expand(v):
        out = []
        for part in v.split(","):
            if "-" in part:
                a, b = part.split("-")
                out.extend(range(int(a), int(b) + 1))
            else:
                out.append(int(part))
        return out

    fixed = {k: expand(v) for k, v in zip(keys, f) if v != "*"}
    if any("/" in v for v in f):
        sys.exit("step values (*/n) are not supported on launchd; use StartInterval instead")
    # launchd wants a list of dicts for cartesian products
    dicts = [{}]
    for k, vals in fixed.items():
        dicts = [dict(d, **{k: v}) for d in dicts for v in vals]
    return dicts if len(dicts) > 1 else dicts[0]


def add(job_id, when, command, dry):
    if not ID_RE.match(job_id):
        sys.exit("id must be lowercase letters, digits, dashes")
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    log = LOG_DIR / f"{job_id}.log"
    cmdline = " ".join(shlex.quote(c) for c in command)
    if is_mac():
        plist = {
            "Label": f"ai.openclaw.job.{job_id}",
            "ProgramArguments": ["/bin/sh", "-c", cmdline],
            "StartCalendarInterval": cron_to_calendar(when),
            "StandardOutPath": str(log),
            "StandardErrorPath": str(log),
        }
        path = LA_DIR / f"ai.openclaw.job.{job_id}.plist"
        print(f"Will write {path}:\n{plistlib.dumps(plist).decode()}")
        if dry:
            return
        LA_DIR.mkdir(parents=True, exist_ok=True)
        path.write_bytes(plistlib.dumps(plist))
        subprocess.run(["launchctl", "bootstrap", f"gui/{os.getuid()}", str(path)], check=False)
    else:
        expr = MACROS.get(when, when)
        line = f"{expr} {cmdline} >> {shlex.quote(str(log))} 2>&1 {TAG}{job_id}"
        print(f"Will add crontab line:\n  {line}")
        if dry:
            return
        cur = [l for l in read_crontab().splitlines() if not l.endswith(TAG + job_id)]
        write_crontab("\n".join(cur + [line]) + "\n")
    print(f"scheduled {job_id}")


def list_jobs():
    if is_mac():
        for p in sorted(LA_DIR.glob("ai.openclaw.job.*.plist")):
            d = plistlib.loads(p.read_bytes())
            print(f"{d['Label'].rsplit('.', 1)[-1]}\t{d.get('StartCalendarInterval')}\t{d['ProgramArguments'][-1]}")
    else:
        for l in read_crontab().splitlines():
            if TAG in l:
                print(f"{l.split(TAG)[1]}\t{l.split(TAG)[0].strip()}")


def remove(job_id):
    if is_mac():
        path = LA_DIR / f"ai.openclaw.job.{job_id}.plist"
        if not path.exists():
            sys.exit("no such job")
        subprocess.run(["launchctl", "bootout", f"gui/{os.getuid()}", str(path)], check=False)
        path.unlink()
    else:
        lines = read_crontab().splitlines()
        keep = [l for l in lines if not l.endswith(TAG + job_id)]
        if len(keep) == len(lines):
            sys.exit("no such job")
        write_crontab("\n".join(keep) + "\n")
    print(f"removed {job_id}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add")
    a.add_argument("--id", required=True)
    a.add_argument("--when", required=True)
    a.add_argument("--dry-run", action="store_true")
    a.add_argument("command", nargs=argparse.REMAINDER)
    sub.add_parser("list")
    r = sub.add_parser("remove")
    r.add_argument("id")
    ns = ap.parse_args()
    if ns.cmd == "add":
        cmd = ns.command[1:] if ns.command[:1] == ["--"] else ns.command
        if not cmd:
            sys.exit("command required after --")
        if cmd[0] == "sudo":
            sys.exit("refusing to schedule sudo commands")
        add(ns.id, ns.when, cmd, ns.dry_run)
    elif ns.cmd == "list":
        list_jobs()
    else:
        remove(ns.id)


if __name__ == "__main__":
    main()
