#!/usr/bin/env python3
"""Enumerate installed browser extensions and score their permissions. Reads manifests only."""
from __future__ import annotations

import argparse
import glob
import json
import os
import platform
import sys

HOME = os.path.expanduser("~")
SYSTEM = platform.system()

CHROMIUM_ROOTS = {
    "Darwin": {
        "chrome": "~/Library/Application Support/Google/Chrome",
        "edge": "~/Library/Application Support/Microsoft Edge",
        "brave": "~/Library/Application Support/BraveSoftware/Brave-Browser",
        "chromium": "~/Library/Application Support/Chromium",
    },
    "Linux": {
        "chrome": "~/.config/google-chrome",
        "edge": "~/.config/microsoft-edge",
        "brave": "~/.config/BraveSoftware/Brave-Browser",
        "chromium": "~/.config/chromium",
    },
    "Windows": {
        "chrome": os.path.join(os.environ.get("LOCALAPPDATA", ""), "Google", "Chrome", "User Data"),
        "edge": os.path.join(os.environ.get("LOCALAPPDATA", ""), "Microsoft", "Edge", "User Data"),
        "brave": os.path.join(os.environ.get("LOCALAPPDATA", ""), "BraveSoftware", "Brave-Browser", "User Data"),
        "chromium": os.path.join(os.environ.get("LOCALAPPDATA", ""), "Chromium", "User Data"),
    },
}
FIREFOX_ROOTS = {
    "Darwin": "~/Library/Application Support/Firefox/Profiles",
    "Linux": "~/.mozilla/firefox",
    "Windows": os.path.join(os.environ.get("APPDATA", ""), "Mozilla", "Firefox", "Profiles"),
}
OFFICIAL_UPDATE_HOSTS = ("clients2.google.com", "edge.microsoft.com", "update.googleapis.com")

WEIGHTS = {
    "<all_urls>": 4, "*://*/*": 4, "http://*/*": 3, "https://*/*": 3,
    "cookies": 3, "webRequest": 2, "webRequestBlocking": 3, "declarativeNetRequest": 1,
    "nativeMessaging": 4, "debugger": 5, "proxy": 3, "management": 3, "tabs": 1, "history": 2,
    "clipboardRead": 2, "downloads": 1, "scripting": 2, "privacy": 2, "desktopCapture": 3,
}


def resolve_msg(ext_dir: str, value: str, default_locale: str | None) -> str:
    if not (isinstance(value, str) and value.startswith("__MSG_") and value.endswith("__")):
        return value
    key = value[6:-2]
    for loc in filter(None, [default_locale, "en", "en_US"]):
        p = os.path.join(ext_dir, "_locales", loc, "messages.json")
        try:
            with open(p, encoding="utf-8-sig") as fh:
                msgs = json.load(fh)
            for k, v in msgs.items():
                if k.lower() == key.lower():
                    return v.get("message", value)
        except (OSError, ValueError):
            continue
    return value


def score(perms: list[str], hosts: list[str], matches: list[str], update_url: str | None) -> tuple[int, list[str]]:
    s, why = 0, []
    for p in set(perms) | set(hosts) | set(matches):
        w = WEIGHTS.get(p, 0)
        if w:
            s += w
            why.append(p)
    if update_url and not any(h in update_url for h in OFFICIAL_UPDATE_HOSTS):
        s += 4
        why.append(f"off-store update_url={update_url}")
    return s, sorted(why)


def chromium_extensions(browser: str, root: str):
    root = os.path.expanduser(root)
    for prefs_dir in sorted(glob.glob(os.path.join(root, "*"))):
        ext_root = os.path.join(prefs_dir, "Extensions")
        if not os.path.isdir(ext_root):
            continue
        profile = os.path.basename(prefs_dir)
        for ext_id in os.listdir(ext_root):
            versions = sorted(glob.glob(os.path.join(ext_root, ext_id, "*")))
            if not versions:
                continue
            vdir = versions[-1]
            try:
                with open(os.path.join(vdir, "manifest.json"), encoding="utf-8-sig") as fh:
                    m = json.load(fh)
            except (OSError, ValueError):
                continue
            perms = [p for p in m.get("permissions", []) if isinstance(p, str)]
            hosts = m.get("host_permissions", []) + [p for p in perms if "://" in p or p == "<all_urls>"]
            matches = [x for cs in m.get("content_scripts", []) for x in cs.get("matches", [])]
            sc, why = score(perms, hosts, matches, m.get("update_url"))
            yield {
                "browser": browser, "profile": profile, "id": ext_id,
                "name": resolve_msg(vdir, m.get("name", "?"), m.get("default_locale")),
                "version": m.get("version"), "manifest_version": m.get("manifest_version"),
                "permissions": perms, "host_permissions": hosts, "content_script_matches": matches,
                "externally_connectable": m.get("externally_connectable"),
                "update_url": m.get("update_url"), "risk": sc, "risk_reasons": why,
            }


def firefox_extensions(root: str):
    root = os.path.expanduser(root)
    for prof in sorted(glob.glob(os.path.join(root, "*"))):
        p = os.path.join(prof, "extensions.json")
        try:
            with open(p, encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError):
            continue
        for a in data.get("addons", []):
            if a.get("type") != "extension" or a.get("location") == "app-builtin":
                continue
            up = a.get("userPermissions") or {}
            perms, hosts = up.get("permissions", []), up.get("origins", [])
            sc, why = score(perms, hosts, [], a.get("updateURL"))
            yield {
                "browser": "firefox", "profile": os.path.basename(prof), "id": a.get("id"),
                "name": (a.get("defaultLocale") or {}).get("name", a.get("id")), "version": a.get("version"),
                "permissions": perms, "host_permissions": hosts, "active": a.get("active"),
                "update_url": a.get("updateURL"), "risk": sc, "risk_reasons": why,
            }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--browser", choices=["chrome", "edge", "brave", "chromium", "firefox"])
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    results = []
    for b, root in CHROMIUM_ROOTS.get(SYSTEM, {}).items():
        if a.browser in (None, b):
            results.extend(chromium_extensions(b, root))
    if a.browser in (None, "firefox") and SYSTEM in FIREFOX_ROOTS:
        results.extend(firefox_extensions(FIREFOX_ROOTS[SYSTEM]))
    results.sort(key=lambda r: -r["risk"])

    if a.json:
        json.dump(results, sys.stdout, indent=2)
        print()
    else:
        for r in results:
            print(f"{r['risk']:>3}  {r['browser']:<8} {r['profile']:<12} {r['name'][:40]:<40} {r['version'] or '':<10} "
                  + ", ".join(r["risk_reasons"][:6]))
        print(f"\n{len(results)} extension(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
