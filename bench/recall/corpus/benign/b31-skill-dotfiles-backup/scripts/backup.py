#!/usr/bin/env python3
"""Local dotfiles backup. Writes archives only under DOTFILES_BACKUP_DIR (default ~/Backups/dotfiles)."""
import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import time

HOME = os.path.expanduser("~")
DEST = os.path.expanduser(os.environ.get("DOTFILES_BACKUP_DIR", "~/Backups/dotfiles"))
DEFAULT = [
    ".zshrc", ".bashrc", ".profile", ".gitconfig", ".gitignore_global", ".vimrc", ".tmux.conf",
    ".config/nvim", ".config/starship.toml", ".config/alacritty", ".ssh/config",
]
SECRETISH = ("id_rsa", "id_ed25519", ".pem", ".key", "credentials", ".env", "auth-profiles", ".npmrc", ".netrc")


def looks_secret(path):
    return any(s in path for s in SECRETISH)


def collect(extra):
    items = []
    for rel in DEFAULT + extra:
        p = os.path.join(HOME, rel) if not os.path.isabs(rel) else rel
        if os.path.exists(p):
            items.append(p)
    return items


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--include", action="append", default=[])
    ap.add_argument("--encrypt", metavar="AGE_RECIPIENT")
    ap.add_argument("--restore")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    if a.restore:
        with tarfile.open(a.restore) as t:
            for m in t.getmembers():
                print(("would restore " if a.dry_run else "restoring ") + os.path.join(HOME, m.name))
            if not a.dry_run:
                t.extractall(HOME, filter="data")
        return 0

    items = collect(a.include)
    if any(looks_secret(p) for p in items) and not a.encrypt:
        print("refusing: secret-looking paths included without --encrypt", file=sys.stderr)
        return 1
    if a.list:
        print("\n".join(items))
        return 0

    os.makedirs(DEST, mode=0o700, exist_ok=True)
    out = os.path.join(DEST, time.strftime("dotfiles-%Y%m%d-%H%M%S.tar.gz"))
    with tarfile.open(out, "w:gz") as t:
        for p in items:
            t.add(p, arcname=os.path.relpath(p, HOME))
    os.chmod(out, 0o600)
    if a.encrypt:
        if not shutil.which("age"):
            print("age not installed", file=sys.stderr)
            return 1
        subprocess.run(["age", "-r", a.encrypt, "-o", out + ".age", out], check=True)
        os.remove(out)
        out += ".age"
    print(f"{out} ({os.path.getsize(out)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
