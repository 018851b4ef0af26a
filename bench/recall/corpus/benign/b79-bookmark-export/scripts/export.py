#!/usr/bin/env python3
"""Export bookmarks (only bookmarks) from Chromium browsers and Firefox."""
import argparse
import html
import json
import platform
import shutil
import sqlite3
import tempfile
from pathlib import Path

H = Path.home()
CHROMIUM = {
    "Darwin": {"chrome": "Library/Application Support/Google/Chrome", "brave": "Library/Application Support/BraveSoftware/Brave-Browser", "edge": "Library/Application Support/Microsoft Edge"},
    "Linux": {"chrome": ".config/google-chrome", "brave": ".config/BraveSoftware/Brave-Browser", "edge": ".config/microsoft-edge", "chromium": ".config/chromium"},
    "Windows": {"chrome": "AppData/Local/Google/Chrome/User Data", "brave": "AppData/Local/BraveSoftware/Brave-Browser/User Data", "edge": "AppData/Local/Microsoft/Edge/User Data"},
}
FIREFOX = {"Darwin": "Library/Application Support/Firefox/Profiles", "Linux": ".mozilla/firefox", "Windows": "AppData/Roaming/Mozilla/Firefox/Profiles"}


def profiles():
    sysname = platform.system()
    out = []
    for b, rel in CHROMIUM.get(sysname, {}).items():
        base = H / rel
        for bm in sorted(base.glob("*/Bookmarks")):
            out.append((b, bm.parent.name, bm))
    ff = H / FIREFOX.get(sysname, "")
    for pl in sorted(ff.glob("*/places.sqlite")):
        out.append(("firefox", pl.parent.name, pl))
    return out


def chromium_items(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    def walk(n, trail):
        if n.get("type") == "url":
            yield trail, n.get("name", ""), n.get("url", "")
        for c in n.get("children", []):
            yield from walk(c, trail + ([n["name"]] if n.get("type") == "folder" and n.get("name") else []))
    for root in data.get("roots", {}).values():
        if isinstance(root, dict):
            yield from walk(root, [])


def firefox_items(path):
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d) / "places.sqlite"
        shutil.copy2(path, tmp)
        con = sqlite3.connect(f"file:{tmp}?mode=ro", uri=True)
        folders = {i: (t or "", p) for i, t, p in con.execute("SELECT id, title, parent FROM moz_bookmarks WHERE type = 2")}
        def trail(pid):
            t = []
            while pid in folders and folders[pid][0]:
                t.insert(0, folders[pid][0]); pid = folders[pid][1]
            return t
        rows = con.execute("SELECT b.parent, b.title, p.url FROM moz_bookmarks b JOIN moz_places p ON p.id = b.fk WHERE b.type = 1").fetchall()
        con.close()
    for parent, title, url in rows:
        if url and not url.startswith("place:"):
            yield trail(parent), title or url, url


def collect(browser=None, folder=None):
    items = []
    for b, prof, path in profiles():
        if browser and b != browser:
            continue
        gen = firefox_items(path) if b == "firefox" else chromium_items(path)
        for tr, name, url in gen:
            if folder and folder not in tr:
                continue
            items.append((b, prof, tr, name, url))
    return items


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["profiles", "html", "md"])
    ap.add_argument("out", nargs="?")
    ap.add_argument("--browser")
    ap.add_argument("--folder")
    a = ap.parse_args()
    if a.cmd == "profiles":
        for b, prof, path in profiles():
            print(f"{b:9} {prof:20} {path}")
        return
    items = collect(a.browser, a.folder)
    out = Path(a.out or ("lesezeichen.html" if a.cmd == "html" else "lesezeichen.md")).expanduser()
    if a.cmd == "html":
        lines = ["<!DOCTYPE NETSCAPE-Bookmark-file-1>", '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
                 "<TITLE>Bookmarks</TITLE>", "<H1>Bookmarks</H1>", "<DL><p>"]
        groups = {}
        for b, prof, tr, name, url in items:
            groups.setdefault(f"{b} – {prof}" + (" / " + " / ".join(tr) if tr else ""), []).append((name, url))
        for g, links in groups.items():
            lines += [f"  <DT><H3>{html.escape(g)}</H3>", "  <DL><p>"]
            lines += [f'    <DT><A HREF="{html.escape(u, quote=True)}">{html.escape(n)}</A>' for n, u in links]
            lines.append("  </DL><p>")
        lines.append("</DL><p>")
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        out.write_text("\n".join(f"- [{n.replace(']', ')')}]({u})" for *_, n, u in items) + "\n", encoding="utf-8")
    print(f"{len(items)} Lesezeichen nach {out} exportiert")


if __name__ == "__main__":
    main()
