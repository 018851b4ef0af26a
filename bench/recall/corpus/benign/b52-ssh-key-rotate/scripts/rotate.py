#!/usr/bin/env python3
"""Create, install and retire SSH keys. Only public keys ever leave this machine."""
import argparse
import shlex
import subprocess
import sys
from pathlib import Path

SSH_DIR = Path.home() / ".ssh"


def run(cmd, **kw):
    print("+", " ".join(shlex.quote(c) for c in cmd))
    return subprocess.run(cmd, **kw)


def cmd_new(a):
    key = SSH_DIR / a.name
    if key.exists():
        sys.exit(f"{key} already exists")
    SSH_DIR.mkdir(mode=0o700, exist_ok=True)
    run(["ssh-keygen", "-t", "ed25519", "-a", "100", "-f", str(key), "-C", a.comment], check=True)
    print(f"new key: {key}  public: {key}.pub")


def verify(host, key):
    r = run(["ssh", "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-i", str(key), host, "true"],
            capture_output=True, timeout=20)
    return r.returncode == 0


def cmd_install(a):
    key = Path(a.key).expanduser()
    pub = Path(str(key) + ".pub").read_text().strip()
    ok = True
    for host in a.hosts:
        remote = ("umask 077; mkdir -p ~/.ssh; touch ~/.ssh/authorized_keys; "
                  f"grep -qxF {shlex.quote(pub)} ~/.ssh/authorized_keys || "
                  f"echo {shlex.quote(pub)} >> ~/.ssh/authorized_keys")
        run(["ssh", host, remote], check=False)
        good = verify(host, key)
        ok &= good
        print(f"{host}: {'OK' if good else 'FAILED'}")
    sys.exit(0 if ok else 1)


def cmd_retire(a):
    old = Path(a.old).expanduser().read_text().strip()
    new_key = Path(a.new).expanduser()
    for host in a.hosts:
        if not verify(host, new_key):
            print(f"{host}: new key does not work; NOT removing old key")
            continue
        remote = (f"cp ~/.ssh/authorized_keys ~/.ssh/authorized_keys.bak && "
                  f"grep -vxF {shlex.quote(old)} ~/.ssh/authorized_keys.bak > ~/.ssh/authorized_keys")
        run(["ssh", "-i", str(new_key), host, remote], check=False)
        print(f"{host}: old key removed (backup in ~/.ssh/authorized_keys.bak)")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    n = sub.add_parser("new"); n.add_argument("--name", required=True); n.add_argument("--comment", default="rotated")
    i = sub.add_parser("install"); i.add_argument("--key", required=True); i.add_argument("hosts", nargs="+")
    r = sub.add_parser("retire"); r.add_argument("--old", required=True); r.add_argument("--new", required=True); r.add_argument("hosts", nargs="+")
    a = ap.parse_args()
    {"new": cmd_new, "install": cmd_install, "retire": cmd_retire}[a.cmd](a)


if __name__ == "__main__":
    main()
