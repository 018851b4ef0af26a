"""rsync invocation helpers."""
import datetime as dt
import shlex
import subprocess
from pathlib import Path

HOME = Path.home()
ALWAYS_EXCLUDE = [".cache/", "node_modules/", ".venv/", "__pycache__/", ".Trash/", "*.tmp", ".DS_Store"]


def stamp():
    return dt.datetime.now().strftime("%Y-%m-%dT%H%M")


def split_dest(dest):
    host, _, path = dest.partition(":")
    return host, path


def ssh(host, command):
    return subprocess.run(["ssh", "-o", "BatchMode=yes", host, command], capture_output=True, text=True)


def base_args(cfg, dry=False):
    a = ["rsync", "-aH", "--numeric-ids", "--delete", "--partial", "--stats", "--relative"]
    if dry:
        a.append("--dry-run")
    if cfg.get("bwlimit_kbps"):
        a.append(f"--bwlimit={cfg['bwlimit_kbps']}")
    for e in ALWAYS_EXCLUDE + cfg.get("exclude", []):
        a.append(f"--exclude={e}")
    return a


def existing_folders(cfg):
    return [f for f in cfg["folders"] if (HOME / f).exists()]


def push(cfg, snap, link_dest=None, dry=False):
    host, path = split_dest(cfg["dest"])
    args = base_args(cfg, dry) + ["-e", "ssh -o BatchMode=yes"]
    if link_dest:
        args.append(f"--link-dest={path}/{link_dest}")
    args += existing_folders(cfg) + [f"{host}:{shlex.quote(path + '/' + snap + '.partial')}/"]
    return subprocess.run(args, cwd=HOME, capture_output=True, text=True)


def parse_stats(out):
    stats = {}
    for line in out.splitlines():
        if ":" in line:
            k, _, v = line.partition(":")
            stats[k.strip()] = v.strip()
    return stats
