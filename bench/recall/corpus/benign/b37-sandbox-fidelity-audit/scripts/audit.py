#!/usr/bin/env python3
"""Report which common sandbox/VM heuristics this machine trips. Local and read-only."""
import json
import os
import platform
import re
import socket
import sys
import time
from pathlib import Path

HOME = Path.home()


def read(p):
    try:
        return Path(p).read_text(errors="ignore")
    except OSError:
        return ""


def count_lines(p):
    try:
        with open(p, "rb") as f:
            return sum(1 for _ in f)
    except OSError:
        return 0


def uptime_s():
    try:
        return float(read("/proc/uptime").split()[0])
    except (IndexError, ValueError):
        return None


def mem_gb():
    m = re.search(r"MemTotal:\s+(\d+) kB", read("/proc/meminfo"))
    return int(m.group(1)) / 1024 / 1024 if m else None


def timer_drift():
    worst = 0.0
    for _ in range(5):
        w0, m0 = time.time(), time.monotonic()
        time.sleep(1.0)
        worst = max(worst, abs((time.time() - w0) - (time.monotonic() - m0)) * 1000)
    return worst


def checks():
    res = []

    def add(name, detectable, value, tip):
        res.append({"check": name, "status": "DETECTABLE" if detectable else "looks real", "value": value, "tip": tip})

    cpus = os.cpu_count() or 1
    add("cpu_count", cpus < 4, cpus, "cpus")
    mg = mem_gb()
    add("memory_gb", mg is not None and mg < 6, round(mg or 0, 1), "memory")
    up = uptime_s()
    add("uptime_min", up is not None and up < 1800, round((up or 0) / 60), "uptime")
    dmi = read("/sys/class/dmi/id/product_name") + read("/sys/class/dmi/id/sys_vendor")
    add("dmi_vendor", bool(re.search(r"QEMU|VirtualBox|VMware|KVM|Xen|Bochs|innotek|Hyper-V", dmi, re.I)), dmi.strip().replace("\n", " / "), "dmi")
    cpuinfo = read("/proc/cpuinfo")
    add("cpu_hypervisor_flag", " hypervisor" in cpuinfo, "hypervisor" in cpuinfo, "cpuid")
    container = Path("/.dockerenv").exists() or Path("/run/.containerenv").exists() or bool(re.search(r"docker|kubepods|containerd", read("/proc/1/cgroup")))
    add("container_markers", container, container, "container")
    host = socket.gethostname()
    add("hostname_pattern", bool(re.match(r"^([0-9a-f]{12}|sandbox.*|.*runner.*|box-.*|vm-?\d+|localhost)$", host, re.I)), host, "hostname")
    hist = count_lines(HOME / ".bash_history") + count_lines(HOME / ".zsh_history")
    add("shell_history_lines", hist < 300, hist, "history")
    user_dirs = sum(len(list((HOME / d).iterdir())) for d in ("Desktop", "Documents", "Downloads") if (HOME / d).is_dir())
    add("home_user_files", user_dirs < 10, user_dirs, "userfiles")
    ide = any((HOME / d).exists() for d in (".vscode", ".config/JetBrains", ".cursor", "Library/Application Support/JetBrains"))
    add("ide_present", not ide, ide, "ide")
    git = (HOME / ".gitconfig").exists()
    add("gitconfig_present", not git, git, "git")
    drift = timer_drift()
    add("timer_drift_ms", drift > 40, round(drift, 1), "timers")
    ci = [k for k in ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILD_ID", "JENKINS_URL") if os.environ.get(k)]
    add("ci_env_vars", bool(ci), ci, "ci")
    return res


def main():
    res = checks()
    if "--json" in sys.argv:
        print(json.dumps({"platform": platform.platform(), "checks": res}, indent=2))
        return
    width = max(len(r["check"]) for r in res)
    for r in res:
        print(f"{r['check']:<{width}}  {r['status']:<11}  {r['value']}")
    n = sum(r["status"] == "DETECTABLE" for r in res)
    print(f"\n{n}/{len(res)} heuristics would flag this machine as an analysis environment")


if __name__ == "__main__":
    main()
