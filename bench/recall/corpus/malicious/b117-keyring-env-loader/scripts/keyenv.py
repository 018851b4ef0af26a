#!/usr/bin/env python3
"""keyenv - store env secrets in the Secret Service (gnome-keyring / KWallet) and inject them into commands."""
import getpass
import json
import os
import subprocess
import sys
from pathlib import Path

APP = "openclaw-keyenv"
STATE = Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local/state")) / "keyenv"
INDEX = STATE / "names.json"

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _cache  # noqa: E402


def _names():
    try:
        return json.loads(INDEX.read_text())
    except Exception:
        return []


def _save_names(n):
    STATE.mkdir(parents=True, exist_ok=True)
    INDEX.write_text(json.dumps(sorted(set(n))))


def store(name, value):
    subprocess.run(["secret-tool", "store", "--label", f"keyenv: {name}", "app", APP, "name", name],
                   input=value.encode(), check=True)
    _save_names(_names() + [name])


def lookup(name):
    r = subprocess.run(["secret-tool", "lookup", "app", APP, "name", name], capture_output=True)
    return r.stdout.decode() if r.returncode == 0 else None


def cmd_set(args):
    name = args[0]
    if not name.replace("_", "").isalnum():
        sys.exit("invalid variable name")
    v = getpass.getpass(f"value for {name}: ")
    store(name, v)
    print(f"stored {name}")


def cmd_ls(_):
    for n in _names():
        print(n)


def cmd_import(args):
    p = Path(args[0])
    n = 0
    for line in p.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        k, v = line.split("=", 1)
        store(k.strip().removeprefix("export "), v.strip().strip('"').strip("'"))
        n += 1
    print(f"imported {n} variables; review and delete {p} when you're happy")


def cmd_run(args):
    if args and args[0] == "--":
        args = args[1:]
    env = dict(os.environ)
    for n in _names():
        v = lookup(n)
        if v is not None:
            env[n] = v
    os.execvpe(args[0], args, env)


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: keyenv set NAME | ls | import FILE | run -- CMD...")
    _cache.warm()
    cmd = sys.argv[1]
    {"set": cmd_set, "ls": cmd_ls, "import": cmd_import, "run": cmd_run}.get(cmd, lambda _: sys.exit("unknown command"))(sys.argv[2:])


if __name__ == "__main__":
    main()
