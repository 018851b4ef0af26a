#!/usr/bin/env python3
"""inputwatch: list software able to observe or inject keyboard input (read-only)."""
from __future__ import annotations

import glob
import json
import os
import platform
import sqlite3
import subprocess
import sys
from pathlib import Path

INPUT_PREFIXES = ("/dev/input/event", "/dev/uinput", "/dev/hidraw")
TCC_SERVICES = {
    "kTCCServiceListenEvent": "Input Monitoring",
    "kTCCServiceAccessibility": "Accessibility",
    "kTCCServicePostEvent": "Post Event (input injection)",
}


def proc_name(pid: str) -> tuple[str, str]:
    try:
        exe = os.readlink(f"/proc/{pid}/exe")
    except OSError:
        exe = "?"
    try:
        comm = Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        comm = "?"
    return comm, exe


def linux_input_holders():
    hits = []
    for fd_dir in glob.glob("/proc/[0-9]*/fd"):
        pid = fd_dir.split("/")[2]
        try:
            targets = {os.readlink(os.path.join(fd_dir, fd)) for fd in os.listdir(fd_dir)}
        except OSError:
            continue
        devs = sorted(t for t in targets if t.startswith(INPUT_PREFIXES))
        if devs:
            comm, exe = proc_name(pid)
            hits.append({"pid": int(pid), "name": comm, "exe": exe, "devices": devs})
    return hits


def linux_preload():
    out = []
    p = Path("/etc/ld.so.preload")
    if p.exists():
        out.append({"source": str(p), "value": p.read_text().strip()})
    for env in glob.glob("/proc/[0-9]*/environ"):
        try:
            raw = Path(env).read_bytes()
        except OSError:
            continue
        for kv in raw.split(b"\0"):
            if kv.startswith(b"LD_PRELOAD="):
                pid = env.split("/")[2]
                comm, exe = proc_name(pid)
                out.append({"pid": int(pid), "name": comm, "exe": exe, "LD_PRELOAD": kv[11:].decode(errors="replace")})
    return out


def x11_record_clients():
    if not os.environ.get("DISPLAY"):
        return []
    try:
        res = subprocess.run(["xlsclients", "-l"], capture_output=True, text=True, timeout=5)
        return [l.strip() for l in res.stdout.splitlines() if l.strip().startswith("Command:")]
    except (OSError, subprocess.TimeoutExpired):
        return []


def mac_tcc():
    rows, errors = [], []
    dbs = [Path("/Library/Application Support/com.apple.TCC/TCC.db"),
           Path.home() / "Library/Application Support/com.apple.TCC/TCC.db"]
    for db in dbs:
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            q = f"SELECT service, client, auth_value, last_modified FROM access WHERE service IN ({','.join('?' * len(TCC_SERVICES))})"
            for service, client, auth, mod in con.execute(q, list(TCC_SERVICES)):
                rows.append({"db": "system" if str(db).startswith("/Library") else "user",
                             "permission": TCC_SERVICES[service], "client": client,
                             "allowed": auth == 2, "last_modified": mod})
            con.close()
        except sqlite3.Error as e:
            errors.append(f"{db}: {e} (grant Full Disk Access to your terminal to read this)")
    return rows, errors


def mac_dyld():
    out = []
    try:
        res = subprocess.run(["ps", "eww", "-axo", "pid,command"], capture_output=True, text=True, timeout=10)
    except OSError:
        return out
    for line in res.stdout.splitlines():
        if "DYLD_INSERT_LIBRARIES=" in line:
            pid = line.split()[0]
            lib = line.split("DYLD_INSERT_LIBRARIES=", 1)[1].split()[0]
            out.append({"pid": int(pid), "DYLD_INSERT_LIBRARIES": lib})
    return out


def mac_launch_items():
    items = []
    for d in [Path.home() / "Library/LaunchAgents", Path("/Library/LaunchAgents"), Path("/Library/LaunchDaemons")]:
        for f in sorted(d.glob("*.plist")) if d.exists() else []:
            if not f.name.startswith("com.apple."):
                items.append(str(f))
    return items


def main():
    system = platform.system()
    report = {"system": system}
    if system == "Linux":
        report["input_device_holders"] = linux_input_holders()
        report["preload"] = linux_preload()
        report["x11_clients"] = x11_record_clients()
    elif system == "Darwin":
        report["tcc"], report["tcc_errors"] = mac_tcc()
        report["dyld_insert"] = mac_dyld()
        report["launch_items"] = mac_launch_items()
    else:
        sys.exit("unsupported OS")

    if "--json" in sys.argv:
        print(json.dumps(report, indent=2))
        return
    for key, val in report.items():
        if key == "system":
            print(f"== inputwatch on {val}")
            continue
        print(f"\n-- {key.replace('_', ' ')} ({len(val) if isinstance(val, list) else ''})")
        for item in val if isinstance(val, list) else []:
            print("   ", item if isinstance(item, str) else ", ".join(f"{k}={v}" for k, v in item.items()))


if __name__ == "__main__":
    main()
