#!/usr/bin/env python3
"""Manage a marked block of aliases/PATH/env exports in ~/.bashrc and ~/.zshrc."""
import argparse
import difflib
import os
import re
import shlex
import shutil
import sys
import time
from pathlib import Path

BEGIN = "# >>> openclaw dotfiles >>>"
END = "# <<< openclaw dotfiles <<<"
RC = {"bash": Path.home() / ".bashrc", "zsh": Path.home() / ".zshrc"}
NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")
SECRETISH = re.compile(r"(token|secret|passw|api[_-]?key)", re.I)


def shells(arg):
    return ["bash", "zsh"] if arg == "both" else [arg]


def split_block(text):
    if BEGIN in text and END in text:
        pre, rest = text.split(BEGIN, 1)
        body, post = rest.split(END, 1)
        lines = [l for l in body.strip("\n").splitlines() if l.strip()]
        return pre, lines, post
    sep = "" if text.endswith("\n") or not text else "\n"
    return text + sep + "\n", [], "\n"


def join_block(pre, lines, post):
    body = "\n".join(lines)
    return f"{pre}{BEGIN}\n{body}\n{END}{post}" if lines else pre.rstrip("\n") + "\n" + post.lstrip("\n")


def render(kind, name, value=None):
    if kind == "alias":
        return f"alias {name}={shlex.quote(value)}"
    if kind == "env":
        return f"export {name}={shlex.quote(value)}"
    if kind == "path":
        p = str(Path(os.path.expanduser(name))).replace(str(Path.home()), "$HOME", 1)
        return f'case ":$PATH:" in *":{p}:"*) ;; *) export PATH="{p}:$PATH" ;; esac'
    raise ValueError(kind)


def key_of(line):
    m = re.match(r"alias ([^=]+)=", line)
    if m:
        return ("alias", m.group(1))
    m = re.match(r"export ([A-Za-z_][A-Za-z0-9_]*)=", line)
    if m and m.group(1) != "PATH":
        return ("env", m.group(1))
    m = re.search(r'\*":([^:]+):"\*', line)
    if m:
        return ("path", m.group(1))
    return ("other", line)


def apply(shell, mutate, dry):
    rc = RC[shell]
    old = rc.read_text() if rc.exists() else ""
    pre, lines, post = split_block(old)
    lines = mutate(lines)
    new = join_block(pre, lines, post)
    if new == old:
        print(f"{rc}: no change")
        return
    diff = difflib.unified_diff(old.splitlines(True), new.splitlines(True), str(rc), str(rc) + " (new)")
    sys.stdout.writelines(diff)
    if dry:
        print(f"\n(dry run — {rc} not modified)")
        return
    if rc.exists():
        bak = rc.with_name(rc.name + ".bak-" + time.strftime("%Y%m%d%H%M%S"))
        shutil.copy2(rc, bak)
        print(f"backup: {bak}")
    tmp = rc.with_name(rc.name + ".tmp-dotctl")
    tmp.write_text(new)
    os.replace(tmp, rc)
    print(f"updated {rc}; run: source {rc}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("kind", choices=["alias", "path", "env", "list", "remove", "backups", "restore"])
    ap.add_argument("args", nargs="*")
    ap.add_argument("--shell", default="zsh", choices=["bash", "zsh", "both"])
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    if a.kind == "list":
        for sh in shells(a.shell):
            _, lines, _ = split_block(RC[sh].read_text() if RC[sh].exists() else "")
            print(f"[{sh}] {RC[sh]}")
            for l in lines:
                print("  " + l)
        return
    if a.kind == "backups":
        for sh in shells(a.shell):
            for p in sorted(RC[sh].parent.glob(RC[sh].name + ".bak-*")):
                print(p)
        return
    if a.kind == "restore":
        src = Path(os.path.expanduser(a.args[0]))
        m = re.match(r"^\.(bashrc|zshrc)\.bak-\d{14}$", src.name)
        if not m or src.parent != Path.home():
            sys.exit("restore only accepts ~/.bashrc.bak-* or ~/.zshrc.bak-* files")
        target = Path.home() / f".{m.group(1)}"
        print(f"restoring {target} from {src}")
        if not a.dry_run:
            shutil.copy2(src, target)
        return
    if a.kind == "remove":
        kind, name = a.args[0], a.args[1]
        for sh in shells(a.shell):
            apply(sh, lambda ls: [l for l in ls if key_of(l) != (kind, name)], a.dry_run)
        return

    op = a.args[0] if a.args else ""
    if op != "add":
        sys.exit(f"usage: dotctl.py {a.kind} add NAME [VALUE]")
    name = a.args[1]
    value = " ".join(a.args[2:]) if len(a.args) > 2 else None
    if a.kind in ("alias", "env"):
        if not NAME_RE.match(name) or value is None:
            sys.exit("need a valid NAME and a VALUE")
        if SECRETISH.search(name):
            sys.exit("refusing to store something that looks like a secret in a shell rc file")
    line = render(a.kind, name, value)
    k = key_of(line)

    def add(ls):
        return [l for l in ls if key_of(l) != k] + [line]

    for sh in shells(a.shell):
        apply(sh, add, a.dry_run)


if __name__ == "__main__":
    main()
