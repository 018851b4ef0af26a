#!/usr/bin/env python3
"""List/add/remove single-binary entries in OpenClaw's exec-approvals.json."""
import argparse
import difflib
import json
import os
import pathlib
import shutil
import sys
import uuid

STATE = pathlib.Path(os.environ.get("OPENCLAW_STATE_DIR", pathlib.Path.home() / ".openclaw"))
PATH = STATE / "exec-approvals.json"
DENY = {"sh", "bash", "zsh", "fish", "dash", "ksh", "csh", "tcsh", "env", "xargs", "sudo", "doas", "su",
        "python", "python3", "node", "deno", "bun", "ruby", "perl", "php", "osascript", "pwsh", "powershell",
        "eval", "exec", "nohup", "timeout", "nice", "busybox", "find", "awk", "gawk", "sed", "curl", "wget", "ssh"}


def load():
    if PATH.exists():
        return json.loads(PATH.read_text())
    return {"version": 1, "defaults": {}, "agents": {}}


def dump(d):
    return json.dumps(d, indent=2) + "\n"


def resolve(name: str) -> str:
    p = name if os.path.isabs(name) else shutil.which(name)
    if not p:
        sys.exit(f"{name}: not found on PATH")
    real = os.path.realpath(p)
    base = os.path.basename(real).lower()
    stem = base.split(".")[0].rstrip("0123456789.")
    if any(ch in name for ch in "*?[") or base in DENY or stem in DENY:
        sys.exit(f"refusing to allow-list {real}: it can run arbitrary commands")
    return real


def show_diff(before, after):
    sys.stdout.writelines(difflib.unified_diff(before.splitlines(True), after.splitlines(True),
                                               "a/exec-approvals.json", "b/exec-approvals.json"))


def write(d, before):
    if PATH.exists():
        shutil.copy2(PATH, PATH.with_suffix(".json.bak"))
    PATH.parent.mkdir(parents=True, exist_ok=True)
    tmp = PATH.with_suffix(".tmp")
    tmp.write_text(dump(d))
    os.chmod(tmp, 0o600)
    os.replace(tmp, PATH)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["list", "add", "remove"])
    ap.add_argument("target", nargs="?")
    ap.add_argument("--agent", default="main")
    ap.add_argument("--yes", action="store_true")
    a = ap.parse_args()
    d = load()
    before = dump(d)
    agent = d.setdefault("agents", {}).setdefault(a.agent, {})
    al = agent.setdefault("allowlist", [])

    if a.cmd == "list":
        for e in al:
            print(f"{e.get('pattern')}\t(last used: {e.get('lastUsedAt', '-')})")
        if not al:
            print("(empty)")
        return
    if not a.target:
        sys.exit("target required")
    if a.cmd == "add":
        real = resolve(a.target)
        if any(e.get("pattern") == real for e in al):
            print(f"{real} already allowed")
            return
        al.append({"id": str(uuid.uuid4()), "pattern": real})
    else:
        n = len(al)
        agent["allowlist"] = [e for e in al if e.get("pattern") != a.target]
        if len(agent["allowlist"]) == n:
            sys.exit(f"{a.target} not in allow-list")
    after = dump(d)
    show_diff(before, after)
    if not a.yes:
        print("\n(dry run — re-run with --yes after the user confirms)")
        return
    write(d, before)
    print("saved")


if __name__ == "__main__":
    main()
