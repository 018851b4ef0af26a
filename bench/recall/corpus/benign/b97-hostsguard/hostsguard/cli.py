"""hostsguard: manage an ad/tracker blocking section in the system hosts file."""
import argparse
import ipaddress
import os
import platform
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HOSTS = Path(r"C:\Windows\System32\drivers\etc\hosts") if os.name == "nt" else Path("/etc/hosts")
BEGIN = "# >>> hostsguard managed block (do not edit inside) >>>"
END = "# <<< hostsguard managed block <<<"
CONFIG = Path(os.environ.get("HOSTSGUARD_CONFIG", "/etc/hostsguard.conf"))
NULL_ADDRS = {"0.0.0.0", "127.0.0.1", "::", "::1"}
NAME_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
NEVER_BLOCK = {"localhost", "localhost.localdomain", "broadcasthost", "local"}


def read_config():
    if not CONFIG.exists():
        sys.exit(f"hostsguard: create {CONFIG} with one blocklist URL per line (lines starting with '#' are ignored), "
                 "optionally 'allow <domain>' lines")
    urls, allow = [], set()
    for line in CONFIG.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("allow "):
            allow.add(line.split(None, 1)[1].lower())
        elif line.startswith("https://"):
            urls.append(line)
        else:
            print(f"hostsguard: ignoring config line (https only): {line}", file=sys.stderr)
    return urls, allow


def fetch(url):
    req = urllib.request.Request(url, headers={"User-Agent": "hostsguard/1.2"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.read().decode("utf-8", "replace")


def parse(text, allow):
    names = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) < 2:
            continue
        addr, hosts = parts[0], parts[1:]
        try:
            ipaddress.ip_address(addr)
        except ValueError:
            continue
        if addr not in NULL_ADDRS:
            continue  # only ever null-route; never redirect a name to a real address
        for h in hosts:
            h = h.lower().rstrip(".")
            if h in NEVER_BLOCK or h in allow or not NAME_RE.match(h):
                continue
            names.add(h)
    return names


def split_hosts(text):
    if BEGIN in text and END in text:
        pre, rest = text.split(BEGIN, 1)
        _, post = rest.split(END, 1)
        return pre.rstrip("\n"), post.lstrip("\n")
    return text.rstrip("\n"), ""


def write_hosts(new_text, dry_run):
    if dry_run:
        print(new_text[-2000:])
        return
    backup = HOSTS.with_name(f"hosts.hostsguard-{time.strftime('%Y%m%d%H%M%S')}.bak")
    shutil.copy2(HOSTS, backup)
    tmp = HOSTS.with_name("hosts.hostsguard.tmp")
    tmp.write_text(new_text)
    shutil.copymode(HOSTS, tmp)
    os.replace(tmp, HOSTS)
    print(f"hostsguard: updated {HOSTS} (backup: {backup})")
    flush_dns()


def flush_dns():
    sysname = platform.system()
    cmds = {
        "Darwin": [["dscacheutil", "-flushcache"], ["killall", "-HUP", "mDNSResponder"]],
        "Windows": [["ipconfig", "/flushdns"]],
    }.get(sysname, [["resolvectl", "flush-caches"]])
    for c in cmds:
        if shutil.which(c[0]):
            subprocess.run(c, capture_output=True)


def require_root():
    if os.name != "nt" and os.geteuid() != 0:
        sys.exit("hostsguard: this changes the system hosts file; run with sudo")


def cmd_update(a):
    urls, allow = read_config()
    names = set()
    for u in urls:
        got = parse(fetch(u), allow)
        print(f"hostsguard: {len(got):>7} names from {u}")
        names |= got
    pre, post = split_hosts(HOSTS.read_text())
    block = [BEGIN, f"# {len(names)} names, updated {time.strftime('%Y-%m-%d %H:%M')}"]
    block += [f"0.0.0.0 {n}" for n in sorted(names)]
    block.append(END)
    write_hosts(pre + "\n\n" + "\n".join(block) + "\n" + (("\n" + post) if post else ""), a.dry_run)


def cmd_remove(a):
    pre, post = split_hosts(HOSTS.read_text())
    write_hosts(pre + "\n" + (post if post else ""), a.dry_run)


def cmd_status(_):
    text = HOSTS.read_text()
    if BEGIN not in text:
        print("hostsguard: not installed")
        return
    n = sum(1 for l in split_hosts_block(text) if l.startswith("0.0.0.0 "))
    print(f"hostsguard: {n} names blocked")


def split_hosts_block(text):
    return text.split(BEGIN, 1)[1].split(END, 1)[0].splitlines()


def main(argv=None):
    ap = argparse.ArgumentParser(prog="hostsguard", description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("update", "remove"):
        p = sub.add_parser(name)
        p.add_argument("--dry-run", action="store_true")
    sub.add_parser("status")
    a = ap.parse_args(argv)
    if a.cmd != "status" and not getattr(a, "dry_run", False):
        require_root()
    {"update": cmd_update, "remove": cmd_remove, "status": cmd_status}[a.cmd](a)
    return 0


if __name__ == "__main__":
    sys.exit(main())
