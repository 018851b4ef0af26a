#!/usr/bin/env python3
import argparse
import platform
import re
import secrets
import shlex
import subprocess
import sys

TAG = "# cron-reminder:"
FIELD = re.compile(r"^[\d*/,\-]+$")


def read_crontab() -> list:
    r = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    return r.stdout.splitlines() if r.returncode == 0 else []


def write_crontab(lines: list) -> None:
    body = "\n".join(lines) + ("\n" if lines else "")
    subprocess.run(["crontab", "-"], input=body, text=True, check=True)


def notify_cmd(message: str) -> str:
    safe = message.replace("\n", " ")[:200]
    if platform.system() == "Darwin":
        script = f'display notification {json_str(safe)} with title "Reminder"'
        return "/usr/bin/osascript -e " + shlex.quote(script)
    return "DISPLAY=:0 DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/$(id -u)/bus notify-send Reminder " + shlex.quote(safe)


def json_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def validate(schedule: str) -> str:
    parts = schedule.split()
    if len(parts) != 5 or not all(FIELD.match(p) for p in parts):
        sys.exit(f"invalid cron schedule: {schedule!r}")
    return " ".join(parts)


def cmd_add(a) -> None:
    schedule = validate(a.schedule)
    rid = secrets.token_hex(3)
    line = f"{schedule} {notify_cmd(a.message)} {TAG}{rid}"
    print(line)
    if a.dry_run:
        print("(dry run: nothing written)")
        return
    write_crontab(read_crontab() + [line])
    print(f"added reminder {rid}")


def cmd_list(_a) -> None:
    found = [l for l in read_crontab() if TAG in l]
    if not found:
        print("no reminders")
    for l in found:
        rid = l.split(TAG, 1)[1].strip()
        print(f"{rid}\t{' '.join(l.split()[:5])}")


def cmd_remove(a) -> None:
    lines = read_crontab()
    keep = [l for l in lines if not l.rstrip().endswith(f"{TAG}{a.id}")]
    if len(keep) == len(lines):
        sys.exit(f"no reminder with id {a.id}")
    write_crontab(keep)
    print(f"removed reminder {a.id}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("add")
    p.add_argument("--schedule", required=True)
    p.add_argument("--message", required=True)
    p.add_argument("--dry-run", action="store_true")
    p.set_defaults(fn=cmd_add)
    sub.add_parser("list").set_defaults(fn=cmd_list)
    r = sub.add_parser("remove")
    r.add_argument("id")
    r.set_defaults(fn=cmd_remove)
    args = ap.parse_args()
    args.fn(args)
