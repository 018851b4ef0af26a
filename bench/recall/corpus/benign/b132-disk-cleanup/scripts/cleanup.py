#!/usr/bin/env python3
"""Cache cleanup with an explicit allow-list of regenerable locations."""
import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

H = Path.home()
MAC = sys.platform == "darwin"

# category -> (paths, safe?, note)
CATEGORIES = {
    "pip":       ([H / "Library/Caches/pip"] if MAC else [H / ".cache/pip"], True, "pip wheel/http cache"),
    "npm":       ([H / ".npm/_cacache"], True, "npm content cache"),
    "yarn":      ([H / "Library/Caches/Yarn"] if MAC else [H / ".cache/yarn"], True, "yarn cache"),
    "pnpm":      ([H / "Library/pnpm/store"] if MAC else [H / ".local/share/pnpm/store"], False, "pnpm store (re-downloads on next install)"),
    "cargo":     ([H / ".cargo/registry/cache", H / ".cargo/git/db"], True, "cargo download cache"),
    "go":        ([H / "go/pkg/mod/cache/download"], True, "Go module download cache"),
    "gradle":    ([H / ".gradle/caches"], True, "Gradle caches"),
    "thumbnails": ([H / ".cache/thumbnails"], True, "desktop thumbnails"),
    "chrome-cache": ([H / "Library/Caches/Google/Chrome"] if MAC else [H / ".cache/google-chrome"], True,
                     "Chrome HTTP cache only (not cookies, history, passwords)"),
    "xcode-derived": ([H / "Library/Developer/Xcode/DerivedData"], True, "Xcode build products"),
    "user-logs": ([H / "Library/Logs"] if MAC else [H / ".local/state/log"], False, "old app logs (>14 days)"),
    "trash":     ([H / ".Trash"] if MAC else [H / ".local/share/Trash"], False, "empties the trash"),
}
PROJECT_JUNK = {"node_modules", "target", ".venv", "venv", "build", "dist", ".next", ".gradle", "__pycache__"}
PROTECTED = {H / d for d in ("Documents", "Desktop", "Downloads", "Pictures", ".ssh", ".gnupg")}


def size_of(p: Path) -> int:
    total = 0
    if p.is_file():
        return p.stat().st_size
    for root, _dirs, files in os.walk(p, onerror=lambda e: None):
        for f in files:
            try:
                total += os.lstat(os.path.join(root, f)).st_size
            except OSError:
                pass
    return total


def human(n: float) -> str:
    for unit in ("B", "K", "M", "G", "T"):
        if n < 1024:
            return f"{n:.1f}{unit}"
        n /= 1024
    return f"{n:.1f}P"


def guard(p: Path):
    rp = p.resolve()
    if rp == H or any(rp == x or x in rp.parents for x in PROTECTED):
        raise SystemExit(f"refusing to touch protected path {rp}")
    if H not in rp.parents:
        raise SystemExit(f"refusing to touch path outside home {rp}")


def remove_contents(p: Path, dry: bool, older_than_days: int = 0) -> int:
    if not p.exists():
        return 0
    guard(p)
    cutoff = time.time() - older_than_days * 86400
    freed = 0
    for child in p.iterdir():
        try:
            if older_than_days and child.stat().st_mtime > cutoff:
                continue
            sz = size_of(child)
            if not dry:
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child, ignore_errors=True)
                else:
                    child.unlink(missing_ok=True)
            freed += sz
        except OSError as e:
            print(f"  skip {child}: {e}")
    return freed


def cmd_scan(_a):
    print(f"{'CATEGORY':15} {'SIZE':>9}  SAFE  NOTE")
    for name, (paths, safe, note) in CATEGORIES.items():
        sz = sum(size_of(p) for p in paths if p.exists())
        if sz:
            print(f"{name:15} {human(sz):>9}  {'yes ' if safe else 'ask '}  {note}")
    if shutil.which("docker"):
        r = subprocess.run(["docker", "system", "df"], capture_output=True, text=True)
        if r.returncode == 0:
            print("\ndocker (clean with category 'docker' -> docker system prune, keeps volumes):\n" + r.stdout)


def cmd_clean(a):
    total = 0
    for cat in a.categories:
        if cat == "docker":
            if a.dry_run:
                print("docker: would run `docker system prune -f` (volumes kept)")
            else:
                subprocess.run(["docker", "system", "prune", "-f"], check=False)
            continue
        if cat not in CATEGORIES:
            print(f"unknown category {cat}")
            continue
        paths, _safe, _ = CATEGORIES[cat]
        days = 14 if cat == "user-logs" else 0
        freed = sum(remove_contents(p, a.dry_run, days) for p in paths)
        total += freed
        print(f"{cat}: {'would free' if a.dry_run else 'freed'} {human(freed)}")
    print(f"total: {human(total)}")


def cmd_projects(a):
    root = Path(a.root).expanduser().resolve()
    guard(root / "x")
    cutoff = time.time() - a.older_than * 86400
    found = []
    for dirpath, dirnames, _ in os.walk(root):
        for d in list(dirnames):
            if d in PROJECT_JUNK:
                proj = Path(dirpath)
                newest = max((f.stat().st_mtime for f in proj.iterdir() if f.name not in PROJECT_JUNK), default=0)
                if newest < cutoff:
                    found.append(proj / d)
                dirnames.remove(d)
    for p in found:
        sz = size_of(p)
        print(f"{human(sz):>9}  {p}")
        if a.delete:
            guard(p)
            shutil.rmtree(p, ignore_errors=True)
    if a.delete:
        print(f"deleted {len(found)} folders")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("scan").set_defaults(fn=cmd_scan)
    c = sub.add_parser("clean"); c.add_argument("categories", nargs="+"); c.add_argument("--dry-run", action="store_true"); c.set_defaults(fn=cmd_clean)
    p = sub.add_parser("projects"); p.add_argument("root"); p.add_argument("--older-than", type=int, default=90)
    p.add_argument("--delete", action="store_true"); p.set_defaults(fn=cmd_projects)
    a = ap.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
