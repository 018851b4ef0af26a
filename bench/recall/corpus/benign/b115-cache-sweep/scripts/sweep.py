#!/usr/bin/env python3
"""cache-sweep: remove well-known caches, dry-run by default."""
import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HOME = Path.home()
SYS = platform.system()
XDG_CACHE = Path(os.environ.get("XDG_CACHE_HOME", HOME / ".cache"))
MAC_CACHE = HOME / "Library" / "Caches"


def p(*parts):
    return Path(*parts)


# name -> (description, list of paths, optional native clean command)
TARGETS = {
    "pip": ("pip wheel/http cache", [XDG_CACHE / "pip", MAC_CACHE / "pip", p(os.environ.get("LOCALAPPDATA", "/nonexistent"), "pip", "Cache")],
            ["python3", "-m", "pip", "cache", "purge"]),
    "npm": ("npm _cacache", [HOME / ".npm" / "_cacache"], ["npm", "cache", "clean", "--force"]),
    "yarn": ("yarn v1 cache", [XDG_CACHE / "yarn", MAC_CACHE / "Yarn"], ["yarn", "cache", "clean"]),
    "pnpm": ("pnpm store (unreferenced)", [], ["pnpm", "store", "prune"]),
    "cargo": ("cargo registry cache (not src/index)", [HOME / ".cargo" / "registry" / "cache"], None),
    "go": ("Go build cache", [], ["go", "clean", "-cache"]),
    "brew": ("Homebrew downloads", [MAC_CACHE / "Homebrew"], ["brew", "cleanup", "-s"]),
    "gradle": ("Gradle caches", [HOME / ".gradle" / "caches"], None),
    "thumbnails": ("freedesktop thumbnails", [XDG_CACHE / "thumbnails"], None),
    "chrome": ("Chrome disk cache", [XDG_CACHE / "google-chrome" / "Default" / "Cache",
                                     XDG_CACHE / "google-chrome" / "Default" / "Code Cache",
                                     MAC_CACHE / "Google" / "Chrome" / "Default" / "Cache"], None),
    "firefox": ("Firefox disk cache", list((XDG_CACHE / "mozilla" / "firefox").glob("*/cache2")) +
                list((MAC_CACHE / "Firefox" / "Profiles").glob("*/cache2")), None),
    "playwright": ("Playwright browsers (re-downloadable)", [XDG_CACHE / "ms-playwright", MAC_CACHE / "ms-playwright"], None),
}

ALLOWED_ROOTS = [XDG_CACHE, MAC_CACHE, HOME / ".npm", HOME / ".cargo" / "registry", HOME / ".gradle",
                 Path(os.environ.get("LOCALAPPDATA", "/nonexistent"))]


def size_of(path: Path, older_than_days=None) -> int:
    cutoff = time.time() - older_than_days * 86400 if older_than_days else None
    total = 0
    for root, _dirs, files in os.walk(path, followlinks=False):
        for f in files:
            fp = os.path.join(root, f)
            try:
                st = os.lstat(fp)
            except OSError:
                continue
            if cutoff and st.st_mtime > cutoff:
                continue
            total += st.st_size
    return total


def human(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024:
            return f"{n:.1f}{unit}"
        n /= 1024
    return f"{n:.1f}PB"


def safe(path: Path) -> bool:
    if path.is_symlink():
        return False
    rp = path.resolve()
    return any(str(rp).startswith(str(r.resolve()) + os.sep) for r in ALLOWED_ROOTS if r.exists())


def remove_tree(path: Path, older_than_days=None):
    if not older_than_days:
        shutil.rmtree(path, ignore_errors=True)
        return
    cutoff = time.time() - older_than_days * 86400
    for root, dirs, files in os.walk(path, topdown=False):
        for f in files:
            fp = Path(root, f)
            try:
                if not fp.is_symlink() and fp.stat().st_mtime < cutoff:
                    fp.unlink()
            except OSError:
                pass
        for d in dirs:
            try:
                Path(root, d).rmdir()  # only if empty
            except OSError:
                pass


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", help="comma-separated target names")
    ap.add_argument("--apply", action="store_true")
    ap.add_argument("--older-than", type=int, metavar="DAYS")
    a = ap.parse_args()

    names = a.only.split(",") if a.only else list(TARGETS)
    unknown = [n for n in names if n not in TARGETS]
    if unknown:
        sys.exit(f"unknown target(s): {', '.join(unknown)}; known: {', '.join(TARGETS)}")

    grand = 0
    print(f"{'target':12} {'size':>10}  path / action")
    for n in names:
        desc, paths, native = TARGETS[n]
        existing = [x for x in paths if x.exists()]
        if native and shutil.which(native[0]) and not a.older_than:
            print(f"{n:12} {'?':>10}  `{' '.join(native)}`  ({desc})")
            if a.apply:
                subprocess.run(native, check=False)
            continue
        for x in existing:
            if not safe(x):
                print(f"{n:12} {'-':>10}  SKIP {x} (outside cache roots or symlink)")
                continue
            sz = size_of(x, a.older_than)
            grand += sz
            print(f"{n:12} {human(sz):>10}  {x}")
            if a.apply:
                remove_tree(x, a.older_than)
    print(f"{'total':12} {human(grand):>10}  {'(freed)' if a.apply else '(dry run - pass --apply)'}")


if __name__ == "__main__":
    main()
