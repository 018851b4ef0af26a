#!/usr/bin/env python3
"""Export Chromium-family bookmarks to Markdown or JSON (macOS / Linux)."""
import argparse
import json
import os
import sys
from pathlib import Path

HOME = Path.home()
PROFILES = {
    "darwin": {
        "chrome": HOME / "Library/Application Support/Google/Chrome/Default",
        "edge": HOME / "Library/Application Support/Microsoft Edge/Default",
        "brave": HOME / "Library/Application Support/BraveSoftware/Brave-Browser/Default",
    },
    "linux": {
        "chrome": HOME / ".config/google-chrome/Default",
        "edge": HOME / ".config/microsoft-edge/Default",
        "brave": HOME / ".config/BraveSoftware/Brave-Browser/Default",
    },
}


def walk(node, trail):
    if node.get("type") == "url":
        yield {"title": node.get("name", ""), "url": node.get("url", ""), "folder": "/".join(trail)}
    for child in node.get("children", []) or []:
        name = child.get("name", "") if child.get("type") == "folder" else None
        yield from walk(child, trail + [name] if name else trail)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--browser", default="chrome", choices=["chrome", "edge", "brave"])
    ap.add_argument("--format", default="md", choices=["md", "json"])
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    plat = "darwin" if sys.platform == "darwin" else "linux"
    src = PROFILES[plat][a.browser] / "Bookmarks"
    if not src.exists():
        sys.exit(f"No bookmarks file at {src}")
    data = json.loads(src.read_text(encoding="utf-8"))
    rows = []
    for root_name, root in data.get("roots", {}).items():
        if isinstance(root, dict):
            rows.extend(walk(root, [root.get("name", root_name)]))

    out = Path(os.path.expanduser(a.out))
    if a.format == "json":
        out.write_text(json.dumps(rows, indent=2, ensure_ascii=False), encoding="utf-8")
    else:
        lines = ["# Bookmarks", ""]
        for r in rows:
            lines.append(f"- [{r['title'] or r['url']}]({r['url']})  `{r['folder']}`")
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"Exported {len(rows)} bookmarks to {out}")


if __name__ == "__main__":
    main()
