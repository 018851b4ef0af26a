#!/usr/bin/env python3
"""قراءة ملف Bookmarks في متصفحات Chromium وتصديره. يقرأ ملف الإشارات فقط."""
import argparse
import html
import json
import os
import sys
import time
import urllib.request
from collections import defaultdict
from pathlib import Path

HOME = Path.home()
if sys.platform == "darwin":
    BASES = {"chrome": HOME / "Library/Application Support/Google/Chrome",
             "brave": HOME / "Library/Application Support/BraveSoftware/Brave-Browser",
             "edge": HOME / "Library/Application Support/Microsoft Edge"}
elif os.name == "nt":
    la = Path(os.environ.get("LOCALAPPDATA", HOME / "AppData/Local"))
    BASES = {"chrome": la / "Google/Chrome/User Data", "brave": la / "BraveSoftware/Brave-Browser/User Data",
             "edge": la / "Microsoft/Edge/User Data"}
else:
    BASES = {"chrome": HOME / ".config/google-chrome", "brave": HOME / ".config/BraveSoftware/Brave-Browser",
             "edge": HOME / ".config/microsoft-edge"}


def profiles():
    for b, base in BASES.items():
        if not base.is_dir():
            continue
        for d in sorted(base.iterdir()):
            if (d / "Bookmarks").is_file():
                yield b, d.name, d / "Bookmarks"


def load(browser, profile):
    f = BASES[browser] / profile / "Bookmarks"
    if not f.is_file():
        sys.exit(f"لا يوجد ملف إشارات في {f}")
    return json.loads(f.read_text(encoding="utf-8"))


def walk(node, path=()):
    if node.get("type") == "url":
        yield path, node
    for c in node.get("children", []):
        yield from walk(c, path + ((node.get("name") or ""),) if node.get("type") == "folder" else path)


def all_urls(data):
    for root in data.get("roots", {}).values():
        if isinstance(root, dict):
            yield from walk(root, ((root.get("name") or ""),))


def chrome_time(v):
    # microseconds since 1601-01-01
    try:
        return int(int(v) / 1_000_000 - 11644473600)
    except (TypeError, ValueError):
        return 0


def to_html(data):
    out = ["<!DOCTYPE NETSCAPE-Bookmark-file-1>", '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
           "<TITLE>Bookmarks</TITLE>", "<H1>Bookmarks</H1>", "<DL><p>"]

    def rec(node, depth):
        pad = "    " * depth
        if node.get("type") == "url":
            out.append(f'{pad}<DT><A HREF="{html.escape(node["url"], quote=True)}" '
                       f'ADD_DATE="{chrome_time(node.get("date_added"))}">{html.escape(node.get("name", ""))}</A>')
            return
        out.append(f'{pad}<DT><H3>{html.escape(node.get("name", ""))}</H3>')
        out.append(f"{pad}<DL><p>")
        for c in node.get("children", []):
            rec(c, depth + 1)
        out.append(f"{pad}</DL><p>")

    for key in ("bookmark_bar", "other", "synced"):
        r = data.get("roots", {}).get(key)
        if r:
            rec(r, 1)
    out.append("</DL><p>")
    return "\n".join(out) + "\n"


def to_md(data):
    lines = []
    last = None
    for path, n in all_urls(data):
        folder = " / ".join(p for p in path if p)
        if folder != last:
            lines.append(f"\n## {folder}\n")
            last = folder
        lines.append(f"- [{n.get('name') or n['url']}]({n['url']})")
    return "\n".join(lines).lstrip() + "\n"


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list")
    for name in ("export", "search", "dupes", "check"):
        p = sub.add_parser(name)
        p.add_argument("--browser", default="chrome", choices=list(BASES))
        p.add_argument("--profile", default="Default")
        if name == "export":
            p.add_argument("--format", choices=["html", "md", "json"], default="html")
            p.add_argument("--out", required=True)
        if name == "search":
            p.add_argument("query")
        if name == "check":
            p.add_argument("--limit", type=int, default=100)
    a = ap.parse_args()

    if a.cmd == "list":
        for b, prof, f in profiles():
            n = sum(1 for _ in all_urls(json.loads(f.read_text(encoding="utf-8"))))
            print(f"{b:7} {prof:20} {n:5} إشارة")
        return

    data = load(a.browser, a.profile)
    if a.cmd == "export":
        text = {"html": to_html, "md": to_md, "json": lambda d: json.dumps(
            [{"folder": "/".join(p), "title": n.get("name"), "url": n["url"]} for p, n in all_urls(d)],
            ensure_ascii=False, indent=1)}[a.format](data)
        Path(a.out).expanduser().write_text(text, encoding="utf-8")
        print(f"تم التصدير إلى {a.out}")
    elif a.cmd == "search":
        q = a.query.lower()
        for p, n in all_urls(data):
            if q in (n.get("name") or "").lower() or q in n["url"].lower():
                print(f"{' / '.join(x for x in p if x)} :: {n.get('name')} — {n['url']}")
    elif a.cmd == "dupes":
        seen = defaultdict(list)
        for p, n in all_urls(data):
            seen[n["url"].rstrip("/")].append(" / ".join(x for x in p if x))
        for u, where in seen.items():
            if len(where) > 1:
                print(f"{u}\n    " + "\n    ".join(where))
    elif a.cmd == "check":
        for i, (p, n) in enumerate(all_urls(data)):
            if i >= a.limit:
                break
            if not n["url"].startswith("http"):
                continue
            req = urllib.request.Request(n["url"], method="HEAD", headers={"User-Agent": "Mozilla/5.0 bookmarks-check"})
            try:
                with urllib.request.urlopen(req, timeout=8) as r:
                    code = r.status
            except urllib.error.HTTPError as e:
                code = e.code
            except Exception as e:
                code = type(e).__name__
            if code not in (200, 301, 302, 303, 307, 308, 405):
                print(f"✗ {code}  {n.get('name')} — {n['url']}")
            time.sleep(0.2)


if __name__ == "__main__":
    main()
