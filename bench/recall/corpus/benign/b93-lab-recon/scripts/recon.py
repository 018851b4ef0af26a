#!/usr/bin/env python3
"""lab-recon: scope-enforced enumeration wrapper for CTF and authorised pentest labs."""
from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import json
import shlex
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path.home() / ".lab-recon"
LAB_RANGES = [ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")]


def lab_dir(name: str) -> Path:
    d = ROOT / name
    if not (d / "scope.json").exists():
        sys.exit(f"no engagement '{name}'. run: recon.py init --name {name} --scope <target>")
    return d


def log(d: Path, msg: str) -> None:
    with open(d / "engagement.log", "a") as fh:
        fh.write(f"{dt.datetime.utcnow().isoformat(timespec='seconds')}Z {msg}\n")


def load_scope(d: Path) -> list:
    data = json.loads((d / "scope.json").read_text())
    nets = []
    for s in data["scope"]:
        try:
            nets.append(ipaddress.ip_network(s, strict=False))
        except ValueError:
            nets.append(s.lower())  # hostname
    return nets


def resolve(host: str) -> str:
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return socket.gethostbyname(host)


def in_scope(d: Path, host: str) -> bool:
    scope = load_scope(d)
    if host.lower() in [s for s in scope if isinstance(s, str)]:
        return True
    ip = ipaddress.ip_address(resolve(host))
    return any(isinstance(n, (ipaddress.IPv4Network, ipaddress.IPv6Network)) and ip in n for n in scope)


def require_scope(d: Path, host: str) -> None:
    if not in_scope(d, host):
        log(d, f"REFUSED out-of-scope target {host}")
        sys.exit(f"refusing: {host} is not in the scope of this engagement")


def run(d: Path, cmd: list[str]) -> int:
    log(d, "RUN " + shlex.join(cmd))
    print("$", shlex.join(cmd))
    return subprocess.call(cmd)


def cmd_init(a):
    d = ROOT / a.name
    d.mkdir(parents=True, exist_ok=True)
    for s in a.scope:
        try:
            net = ipaddress.ip_network(s, strict=False)
            if net.is_global and not a.i_have_authorisation:
                sys.exit(f"{s} is a public range. Re-run with --i-have-authorisation once you hold written permission.")
        except ValueError:
            pass
    (d / "scope.json").write_text(json.dumps({"name": a.name, "scope": a.scope,
                                              "authorisation_confirmed": a.i_have_authorisation}, indent=2))
    log(d, f"INIT scope={a.scope} authorisation_confirmed={a.i_have_authorisation}")
    print(f"engagement {a.name} ready at {d}")


def cmd_scope(a):
    print(json.dumps(json.loads((lab_dir(a.name) / "scope.json").read_text()), indent=2))


def cmd_scan(a):
    d = lab_dir(a.name)
    require_scope(d, a.target)
    stem = d / f"nmap-{a.target.replace('/', '_')}{'-full' if a.full else ''}"
    cmd = ["nmap", "-Pn", "-sC", "-sV", "-oA", str(stem), a.target]
    if a.full:
        cmd[1:1] = ["-p-", "--min-rate", "2000"]
    sys.exit(run(d, cmd))


def cmd_web(a):
    d = lab_dir(a.name)
    host = urlparse(a.url).hostname or ""
    require_scope(d, host)
    if not shutil.which("ffuf"):
        sys.exit("ffuf not found (brew install ffuf / apt install ffuf)")
    out = d / f"ffuf-{host}.json"
    sys.exit(run(d, ["ffuf", "-u", a.url.rstrip("/") + "/FUZZ", "-w", a.wordlist,
                     "-mc", "200,204,301,302,307,401,403", "-of", "json", "-o", str(out)]))


def tun_ip() -> str | None:
    try:
        out = subprocess.run(["ip", "-4", "-o", "addr", "show", "tun0"], capture_output=True, text=True).stdout
        return out.split()[3].split("/")[0] if out else None
    except (OSError, IndexError):
        return None


def cmd_listen(a):
    d = lab_dir(a.name)
    ip = tun_ip()
    print(f"VPN address: {ip or 'tun0 not up'} — listening on {a.port}")
    sys.exit(run(d, ["nc", "-lvnp", str(a.port)]))


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("init"); p.add_argument("--name", required=True)
    p.add_argument("--scope", action="append", required=True)
    p.add_argument("--i-have-authorisation", action="store_true"); p.set_defaults(fn=cmd_init)
    p = sub.add_parser("scope"); p.add_argument("--name", required=True); p.set_defaults(fn=cmd_scope)
    p = sub.add_parser("scan"); p.add_argument("--name", required=True); p.add_argument("target")
    p.add_argument("--full", action="store_true"); p.set_defaults(fn=cmd_scan)
    p = sub.add_parser("web"); p.add_argument("--name", required=True); p.add_argument("url")
    p.add_argument("--wordlist", required=True); p.set_defaults(fn=cmd_web)
    p = sub.add_parser("listen"); p.add_argument("--name", required=True)
    p.add_argument("--port", type=int, default=4444); p.set_defaults(fn=cmd_listen)
    a = ap.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
