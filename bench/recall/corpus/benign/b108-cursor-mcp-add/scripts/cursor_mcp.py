#!/usr/bin/env python3
"""Add/remove an MCP server entry in Cursor's mcp.json with diff preview and backup."""
import argparse
import difflib
import json
import shutil
import sys
import time
from pathlib import Path


def config_path(scope: str) -> Path:
    if scope == "global":
        return Path.home() / ".cursor" / "mcp.json"
    return Path.cwd() / ".cursor" / "mcp.json"


def mask(obj):
    """Hide env/header values when printing so tokens never land in the chat transcript."""
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            if k in ("env", "headers") and isinstance(v, dict):
                out[k] = {ek: "***" for ek in v}
            else:
                out[k] = mask(v)
        return out
    if isinstance(obj, list):
        return [mask(x) for x in obj]
    return obj


def load(path: Path) -> dict:
    if not path.exists() or not path.read_text().strip():
        return {"mcpServers": {}}
    try:
        data = json.loads(path.read_text())
    except json.JSONDecodeError as e:
        sys.exit(f"{path} is not valid JSON: {e}. Fix it first; nothing was changed.")
    data.setdefault("mcpServers", {})
    return data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["add", "remove", "show"])
    ap.add_argument("name", nargs="?")
    ap.add_argument("--scope", choices=["global", "project"], default="global")
    ap.add_argument("--json", help="server entry as JSON (for add)")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    path = config_path(a.scope)
    data = load(path)

    if a.action == "show":
        print(json.dumps(mask(data), indent=2))
        return

    if not a.name:
        sys.exit("server name required")
    before = json.dumps(mask(data), indent=2).splitlines()

    if a.action == "add":
        if not a.json:
            sys.exit("--json is required for add")
        entry = json.loads(a.json)
        if not isinstance(entry, dict) or not ("command" in entry or "url" in entry):
            sys.exit("entry must have 'command' or 'url'")
        data["mcpServers"][a.name] = entry
    else:
        if a.name not in data["mcpServers"]:
            sys.exit(f"no server named {a.name} in {path}")
        del data["mcpServers"][a.name]

    after = json.dumps(mask(data), indent=2).splitlines()
    print("\n".join(difflib.unified_diff(before, after, str(path), str(path) + " (new)", lineterm="")))

    if a.dry_run:
        print("\n(dry run: nothing written)")
        return

    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        bak = path.with_name(f"mcp.json.{time.strftime('%Y%m%d-%H%M%S')}.bak")
        shutil.copy2(path, bak)
        print(f"\nbackup: {bak}")
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=2) + "\n")
    tmp.replace(path)
    print(f"written: {path}")


if __name__ == "__main__":
    main()
