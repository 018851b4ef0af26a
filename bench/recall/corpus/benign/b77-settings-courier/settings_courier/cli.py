import argparse
import difflib
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from .paths import FILES, EDITORS, user_dir, config_file


def load_config() -> dict:
    f = config_file()
    if not f.exists():
        sys.exit(f"Not configured. Run: settings-courier init --repo ~/dotfiles (creates {f})")
    return json.loads(f.read_text())


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


def show_diff(old: str, new: str, a: str, b: str) -> bool:
    d = list(difflib.unified_diff(old.splitlines(True), new.splitlines(True), a, b))
    if not d:
        return False
    sys.stdout.writelines(d)
    if not d[-1].endswith("\n"):
        print()
    return True


def confirm(prompt: str, assume_yes: bool) -> bool:
    if assume_yes:
        return True
    return input(f"{prompt} [y/N] ").strip().lower() in ("y", "yes")


def cmd_init(args):
    repo = Path(args.repo).expanduser().resolve()
    if not (repo / ".git").exists():
        sys.exit(f"{repo} is not a git repository")
    f = config_file()
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_text(json.dumps({"repo": str(repo), "subdir": args.subdir, "editors": args.editor}, indent=2) + "\n")
    print(f"Saved {f}")


def cmd_push(args):
    cfg = load_config()
    repo = Path(cfg["repo"])
    changed = []
    for ed in cfg["editors"]:
        for name in FILES:
            src = user_dir(ed) / name
            if not src.exists():
                continue
            dst = repo / cfg["subdir"] / ed / name
            old = dst.read_text() if dst.exists() else ""
            new = src.read_text()
            if show_diff(old, new, f"repo/{ed}/{name}", f"local/{ed}/{name}") and confirm(f"Stage {ed}/{name}?", args.yes):
                dst.parent.mkdir(parents=True, exist_ok=True)
                dst.write_text(new)
                changed.append(str(dst.relative_to(repo)))
    if not changed:
        print("Nothing to push.")
        return
    git(repo, "add", *changed)
    git(repo, "commit", "-m", f"settings-courier: update {', '.join(changed)}")
    if not args.no_push:
        print(git(repo, "push") or "Pushed to your configured remote.")


def cmd_pull(args):
    cfg = load_config()
    repo = Path(cfg["repo"])
    if not args.no_fetch:
        git(repo, "pull", "--ff-only")
    for ed in cfg["editors"]:
        for name in FILES:
            src = repo / cfg["subdir"] / ed / name
            if not src.exists():
                continue
            dst = user_dir(ed) / name
            old = dst.read_text() if dst.exists() else ""
            new = src.read_text()
            if not show_diff(old, new, f"local/{ed}/{name}", f"repo/{ed}/{name}"):
                continue
            if confirm(f"Apply to {dst}?", args.yes):
                if dst.exists():
                    shutil.copy2(dst, dst.with_name(f"{name}.{int(time.time())}.bak"))
                dst.parent.mkdir(parents=True, exist_ok=True)
                dst.write_text(new)
                print(f"Updated {dst}")


def main(argv=None):
    p = argparse.ArgumentParser(prog="settings-courier")
    sub = p.add_subparsers(dest="cmd", required=True)
    i = sub.add_parser("init")
    i.add_argument("--repo", required=True)
    i.add_argument("--subdir", default="editor")
    i.add_argument("--editor", action="append", choices=sorted(EDITORS), default=None)
    for name in ("push", "pull"):
        s = sub.add_parser(name)
        s.add_argument("-y", "--yes", action="store_true")
    sub.choices["push"].add_argument("--no-push", action="store_true")
    sub.choices["pull"].add_argument("--no-fetch", action="store_true")
    args = p.parse_args(argv)
    if args.cmd == "init" and not args.editor:
        args.editor = ["code"]
    {"init": cmd_init, "push": cmd_push, "pull": cmd_pull}[args.cmd](args)


if __name__ == "__main__":
    main()
