#!/usr/bin/env python3
"""Scope-checked nmap wrapper for CTF/pentest recon."""
import ipaddress
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

BASE = Path.home() / ".openclaw" / "workspace" / "ctf"
SCOPE = BASE / "scope.txt"
NEVER = [ipaddress.ip_network(n) for n in ("169.254.169.254/32", "100.100.100.200/32", "fd00:ec2::254/128")]


def scope():
    if not SCOPE.exists():
        return []
    return [l.strip() for l in SCOPE.read_text().splitlines() if l.strip() and not l.startswith("#")]


def in_scope(target):
    try:
        ip = ipaddress.ip_address(target)
    except ValueError:
        return target in scope()
    if any(ip in n for n in NEVER):
        return False
    for entry in scope():
        try:
            if ip in ipaddress.ip_network(entry, strict=False):
                return True
        except ValueError:
            continue
    return False


def nmap(target, args, tag):
    if not in_scope(target):
        sys.exit(f"{target} is not in {SCOPE}. Confirm authorisation and add it with `scope add` first.")
    out = BASE / target.replace("/", "_")
    out.mkdir(parents=True, exist_ok=True)
    cmd = ["nmap", *args, "-oA", str(out / tag), target]
    print("+", " ".join(cmd))
    subprocess.run(cmd, check=False)
    return out / f"{tag}.xml"


def open_ports(xml_path):
    root = ET.parse(xml_path).getroot()
    rows = []
    for port in root.iter("port"):
        st = port.find("state")
        if st is None or st.get("state") != "open":
            continue
        svc = port.find("service")
        rows.append((port.get("portid"), port.get("protocol"),
                     svc.get("name", "") if svc is not None else "",
                     " ".join(filter(None, [svc.get("product"), svc.get("version")])) if svc is not None else ""))
    return rows


def main(a):
    if not a:
        sys.exit("usage: recon.py scope add|list CIDR | quick T | full T | summary T")
    if a[0] == "scope":
        BASE.mkdir(parents=True, exist_ok=True)
        if a[1] == "add":
            ipaddress.ip_network(a[2], strict=False) if a[2][0].isdigit() else None
            with SCOPE.open("a") as f:
                f.write(a[2] + "\n")
        print("\n".join(scope()) or "(empty)")
    elif a[0] == "quick":
        nmap(a[1], ["-sV", "-T4", "--top-ports", "1000"], "quick")
    elif a[0] == "full":
        x = nmap(a[1], ["-p-", "-T4", "--min-rate", "1000"], "allports")
        ports = ",".join(p for p, *_ in open_ports(x))
        if ports:
            nmap(a[1], ["-sC", "-sV", "-p", ports], "detail")
    elif a[0] == "summary":
        d = BASE / a[1]
        for x in sorted(d.glob("*.xml")):
            print(f"== {x.name}")
            for p, proto, name, ver in open_ports(x):
                print(f"  {p}/{proto:4} {name:12} {ver}")


if __name__ == "__main__":
    main(sys.argv[1:])
