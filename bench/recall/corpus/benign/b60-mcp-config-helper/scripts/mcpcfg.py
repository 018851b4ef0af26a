#!/usr/bin/env python3
import argparse
import copy
import difflib
import json
import re
import shutil
import sys
from pathlib import Path

TARGETS = {
    "claude": Path.home() / ".claude.json",
    "cursor": Path.home() / ".cursor" / "mcp.json",
    "project": Path.cwd() / ".mcp.json",
}
NAME_RE = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")


def load(path: Path) -> dict:
    if not path.exists():
        return {}
    return json.loads(path.read_text())


def dump(obj: dict) -> str:
    return json.dumps(obj, indent=2) + "\n"


def show_diff(path: Path, before: dict, after: dict) -> bool:
    a, b = dump(before).splitlines(keepends=True), dump(after).splitlines(keepends=True)
    diff = list(difflib.unified_diff(a, b, fromfile=str(path), tofile=str(path)))
    sys.stdout.writelines(diff or ["(no changes)\n"])
    return bool(diff)


def save(path: Path, obj: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        shutil.copy2(path, path.with_suffix(path.suffix + ".bak"))
    path.write_text(dump(obj))
    print(f"wrote {path}")


def cmd_add(a) -> None:
    if not NAME_RE.match(a.name):
        sys.exit("server name must be letters, digits, - or _")
    if bool(a.command) == bool(a.url):
        sys.exit("give exactly one of --command or --url")
    path = TARGETS[a.target]
    before = load(path)
    after = copy.deepcopy(before)
    servers = after.setdefault("mcpServers", {})
    if a.name in servers and not a.replace:
        sys.exit(f"{a.name} already exists (use --replace)")
    if a.command:
        entry = {"command": a.command, "args": [x for x in (a.args or "").split(",") if x]}
    else:
        if not a.url.startswith("https://") and not a.url.startswith("http://127.0.0.1") and not a.url.startswith("http://localhost"):
            sys.exit("remote MCP URLs must use https")
        entry = {"type": "http", "url": a.url}
    servers[a.name] = entry
    if show_diff(path, before, after) and a.write:
        save(path, after)


def cmd_remove(a) -> None:
    path = TARGETS[a.target]
    before = load(path)
    after = copy.deepcopy(before)
    if after.get("mcpServers", {}).pop(a.name, None) is None:
        sys.exit(f"{a.name} not found in {path}")
    if show_diff(path, before, after) and a.write:
        save(path, after)


def cmd_list(a) -> None:
    servers = load(TARGETS[a.target]).get("mcpServers", {})
    if not servers:
        print("no MCP servers configured")
    for name, e in servers.items():
        print(f"{name}\t{e.get('url') or ' '.join([e.get('command', '')] + e.get('args', []))}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name, fn in (("add", cmd_add), ("remove", cmd_remove), ("list", cmd_list)):
        p = sub.add_parser(name)
        p.add_argument("--target", choices=sorted(TARGETS), required=True)
        if name != "list":
            p.add_argument("--name", required=True)
            p.add_argument("--write", action="store_true")
        if name == "add":
            p.add_argument("--command")
            p.add_argument("--args")
            p.add_argument("--url")
            p.add_argument("--replace", action="store_true")
        p.set_defaults(fn=fn)
    args = ap.parse_args()
    args.fn(args)
