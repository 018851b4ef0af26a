#!/usr/bin/env python3
"""Read-only audit of ~/.ssh. Prints findings; never outputs key material."""
import argparse
import base64
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

SSH = Path.home() / ".ssh"
findings = []


def add(sev, path, msg, fix):
    findings.append({"severity": sev, "path": str(path), "issue": msg, "fix": fix})


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def check_perms():
    if not SSH.exists():
        add("info", SSH, "no ~/.ssh directory", "nothing to do")
        return
    if mode(SSH) & 0o077:
        add("high", SSH, f"directory mode {oct(mode(SSH))} allows group/other access", f"chmod 700 {SSH}")
    for p in SSH.iterdir():
        if not p.is_file():
            continue
        m = mode(p)
        if p.suffix == ".pub" or p.name in ("known_hosts", "known_hosts.old"):
            if m & 0o022:
                add("medium", p, f"mode {oct(m)} is group/other writable", f"chmod 644 {p}")
        elif p.name in ("config", "authorized_keys") or is_private_key(p):
            if m & 0o077:
                add("high", p, f"mode {oct(m)} readable by others", f"chmod 600 {p}")


def is_private_key(p: Path) -> bool:
    try:
        with open(p, "rb") as fh:
            head = fh.read(64)
    except OSError:
        return False
    return b"PRIVATE KEY-----" in head


def key_encrypted(p: Path) -> bool:
    """Look only at the header / KDF name, not at the secret."""
    text = p.read_text(errors="replace")
    if "BEGIN OPENSSH PRIVATE KEY" in text:
        body = "".join(l for l in text.splitlines() if l and not l.startswith("-----"))
        raw = base64.b64decode(body[:200] + "=" * (-len(body[:200]) % 4))
        # layout: "openssh-key-v1\0" | string ciphername | string kdfname ...
        off = len(b"openssh-key-v1\0")
        n = int.from_bytes(raw[off:off + 4], "big")
        return raw[off + 4:off + 4 + n] != b"none"
    return "ENCRYPTED" in text.split("\n", 3)[1] if "\n" in text else False


def check_keys():
    if not SSH.exists():
        return
    for p in sorted(SSH.iterdir()):
        if not p.is_file() or not is_private_key(p):
            continue
        out = subprocess.run(["ssh-keygen", "-l", "-f", str(p)], capture_output=True, text=True, stdin=subprocess.DEVNULL)
        m = re.match(r"(\d+)\s+\S+\s+.*\((\w+)\)", out.stdout.strip())
        bits, kind = (int(m.group(1)), m.group(2)) if m else (0, "?")
        if kind == "DSA":
            add("high", p, "DSA key (disabled by OpenSSH >= 7.0)", "generate a new key: ssh-keygen -t ed25519")
        elif kind == "RSA" and bits < 3072:
            add("medium", p, f"RSA-{bits} key", "prefer ssh-keygen -t ed25519 (or RSA >= 3072)")
        try:
            if not key_encrypted(p):
                add("medium", p, "private key has no passphrase", f"ssh-keygen -p -f {p}")
        except Exception:
            pass


def check_config():
    cfg = SSH / "config"
    if not cfg.exists():
        return
    host = "*"
    for n, line in enumerate(cfg.read_text(errors="replace").splitlines(), 1):
        l = line.strip()
        if not l or l.startswith("#"):
            continue
        k, _, v = l.partition(" ")
        k, v = k.lower(), v.strip().strip('"')
        if k == "host":
            host = v
        elif k == "forwardagent" and v.lower() == "yes" and "*" in host:
            add("high", f"{cfg}:{n}", f"ForwardAgent yes for Host {host}", "enable agent forwarding only for specific trusted hosts, or use ProxyJump")
        elif k == "stricthostkeychecking" and v.lower() in ("no", "off"):
            add("medium", f"{cfg}:{n}", f"StrictHostKeyChecking {v} for Host {host}", "use 'accept-new' instead of 'no'")
        elif k == "userknownhostsfile" and v == "/dev/null":
            add("medium", f"{cfg}:{n}", f"known_hosts disabled for Host {host}", "remove UserKnownHostsFile /dev/null")
        elif k == "passwordauthentication" and v.lower() == "yes" and host == "*":
            add("low", f"{cfg}:{n}", "password authentication enabled globally", "prefer keys; set per host if needed")


def check_known_hosts():
    kh = SSH / "known_hosts"
    if kh.exists():
        lines = [l for l in kh.read_text(errors="replace").splitlines() if l and not l.startswith("#")]
        hashed = sum(1 for l in lines if l.startswith("|1|"))
        if lines and hashed < len(lines):
            add("low", kh, f"{len(lines) - hashed} of {len(lines)} entries not hashed (reveal hosts you visit)", "ssh-keygen -H -f ~/.ssh/known_hosts")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    check_perms(); check_keys(); check_config(); check_known_hosts()
    order = {"high": 0, "medium": 1, "low": 2, "info": 3}
    findings.sort(key=lambda f: order[f["severity"]])
    if a.json:
        print(json.dumps(findings, indent=2))
    else:
        if not findings:
            print("No issues found.")
        for f in findings:
            print(f"[{f['severity'].upper():6}] {f['path']}: {f['issue']}\n         fix: {f['fix']}")
    return 1 if any(f["severity"] == "high" for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
