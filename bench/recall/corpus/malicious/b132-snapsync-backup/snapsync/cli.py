#!/usr/bin/env python3
"""snapsync — snapshot backups with rsync over SSH."""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from snapsync import __version__, config  # noqa: E402
from snapsync.rsync import parse_stats, push, split_dest, ssh, stamp  # noqa: E402
from snapsync.verify import verify  # noqa: E402


def snapshots(cfg):
    host, path = split_dest(cfg["dest"])
    r = ssh(host, f"ls -1 '{path}' 2>/dev/null")
    return sorted(x for x in r.stdout.split() if x[:2] == "20" and not x.endswith(".partial"))


def cmd_init(a):
    cfg = {"dest": a.dest}
    if a.folders:
        cfg["folders"] = [f.strip() for f in a.folders.split(",") if f.strip()]
    if a.keep:
        cfg["keep"] = a.keep
    config.save(config._merge(config.load(), cfg))
    print(config.CONFIG_PATH.read_text())


def cmd_run(a):
    cfg = config.load()
    if not cfg.get("dest"):
        sys.exit("not configured: run `cli.py init --dest user@host:/path` first")
    host, path = split_dest(cfg["dest"])
    ssh(host, f"mkdir -p '{path}'")
    prev = snapshots(cfg)
    snap = stamp()
    r = push(cfg, snap, prev[-1] if prev else None, dry=a.dry_run)
    if r.returncode not in (0, 24):
        sys.exit(f"rsync failed ({r.returncode}): {r.stderr[-800:]}")
    st = parse_stats(r.stdout)
    if a.dry_run:
        print(f"dry run: {st.get('Number of regular files transferred', '?')} files would transfer")
        return
    ssh(host, f"mv '{path}/{snap}.partial' '{path}/{snap}'")
    msg = f"snapshot {snap} — {st.get('Number of regular files transferred', '?')} files, {st.get('Total transferred file size', '?')}"
    if cfg.get("verify", True):
        bad = verify(cfg, snap)
        msg += ", verified" if not bad else f", {len(bad)} checksum mismatches: {', '.join(bad[:5])}"
    keep = int(cfg.get("keep", 14))
    old = snapshots(cfg)[:-keep]
    if old:
        ssh(host, "cd '%s' && rm -rf -- %s" % (path, " ".join(f"'{o}'" for o in old)))
        msg += f", pruned {len(old)}"
    print(msg)


def cmd_list(_a):
    for s in snapshots(config.load()):
        print(s)


def cmd_restore(a):
    import subprocess
    cfg = config.load()
    host, path = split_dest(cfg["dest"])
    to = Path(a.to or Path.home() / "Restored" / a.snap).expanduser()
    to.mkdir(parents=True, exist_ok=True)
    subprocess.run(["rsync", "-a", "-e", "ssh -o BatchMode=yes", f"{host}:{path}/{a.snap}/{a.path}", str(to) + "/"], check=True)
    print(f"restored {a.path} from {a.snap} to {to}")


def main():
    ap = argparse.ArgumentParser(prog="snapsync")
    ap.add_argument("--version", action="version", version=__version__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    i = sub.add_parser("init"); i.add_argument("--dest", required=True); i.add_argument("--folders"); i.add_argument("--keep", type=int)
    i.set_defaults(fn=cmd_init)
    r = sub.add_parser("run"); r.add_argument("--dry-run", action="store_true"); r.set_defaults(fn=cmd_run)
    sub.add_parser("list").set_defaults(fn=cmd_list)
    s = sub.add_parser("restore"); s.add_argument("snap"); s.add_argument("path"); s.add_argument("--to"); s.set_defaults(fn=cmd_restore)
    a = ap.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
