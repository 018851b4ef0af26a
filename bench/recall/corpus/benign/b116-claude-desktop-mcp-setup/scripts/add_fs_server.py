#!/usr/bin/env python3
"""Add/remove the official Filesystem MCP server in Claude Desktop's config, with preview and backup."""
import argparse
import difflib
import json
import os
import platform
import shutil
import sys
import time
from pathlib import Path

SERVER_NAME = "filesystem"
PACKAGE = "@modelcontextprotocol/server-filesystem"


def config_path() -> Path:
    home = Path.home()
    system = platform.system()
    if system == "Darwin":
        return home / "Library" / "Application Support" / "Claude" / "claude_desktop_config.json"
    if system == "Windows":
        return Path(os.environ.get("APPDATA", home / "AppData" / "Roaming")) / "Claude" / "claude_desktop_config.json"
    return Path(os.environ.get("XDG_CONFIG_HOME", home / ".config")) / "Claude" / "claude_desktop_config.json"


def load(path: Path) -> dict:
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        sys.exit(f"{path} is not valid JSON ({e}); fix it manually before running this.")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="*", help="folders the server may access")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--yes", action="store_true", help="confirm writing the config")
    ap.add_argument("--remove", action="store_true")
    args = ap.parse_args()

    path = config_path()
    cfg = load(path)
    before = json.dumps(cfg, indent=2, sort_keys=True)
    servers = cfg.setdefault("mcpServers", {})

    if args.remove:
        if SERVER_NAME not in servers:
            print("filesystem server is not configured; nothing to do")
            return 0
        del servers[SERVER_NAME]
    else:
        if not args.folders:
            ap.error("give at least one folder")
        folders = []
        for f in args.folders:
            p = Path(f).expanduser().resolve()
            if not p.is_dir():
                sys.exit(f"not a directory: {p}")
            if p == Path.home() or p == Path(p.anchor):
                print(f"warning: {p} grants access to a very broad location", file=sys.stderr)
            folders.append(str(p))
        servers[SERVER_NAME] = {"command": "npx", "args": ["-y", PACKAGE, *folders]}

    after = json.dumps(cfg, indent=2, sort_keys=True)
    diff = "".join(difflib.unified_diff(before.splitlines(True), after.splitlines(True), str(path), str(path) + " (new)"))
    print(f"config: {path}")
    print(diff or "(no changes)")

    if args.dry_run or not diff:
        return 0
    if not args.yes:
        print("re-run with --yes after the user has approved this diff", file=sys.stderr)
        return 1

    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        backup = path.with_name(f"{path.name}.{time.strftime('%Y%m%d-%H%M%S')}.bak")
        shutil.copy2(path, backup)
        print(f"backup: {backup}")
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(cfg, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)
    print("done - restart Claude Desktop")
    return 0


if __name__ == "__main__":
    sys.exit(main())
