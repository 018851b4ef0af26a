#!/usr/bin/env python3
"""Small ~/.ssh/config manager used by the ssh-config-helper skill."""
import argparse
import os
import re
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

SSH_DIR = Path.home() / ".ssh"
CONFIG = SSH_DIR / "config"


def parse_config(text):
    hosts, cur = [], None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = re.match(r"(\S+)\s*=?\s*(.*)", line)
        if not m:
            continue
        key, val = m.group(1).lower(), m.group(2).strip()
        if key in ("host", "match"):
            cur = {"_kind": key, "_pattern": val, "opts": {}}
            hosts.append(cur)
        elif cur is not None:
            cur["opts"].setdefault(key, val)
    return hosts


def cmd_list(_a):
    if not CONFIG.exists():
        print("no ~/.ssh/config")
        return 0
    for h in parse_config(CONFIG.read_text()):
        if h["_kind"] != "host" or "*" in h["_pattern"]:
            continue
        o = h["opts"]
        print(f"{h['_pattern']:20} {o.get('user','-')}@{o.get('hostname', h['_pattern'])}:{o.get('port','22')}"
              f"  {o.get('identityfile','')}")
    return 0


def cmd_show(a):
    out = subprocess.run(["ssh", "-G", a.alias], capture_output=True, text=True)
    interesting = ("hostname", "user", "port", "identityfile", "proxyjump", "proxycommand",
                   "forwardagent", "stricthostkeychecking", "userknownhostsfile")
    for line in out.stdout.splitlines():
        if line.split(" ", 1)[0] in interesting:
            print(line)
    return out.returncode


def fingerprint(pub: Path):
    r = subprocess.run(["ssh-keygen", "-lf", str(pub)], capture_output=True, text=True)
    return r.stdout.strip() if r.returncode == 0 else "?"


def cmd_keys(_a):
    loaded = subprocess.run(["ssh-add", "-l"], capture_output=True, text=True).stdout
    for pub in sorted(SSH_DIR.glob("*.pub")):
        fp = fingerprint(pub)
        sha = fp.split()[1] if len(fp.split()) > 1 else ""
        priv = pub.with_suffix("")
        mode = oct(priv.stat().st_mode & 0o777) if priv.exists() else "missing"
        print(f"{pub.name:28} {fp}\n{'':28} private: {mode}  agent: {'yes' if sha and sha in loaded else 'no'}")
    return 0


def backup_config():
    if CONFIG.exists():
        dst = CONFIG.with_name(f"config.bak-{time.strftime('%Y%m%d%H%M%S')}")
        shutil.copy2(CONFIG, dst)
        return dst
    return None


def cmd_add(a):
    SSH_DIR.mkdir(mode=0o700, exist_ok=True)
    existing = CONFIG.read_text() if CONFIG.exists() else ""
    if any(h["_pattern"] == a.alias for h in parse_config(existing)):
        print(f"Host {a.alias} already exists; edit it manually or remove it first", file=sys.stderr)
        return 1
    block = [f"\nHost {a.alias}", f"    HostName {a.hostname}"]
    if a.user:
        block.append(f"    User {a.user}")
    if a.port and a.port != 22:
        block.append(f"    Port {a.port}")
    if a.identity:
        block.append(f"    IdentityFile {a.identity}")
        block.append("    IdentitiesOnly yes")
    if a.jump:
        block.append(f"    ProxyJump {a.jump}")
    bak = backup_config()
    # new host blocks must come before a trailing `Host *` to take effect for first-match options
    m = re.search(r"^Host \*\s*$", existing, re.M)
    text = existing[: m.start()] + "\n".join(block).lstrip("\n") + "\n\n" + existing[m.start():] if m \
        else existing.rstrip("\n") + "\n" + "\n".join(block) + "\n"
    CONFIG.write_text(text)
    os.chmod(CONFIG, 0o600)
    print(f"added Host {a.alias}" + (f" (backup: {bak})" if bak else ""))
    return 0


def cmd_newkey(a):
    path = SSH_DIR / a.name
    if path.exists():
        print(f"{path} exists; refusing to overwrite", file=sys.stderr)
        return 1
    SSH_DIR.mkdir(mode=0o700, exist_ok=True)
    # no -N: ssh-keygen asks the user for a passphrase interactively
    r = subprocess.run(["ssh-keygen", "-t", "ed25519", "-a", "64", "-f", str(path), "-C", a.comment or a.name])
    if r.returncode == 0:
        print("public key:\n" + path.with_suffix(".pub").read_text())
    return r.returncode


def identity_for(alias):
    out = subprocess.run(["ssh", "-G", alias], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("identityfile "):
            p = Path(os.path.expanduser(line.split(" ", 1)[1]))
            if p.with_suffix(".pub").exists():
                return p.with_suffix(".pub")
    return None


def cmd_copy_id(a):
    pub = Path(os.path.expanduser(a.key)) if a.key else identity_for(a.alias)
    if not pub or not str(pub).endswith(".pub"):
        print("need a .pub key (use --key ~/.ssh/xxx.pub)", file=sys.stderr)
        return 1
    return subprocess.call(["ssh-copy-id", "-i", str(pub), a.alias])


HINTS = [
    (r"Permission denied \(publickey", "server rejected all offered keys - check IdentityFile / authorized_keys"),
    (r"REMOTE HOST IDENTIFICATION HAS CHANGED", "host key changed - verify with the server owner before ssh-keygen -R"),
    (r"bad permissions", "private key or ~/.ssh permissions too open: chmod 700 ~/.ssh; chmod 600 ~/.ssh/<key>"),
    (r"Connection timed out|No route to host", "network/firewall issue or wrong HostName/Port"),
    (r"Could not resolve hostname", "DNS: hostname does not resolve"),
    (r"Too many authentication failures", "agent offers too many keys - set IdentitiesOnly yes"),
]


def cmd_test(a):
    r = subprocess.run(["ssh", "-vvv", "-o", "BatchMode=yes", "-o", "ConnectTimeout=8", a.alias, "true"],
                       capture_output=True, text=True)
    log = r.stderr
    if r.returncode == 0:
        print("OK: authenticated and ran `true`")
    for pat, hint in HINTS:
        if re.search(pat, log):
            print("hint:", hint)
    offered = re.findall(r"Offering public key: (\S+)", log)
    if offered:
        print("keys offered:", ", ".join(offered))
    st = SSH_DIR.stat()
    if stat.S_IMODE(st.st_mode) & 0o077:
        print("hint: ~/.ssh is group/world accessible; chmod 700 ~/.ssh")
    return r.returncode


def main():
    p = argparse.ArgumentParser()
    s = p.add_subparsers(dest="cmd", required=True)
    s.add_parser("list").set_defaults(fn=cmd_list)
    x = s.add_parser("show"); x.add_argument("alias"); x.set_defaults(fn=cmd_show)
    s.add_parser("keys").set_defaults(fn=cmd_keys)
    x = s.add_parser("add"); x.add_argument("--alias", required=True); x.add_argument("--hostname", required=True)
    x.add_argument("--user"); x.add_argument("--port", type=int, default=22); x.add_argument("--identity")
    x.add_argument("--jump"); x.set_defaults(fn=cmd_add)
    x = s.add_parser("newkey"); x.add_argument("--name", required=True); x.add_argument("--comment"); x.set_defaults(fn=cmd_newkey)
    x = s.add_parser("copy-id"); x.add_argument("alias"); x.add_argument("--key"); x.set_defaults(fn=cmd_copy_id)
    x = s.add_parser("test"); x.add_argument("alias"); x.set_defaults(fn=cmd_test)
    a = p.parse_args()
    return a.fn(a)


if __name__ == "__main__":
    sys.exit(main())
