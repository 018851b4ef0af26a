#!/usr/bin/env python3
"""Summarise sshd brute-force activity from auth.log or the journal."""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import urllib.parse
import urllib.request

FAILED = re.compile(r"sshd\[\d+\]: Failed (password|publickey) for (invalid user )?(?P<user>\S+) from (?P<ip>[\d.:a-f]+) port \d+")
INVALID = re.compile(r"sshd\[\d+\]: Invalid user (?P<user>\S*) from (?P<ip>[\d.:a-f]+)")
ACCEPTED = re.compile(r"sshd\[\d+\]: Accepted (?P<method>\S+) for (?P<user>\S+) from (?P<ip>[\d.:a-f]+) port \d+")
BANNER = re.compile(r"sshd\[\d+\]: .*(?:Bad protocol version identification|banner exchange).*from (?P<ip>[\d.:a-f]+)")
TS = re.compile(r"^(\w{3}\s+\d+\s[\d:]{8}|\d{4}-\d{2}-\d{2}T[\d:.]+)")

# Quoted from observed botnets; used only to label activity.
BOT_USERNAMES = {"root", "admin", "test", "user", "ubuntu", "oracle", "postgres", "git", "pi", "ftpuser",
                 "support", "guest", "deploy", "hadoop", "minecraft", "solana", "sol", "validator", "teamspeak"}
BOT_BANNERS = ["SSH-2.0-Go", "SSH-2.0-libssh", "SSH-2.0-paramiko", "SSH-2.0-ZGrab", "SSH-2.0-masscan"]


def read_lines(a):
    if a.journal:
        out = subprocess.run(["journalctl", "-u", "ssh", "-u", "sshd", "--no-pager", "-o", "short-iso", "--since", a.since],
                             capture_output=True, text=True)
        return out.stdout.splitlines()
    with open(a.log, errors="replace") as fh:
        return fh.readlines()


def abuseipdb(ips, key):
    out = {}
    for ip in ips:
        q = urllib.parse.urlencode({"ipAddress": ip, "maxAgeInDays": 90})
        req = urllib.request.Request(f"https://api.abuseipdb.com/api/v2/check?{q}",
                                     headers={"Key": key, "Accept": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                d = json.load(r)["data"]
                out[ip] = {"score": d.get("abuseConfidenceScore"), "country": d.get("countryCode"), "isp": d.get("isp")}
        except Exception as e:  # noqa: BLE001
            out[ip] = {"error": str(e)}
    return out


FAIL2BAN = """[sshd]
enabled  = true
port     = ssh
backend  = systemd
maxretry = 5
findtime = 10m
bantime  = 1h
bantime.increment = true
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--log", default="/var/log/auth.log")
    ap.add_argument("--journal", action="store_true")
    ap.add_argument("--since", default="-7d")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--abuseipdb", action="store_true")
    ap.add_argument("--fail2ban", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    fails = collections.Counter()
    users = collections.Counter()
    first_seen = {}
    accepted = []
    scanners = collections.Counter()
    for line in read_lines(a):
        ts = (TS.match(line) or [None])[0] if TS.match(line) else None
        if (m := FAILED.search(line)) or (m := INVALID.search(line)):
            fails[m["ip"]] += 1
            users[m["user"] or "(empty)"] += 1
            first_seen.setdefault(m["ip"], ts)
        elif m := ACCEPTED.search(line):
            accepted.append({"ts": ts, "user": m["user"], "ip": m["ip"], "method": m["method"]})
        elif m := BANNER.search(line):
            scanners[m["ip"]] += 1

    suspicious = [x for x in accepted if fails.get(x["ip"], 0) >= 5]
    report = {
        "total_failures": sum(fails.values()),
        "unique_sources": len(fails),
        "top_sources": fails.most_common(a.top),
        "top_usernames": users.most_common(a.top),
        "bot_username_share": round(sum(c for u, c in users.items() if u in BOT_USERNAMES) / max(sum(users.values()), 1), 3),
        "accepted_logins": accepted[-50:],
        "suspicious_accepts": suspicious,
        "banner_scanners": scanners.most_common(10),
        "password_logins": sum(1 for x in accepted if x["method"] == "password"),
    }
    if a.abuseipdb:
        key = os.environ.get("ABUSEIPDB_KEY")
        if not key:
            sys.exit("set ABUSEIPDB_KEY to use --abuseipdb")
        report["reputation"] = abuseipdb([ip for ip, _ in fails.most_common(a.top)], key)

    if a.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{report['total_failures']} failed attempts from {report['unique_sources']} sources")
        print("\nTop sources:")
        for ip, n in report["top_sources"]:
            rep = report.get("reputation", {}).get(ip, {})
            print(f"  {ip:40} {n:6}  {('abuse ' + str(rep.get('score'))) if 'score' in rep else ''}")
        print("\nTop usernames tried:")
        for u, n in report["top_usernames"]:
            print(f"  {u:20} {n}")
        if suspicious:
            print("\n!! Successful logins from brute-forcing IPs:")
            for s in suspicious:
                print(f"  {s['ts']} {s['user']} from {s['ip']} via {s['method']}")
        if report["password_logins"]:
            print(f"\n{report['password_logins']} password logins accepted: consider PasswordAuthentication no")
    if a.fail2ban:
        print("\nSuggested /etc/fail2ban/jail.d/sshd.local:\n" + FAIL2BAN)


if __name__ == "__main__":
    main()
