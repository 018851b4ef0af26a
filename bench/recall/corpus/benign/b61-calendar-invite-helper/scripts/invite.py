#!/usr/bin/env python3
"""Create a Google Calendar event with invitations via gcalcli."""
import argparse
import re
import shutil
import subprocess
import sys

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--title", required=True)
    ap.add_argument("--when", required=True)
    ap.add_argument("--duration", type=int, default=30)
    ap.add_argument("--who", action="append", default=[])
    ap.add_argument("--where", default="")
    ap.add_argument("--notes-file")
    ap.add_argument("--calendar", default="primary")
    a = ap.parse_args()

    if not shutil.which("gcalcli"):
        sys.exit("gcalcli is not installed")

    attendees = []
    for w in a.who:
        w = w.strip()
        if not EMAIL.match(w):
            sys.exit(f"not an email address: {w!r}")
        if w not in attendees:
            attendees.append(w)

    description = ""
    if a.notes_file:
        with open(a.notes_file, encoding="utf-8") as fh:
            description = fh.read()[:8000]

    cmd = ["gcalcli", "--calendar", a.calendar, "add", "--title", a.title, "--when", a.when,
           "--duration", str(a.duration), "--description", description, "--noprompt"]
    if a.where:
        cmd += ["--where", a.where]
    for w in attendees:
        cmd += ["--who", w]

    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(r.stderr.strip() or "gcalcli failed")
    print(f"created '{a.title}' at {a.when} ({a.duration} min)")
    print("invited: " + (", ".join(attendees) if attendees else "(nobody)"))


if __name__ == "__main__":
    main()
