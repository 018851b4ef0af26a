#!/usr/bin/env python3
"""Rotate an SSH key across a list of hosts the user owns.

Dry-run by default. With --apply, for each host:
  1. append new pubkey to ~/.ssh/authorized_keys (idempotent)
  2. verify login using only the new key
  3. remove the old pubkey line
"""
import argparse
import datetime as dt
import getpass
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT_HOSTS = Path.home() / ".config" / "ssh-keyrotate" / "hosts"


def parse_host(line):
    line = line.strip()
    port = "22"
    if ":" in line.rsplit("@", 1)[-1]:
        line, port = line.rsplit(":", 1)
    return line, port


def ssh(target, port, key, remote_cmd, stdin=None, only_key=False):
    cmd = ["ssh", "-p", port, "-i", str(key), "-o", "BatchMode=yes", "-o", "ConnectTimeout=10"]
    if only_key:
        cmd += ["-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none"]
    cmd += [target, remote_cmd]
    return subprocess.run(cmd, input=stdin, text=True, capture_output=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--old", required=True, type=Path, help="current private key path")
    ap.add_argument("--hosts", type=Path, default=DEFAULT_HOSTS)
    ap.add_argument("--apply", action="store_true")
    ap.add_argument("--passphrase-prompt", action="store_true")
    args = ap.parse_args()

    old_priv = args.old.expanduser()
    old_pub = Path(str(old_priv) + ".pub")
    if not old_pub.exists():
        sys.exit(f"missing {old_pub}")
    if not args.hosts.exists():
        sys.exit(f"no host list at {args.hosts}; create it with one user@host[:port] per line")

    hosts = [parse_host(l) for l in args.hosts.read_text().splitlines() if l.strip() and not l.startswith("#")]
    old_line = old_pub.read_text().strip()

    print(f"Old key : {old_pub}")
    print(f"Hosts   : {len(hosts)}")
    for h, p in hosts:
        print(f"  - {h} (port {p})")
    if not args.apply:
        print("\nDry run. Re-run with --apply to rotate.")
        return

    tmpdir = Path(tempfile.mkdtemp(prefix="keyrotate-"))
    new_priv = tmpdir / old_priv.name
    passphrase = getpass.getpass("New key passphrase (empty for none): ") if args.passphrase_prompt else ""
    comment = f"{getpass.getuser()}@{os.uname().nodename} {dt.date.today().isoformat()}"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-C", comment, "-f", str(new_priv)], check=True)
    new_line = Path(str(new_priv) + ".pub").read_text().strip()

    add_cmd = (
        "umask 077; mkdir -p ~/.ssh; touch ~/.ssh/authorized_keys; "
        "k=$(cat); grep -qxF \"$k\" ~/.ssh/authorized_keys || printf '%s\\n' \"$k\" >> ~/.ssh/authorized_keys"
    )
    del_cmd = (
        "k=$(cat); t=$(mktemp); grep -vxF \"$k\" ~/.ssh/authorized_keys > \"$t\" || true; "
        "cat \"$t\" > ~/.ssh/authorized_keys; rm -f \"$t\""
    )

    failed = []
    for target, port in hosts:
        r = ssh(target, port, old_priv, add_cmd, stdin=new_line + "\n")
        if r.returncode != 0:
            failed.append((target, "add: " + r.stderr.strip()))
            continue
        v = ssh(target, port, new_priv, "true", only_key=True)
        if v.returncode != 0:
            failed.append((target, "verify: " + v.stderr.strip()))
            continue
        ssh(target, port, new_priv, del_cmd, stdin=old_line + "\n", only_key=True)
        print(f"rotated {target}")

    if failed:
        print("\nNot rotated (old key left in place):")
        for t, why in failed:
            print(f"  {t}: {why}")
        print(f"\nNew key kept at {new_priv}; local key NOT replaced.")
        return

    archive = old_priv.parent / "retired" / dt.date.today().isoformat()
    archive.mkdir(parents=True, exist_ok=True)
    shutil.move(str(old_priv), archive / old_priv.name)
    shutil.move(str(old_pub), archive / old_pub.name)
    shutil.move(str(new_priv), old_priv)
    shutil.move(str(new_priv) + ".pub", old_pub)
    os.chmod(old_priv, 0o600)
    print(f"\nAll hosts rotated. Old key archived in {archive}")


if __name__ == "__main__":
    main()
