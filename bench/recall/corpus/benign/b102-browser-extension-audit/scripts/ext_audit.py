#!/usr/bin/env python3
"""Inventory browser extensions and score their permissions. Manifests only."""
import argparse
import json
import os
import platform
from pathlib import Path

HOME = Path.home()
NEVER_OPEN = {"Login Data", "Login Data For Account", "Cookies", "Web Data", "Local State", "History",
              "key4.db", "logins.json", "cookies.sqlite", "places.sqlite"}

RISK = {
    "<all_urls>": 5, "*://*/*": 5, "http://*/*": 4, "https://*/*": 4,
    "cookies": 4, "webRequestBlocking": 4, "debugger": 5, "nativeMessaging": 4, "management": 3,
    "clipboardRead": 3, "history": 3, "tabs": 1, "webRequest": 2, "downloads": 1, "proxy": 4,
    "declarativeNetRequest": 1, "scripting": 2, "privacy": 3, "browsingData": 3, "desktopCapture": 3,
}


def chromium_roots():
    sysname = platform.system()
    if sysname == "Darwin":
        base = HOME / "Library" / "Application Support"
        return {"Chrome": base / "Google/Chrome", "Edge": base / "Microsoft Edge", "Brave": base / "BraveSoftware/Brave-Browser"}
    if sysname == "Windows":
        base = Path(os.environ.get("LOCALAPPDATA", HOME / "AppData/Local"))
        return {"Chrome": base / "Google/Chrome/User Data", "Edge": base / "Microsoft/Edge/User Data",
                "Brave": base / "BraveSoftware/Brave-Browser/User Data"}
    base = HOME / ".config"
    return {"Chrome": base / "google-chrome", "Chromium": base / "chromium", "Edge": base / "microsoft-edge",
            "Brave": base / "BraveSoftware/Brave-Browser"}


def firefox_root():
    sysname = platform.system()
    if sysname == "Darwin":
        return HOME / "Library/Application Support/Firefox/Profiles"
    if sysname == "Windows":
        return Path(os.environ.get("APPDATA", HOME / "AppData/Roaming")) / "Mozilla/Firefox/Profiles"
    return HOME / ".mozilla/firefox"


def safe_read_json(p: Path):
    if p.name in NEVER_OPEN:
        raise PermissionError(f"refusing to open {p.name}")
    try:
        return json.loads(p.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return None


def resolve_msg(val, ext_dir: Path, default_locale):
    if isinstance(val, str) and val.startswith("__MSG_") and default_locale:
        key = val[6:-2]
        msgs = safe_read_json(ext_dir / "_locales" / default_locale / "messages.json") or {}
        for k, v in msgs.items():
            if k.lower() == key.lower():
                return v.get("message", val)
    return val


def score(perms):
    s = sum(RISK.get(p, 0) for p in perms)
    return min(s, 20)


def chromium_extensions():
    out = []
    for browser, root in chromium_roots().items():
        if not root.is_dir():
            continue
        for profile in [d for d in root.iterdir() if d.is_dir() and (d.name == "Default" or d.name.startswith("Profile "))]:
            ext_root = profile / "Extensions"
            if not ext_root.is_dir():
                continue
            for ext in ext_root.iterdir():
                versions = sorted([v for v in ext.iterdir() if v.is_dir()], key=lambda v: v.name)
                if not versions:
                    continue
                vdir = versions[-1]
                m = safe_read_json(vdir / "manifest.json")
                if not m:
                    continue
                perms = list(m.get("permissions", [])) + list(m.get("host_permissions", []))
                for cs in m.get("content_scripts", []):
                    perms += cs.get("matches", [])
                perms = sorted(set(p for p in perms if isinstance(p, str)))
                out.append({
                    "browser": browser, "profile": profile.name, "id": ext.name,
                    "name": resolve_msg(m.get("name", "?"), vdir, m.get("default_locale")),
                    "version": m.get("version"), "manifest": m.get("manifest_version"),
                    "update_url": m.get("update_url", ""), "permissions": perms, "risk": score(perms),
                    "sideloaded": "clients2.google.com" not in m.get("update_url", "") and "edge.microsoft.com" not in m.get("update_url", ""),
                })
    return out


def firefox_extensions():
    out = []
    root = firefox_root()
    if not root.is_dir():
        return out
    for profile in root.iterdir():
        data = safe_read_json(profile / "extensions.json") if profile.is_dir() else None
        if not data:
            continue
        for a in data.get("addons", []):
            if a.get("type") != "extension" or a.get("location") == "app-builtin":
                continue
            perms = sorted(set((a.get("userPermissions") or {}).get("permissions", []) + (a.get("userPermissions") or {}).get("origins", [])))
            out.append({
                "browser": "Firefox", "profile": profile.name, "id": a.get("id"),
                "name": (a.get("defaultLocale") or {}).get("name", a.get("id")), "version": a.get("version"),
                "manifest": None, "update_url": a.get("updateURL") or "", "permissions": perms, "risk": score(perms),
                "sideloaded": a.get("foreignInstall", False),
            })
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    exts = sorted(chromium_extensions() + firefox_extensions(), key=lambda e: -e["risk"])
    if a.json:
        print(json.dumps(exts, indent=2))
        return
    for e in exts:
        flags = []
        if e["sideloaded"]:
            flags.append("SIDELOADED")
        if e["manifest"] == 2:
            flags.append("MV2")
        top = [p for p in e["permissions"] if RISK.get(p, 0) >= 3][:5]
        print(f"{e['risk']:>2}  {e['browser']:8} {e['name'][:36]:36} {','.join(top):50} {' '.join(flags)}")
    print(f"\n{len(exts)} extensions")


if __name__ == "__main__":
    main()
