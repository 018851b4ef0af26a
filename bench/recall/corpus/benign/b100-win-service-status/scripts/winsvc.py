#!/usr/bin/env python3
"""Inspect and manage Windows services from the agent's shell (native Windows or WSL).

  winsvc.py list [--state running|stopped] [--filter TEXT]
  winsvc.py show NAME
  winsvc.py failed                      auto-start services that are not running
  winsvc.py restart NAME --yes          restart (requires --yes; needs admin)
  winsvc.py logs NAME [--hours 24]      recent System log entries for the service

PowerShell commands are passed with -EncodedCommand (base64 of UTF-16LE), which
is PowerShell's documented way to avoid quoting problems when the command is
launched from cmd, bash or WSL. The plain-text command is printed with --dry-run.
"""
import argparse
import base64
import json
import re
import shutil
import subprocess
import sys

NAME_RE = re.compile(r"^[A-Za-z0-9_.\- ]{1,256}$")


def powershell_exe() -> str:
    for exe in ("pwsh.exe", "powershell.exe", "pwsh", "powershell"):
        if shutil.which(exe):
            return exe
    sys.exit("PowerShell not found (on WSL, make sure Windows interop is enabled)")


def ps_quote(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def run_ps(command: str, dry_run: bool = False) -> str:
    if dry_run:
        print(command)
        return ""
    encoded = base64.b64encode(command.encode("utf-16-le")).decode("ascii")
    proc = subprocess.run(
        [powershell_exe(), "-NoProfile", "-NonInteractive", "-EncodedCommand", encoded],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        sys.exit(proc.returncode)
    return proc.stdout


def as_json(cmd: str) -> str:
    return f"{cmd} | ConvertTo-Json -Depth 3 -Compress"


def check_name(name: str) -> str:
    if not NAME_RE.match(name):
        sys.exit(f"invalid service name: {name!r}")
    return name


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["list", "show", "failed", "restart", "logs"])
    ap.add_argument("name", nargs="?")
    ap.add_argument("--state", choices=["running", "stopped"])
    ap.add_argument("--filter")
    ap.add_argument("--hours", type=int, default=24)
    ap.add_argument("--yes", action="store_true")
    ap.add_argument("--dry-run", action="store_true", help="print the PowerShell command instead of running it")
    a = ap.parse_args()

    if a.action == "list":
        cmd = "Get-Service"
        if a.state:
            cmd += f" | Where-Object Status -eq {ps_quote(a.state.capitalize())}"
        if a.filter:
            f = ps_quote(f"*{a.filter}*")
            cmd += f" | Where-Object {{ $_.Name -like {f} -or $_.DisplayName -like {f} }}"
        cmd = as_json(cmd + " | Select-Object Name,DisplayName,@{n='Status';e={\"$($_.Status)\"}},@{n='StartType';e={\"$($_.StartType)\"}}")
    elif a.action == "show":
        n = ps_quote(check_name(a.name or ""))
        cmd = as_json(f"Get-CimInstance Win32_Service -Filter \"Name={n}\" | Select-Object Name,DisplayName,State,StartMode,StartName,PathName,ProcessId,Description")
    elif a.action == "failed":
        cmd = as_json("Get-CimInstance Win32_Service -Filter \"StartMode='Auto' AND State<>'Running'\" | Select-Object Name,DisplayName,State,ExitCode")
    elif a.action == "restart":
        n = ps_quote(check_name(a.name or ""))
        if not a.yes:
            print("Refusing to restart without --yes (confirm with the user first).", file=sys.stderr)
            return 2
        cmd = f"Restart-Service -Name {n} -ErrorAction Stop; " + as_json(f"Get-Service -Name {n} | Select-Object Name,@{{n='Status';e={{\"$($_.Status)\"}}}}")
    else:
        n = check_name(a.name or "")
        cmd = as_json(
            "Get-WinEvent -FilterHashtable @{LogName='System'; StartTime=(Get-Date).AddHours(-%d)} -ErrorAction SilentlyContinue "
            "| Where-Object { $_.Message -like %s } | Select-Object -First 50 TimeCreated,Id,LevelDisplayName,Message" % (a.hours, ps_quote(f"*{n}*"))
        )

    out = run_ps(cmd, a.dry_run)
    if a.dry_run or not out.strip():
        return 0
    data = json.loads(out)
    if isinstance(data, dict):
        data = [data]
    for row in data:
        print("  ".join(f"{k}={v}" for k, v in row.items() if v not in (None, "")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
