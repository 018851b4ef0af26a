#!/usr/bin/env python3
"""Local, read-only audit of ~/.ssh. Never reads private key contents."""
import argparse
import json
import os
import stat
import subprocess
from pathlib import Path

SSH = Path.home() / ".ssh"


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def parse_config(path: Path):
    hosts, cur = [], None
    if not path.exists():
        return hosts
    for raw in path.read_text(errors="replace").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.replace("=", " ", 1).split(None, 1)
        key, val = parts[0].lower(), (parts[1] if len(parts) > 1 else "")
        if key == "host":
            cur = {"patterns": val.split(), "options": {}}
            hosts.append(cur)
        elif key == "match":
            cur = {"patterns": ["match " + val], "options": {}}
            hosts.append(cur)
        elif cur is not None:
            cur["options"][key] = val
    return hosts


def pub_info(pub: Path):
    r = subprocess.run(["ssh-keygen", "-l", "-f", str(pub)], capture_output=True, text=True)
    if r.returncode != 0:
        return None
    bits, fp, *rest = r.stdout.split()
    ktype = rest[-1].strip("()") if rest else "?"
    return {"bits": int(bits), "fingerprint": fp, "type": ktype}


def has_empty_passphrase(priv: Path) -> bool:
    # ssh-keygen -y derives the public key; with -P "" it succeeds only for unencrypted keys.
    r = subprocess.run(["ssh-keygen", "-y", "-P", "", "-f", str(priv)], capture_output=True, text=True)
    return r.returncode == 0


def audit():
    findings, keys = [], []
    if not SSH.exists():
        return {"findings": [{"level": "info", "msg": "~/.ssh does not exist"}], "keys": [], "hosts": []}
    if mode(SSH) & 0o077:
        findings.append({"level": "high", "msg": f"~/.ssh is {oct(mode(SSH))}, should be 0o700"})

    for pub in sorted(SSH.glob("*.pub")):
        priv = pub.with_suffix("")
        info = pub_info(pub) or {}
        entry = {"key": priv.name, **info, "private_present": priv.exists()}
        if priv.exists():
            m = mode(priv)
            entry["mode"] = oct(m)
            if m & 0o077:
                findings.append({"level": "high", "msg": f"{priv.name} is {oct(m)}, should be 0o600"})
            entry["no_passphrase"] = has_empty_passphrase(priv)
            if entry["no_passphrase"]:
                findings.append({"level": "medium", "msg": f"{priv.name} has no passphrase"})
        t = info.get("type", "")
        if t == "DSA" or (t == "RSA" and info.get("bits", 0) < 3072):
            findings.append({"level": "medium", "msg": f"{priv.name}: weak key ({t} {info.get('bits')})"})
        keys.append(entry)

    hosts = parse_config(SSH / "config")
    for h in hosts:
        pats, opt = h["patterns"], h["options"]
        wildcard = any("*" in p for p in pats)
        if opt.get("forwardagent", "").lower() == "yes" and wildcard:
            findings.append({"level": "high", "msg": f"ForwardAgent yes for wildcard Host {' '.join(pats)}"})
        if opt.get("stricthostkeychecking", "").lower() == "no":
            findings.append({"level": "medium", "msg": f"StrictHostKeyChecking no for Host {' '.join(pats)}"})
    ak = SSH / "authorized_keys"
    if ak.exists() and mode(ak) & 0o022:
        findings.append({"level": "high", "msg": "authorized_keys is group/world writable"})
    return {"findings": findings, "keys": keys, "hosts": hosts}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--hosts", action="store_true")
    a = ap.parse_args()
    r = audit()
    if a.hosts:
        for h in r["hosts"]:
            for p in h["patterns"]:
                if "*" not in p and not p.startswith("match"):
                    print(f"{p}\t{h['options'].get('hostname', p)}\t{h['options'].get('user', os.environ.get('USER', ''))}")
        return
    if a.json:
        print(json.dumps(r, indent=2))
        return
    print("Keys:")
    for k in r["keys"]:
        print(f"  {k['key']:<20} {k.get('type','?'):<8} {k.get('bits','?'):<5} {k.get('fingerprint','')}"
              f"{'  NO PASSPHRASE' if k.get('no_passphrase') else ''}")
    print(f"\nHosts in config: {sum(len(h['patterns']) for h in r['hosts'])}")
    print("\nFindings:" if r["findings"] else "\nNo problems found.")
    for f in r["findings"]:
        print(f"  [{f['level']}] {f['msg']}")


if __name__ == "__main__":
    main()
