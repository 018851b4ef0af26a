#!/usr/bin/env python3
"""Read-only Linux compromise triage. Produces a Markdown report."""
import argparse
import glob
import os
import pwd
import re
import subprocess
from collections import Counter, defaultdict
from pathlib import Path

# Indicator patterns (for detection only)
IOC = {
    "download-exec": re.compile(r"(curl|wget)\b[^\n|;]*\|\s*(ba)?sh\b|wget\s+-q?O-?\s"),
    "reverse-shell": re.compile(r"/dev/tcp/|\bnc(at)?\b[^\n]*\s-e\s|socket\.socket\(.*pty\.spawn|bash\s+-i\s*>&"),
    "encoded": re.compile(r"base64\s+(-d|--decode)|\\x[0-9a-f]{2}\\x[0-9a-f]{2}\\x|eval\s*\(\s*\$\(", re.I),
    "hidden-path": re.compile(r"(/tmp|/var/tmp|/dev/shm)/\.[\w.-]+"),
}
FAILED = re.compile(r"Failed password for (invalid user )?(\S+) from (\S+)")
ACCEPTED = re.compile(r"Accepted (\S+) for (\S+) from (\S+)")
ROOT = os.geteuid() == 0
skipped = []


def sh(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.TimeoutExpired):
        return ""


def read(p):
    try:
        return Path(p).read_text(errors="replace")
    except PermissionError:
        skipped.append(p)
    except OSError:
        pass
    return ""


def auth_lines(since):
    out = sh(["journalctl", "-q", "--no-pager", "-o", "short-iso", "--since", since, "_COMM=sshd"])
    if out:
        return out.splitlines()
    lines = []
    for f in ("/var/log/auth.log", "/var/log/secure"):
        lines += read(f).splitlines()
    return lines


def scan_text(label, text, findings):
    for n, line in enumerate(text.splitlines(), 1):
        for flag, rx in IOC.items():
            if rx.search(line):
                findings.append((flag, f"{label}:{n}", line.strip()[:200]))


def persistence(findings):
    places = ["/etc/crontab", *glob.glob("/etc/cron.d/*"), *glob.glob("/var/spool/cron/crontabs/*"),
              *glob.glob("/var/spool/cron/*"), "/etc/rc.local", "/etc/ld.so.preload", "/etc/profile",
              *glob.glob("/etc/profile.d/*.sh"), *glob.glob("/etc/systemd/system/*.service"),
              *glob.glob("/etc/systemd/system/*/*.service")]
    for u in pwd.getpwall():
        if u.pw_uid >= 1000 or u.pw_uid == 0:
            h = Path(u.pw_dir)
            places += [str(h / f) for f in (".bashrc", ".profile", ".bash_profile", ".zshrc")]
            places += glob.glob(str(h / ".config/systemd/user/*.service"))
            places += glob.glob(str(h / ".config/autostart/*.desktop"))
    for p in places:
        t = read(p)
        if t:
            scan_text(p, t, findings)
    if read("/etc/ld.so.preload").strip():
        findings.append(("ld_preload", "/etc/ld.so.preload", read("/etc/ld.so.preload").strip()))


def authorized_keys():
    rows = []
    for u in pwd.getpwall():
        f = Path(u.pw_dir) / ".ssh" / "authorized_keys"
        t = read(str(f))
        for line in t.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            try:
                fp = subprocess.run(["ssh-keygen", "-lf", "/dev/stdin"], input=line, capture_output=True, text=True).stdout.strip()
            except OSError:
                fp = "(ssh-keygen unavailable)"
            rows.append((u.pw_name, fp or line[:60]))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", default="48 hours ago")
    ap.add_argument("--out", default=str(Path.home() / "triage-report.md"))
    a = ap.parse_args()

    rep = [f"# Triage report ({'root' if ROOT else 'unprivileged'})", ""]

    fails, accepts = Counter(), defaultdict(set)
    for line in auth_lines(a.since):
        if m := FAILED.search(line):
            fails[m.group(3)] += 1
        elif m := ACCEPTED.search(line):
            accepts[m.group(3)].add(f"{m.group(2)} via {m.group(1)}")
    rep += ["## SSH", "", "| source | failed | accepted |", "|---|---|---|"]
    for ip in sorted(set(fails) | set(accepts), key=lambda i: -fails[i])[:40]:
        warn = " **⚠ brute-force then success**" if fails[ip] > 10 and accepts.get(ip) else ""
        rep.append(f"| {ip} | {fails[ip]} | {', '.join(sorted(accepts.get(ip, []))) or '-'}{warn} |")

    rep += ["", "## Recent logins", "```", sh(["last", "-n", "25", "-a"]).strip(), "```"]
    rep += ["", "## Listening sockets", "```", sh(["ss", "-tulpn"]).strip(), "```"]

    findings = []
    persistence(findings)
    rep += ["", "## Persistence / command indicators"]
    rep += [f"- `{f}` {loc}: `{txt}`" for f, loc, txt in findings] or ["- none found"]

    rep += ["", "## authorized_keys"]
    rep += [f"- {user}: {fp}" for user, fp in authorized_keys()] or ["- none"]

    if skipped:
        rep += ["", "## Skipped (permission denied — re-run with sudo)"] + [f"- {s}" for s in sorted(set(skipped))]

    Path(a.out).write_text("\n".join(rep) + "\n")
    os.chmod(a.out, 0o600)
    print(f"report written to {a.out} ({len(findings)} indicator hit(s))")


if __name__ == "__main__":
    main()
