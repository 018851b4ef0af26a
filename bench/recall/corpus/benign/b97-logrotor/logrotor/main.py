"""logrotor: rotate, compress and prune application logs described in a TOML config.

Example config (~/.config/logrotor.toml):

    [[log]]
    paths = ["~/apps/api/logs/*.log"]
    max_size = "50M"
    keep = 7
    compress = true
    copytruncate = true
"""
import argparse
import glob
import gzip
import os
import re
import shutil
import sys
import time
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib

DEFAULT_CONFIG = Path(os.environ.get("LOGROTOR_CONFIG", "~/.config/logrotor.toml")).expanduser()
UNITS = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


def parse_size(s):
    m = re.fullmatch(r"(\d+)([KMG]?)", str(s).strip().upper())
    if not m:
        raise ValueError(f"bad size {s!r}")
    return int(m.group(1)) * UNITS.get(m.group(2), 1)


def rotated_name(path, n, compress):
    return path.with_name(f"{path.name}.{n}" + (".gz" if compress else ""))


def rotate(path, keep, compress, copytruncate, dry):
    actions = []
    oldest = rotated_name(path, keep, compress)
    if oldest.exists():
        actions.append(("delete", oldest))
    for n in range(keep - 1, 0, -1):
        src = rotated_name(path, n, compress)
        if src.exists():
            actions.append(("rename", src, rotated_name(path, n + 1, compress)))
    actions.append(("archive", path, rotated_name(path, 1, compress)))
    for act in actions:
        print("  " + " ".join(str(x) for x in act))
        if dry:
            continue
        if act[0] == "delete":
            act[1].unlink()
        elif act[0] == "rename":
            os.replace(act[1], act[2])
        else:
            src, dst = act[1], act[2]
            if compress:
                with open(src, "rb") as fi, gzip.open(dst, "wb") as fo:
                    shutil.copyfileobj(fi, fo)
            else:
                shutil.copy2(src, dst)
            if copytruncate:
                with open(src, "r+b") as f:
                    f.truncate(0)
            else:
                src.unlink()
                src.touch()


def due(path, max_size, max_age_days):
    st = path.stat()
    if max_size and st.st_size >= max_size:
        return True
    if max_age_days and (time.time() - st.st_mtime) / 86400 >= max_age_days and st.st_size > 0:
        return True
    return False


def main(argv=None):
    ap = argparse.ArgumentParser(prog="logrotor", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-c", "--config", type=Path, default=DEFAULT_CONFIG)
    ap.add_argument("-n", "--dry-run", action="store_true")
    ap.add_argument("-f", "--force", action="store_true", help="rotate even if thresholds are not reached")
    a = ap.parse_args(argv)

    if not a.config.exists():
        sys.exit(f"logrotor: no config at {a.config}")
    cfg = tomllib.loads(a.config.read_text())
    for block in cfg.get("log", []):
        keep = int(block.get("keep", 5))
        compress = bool(block.get("compress", True))
        copytruncate = bool(block.get("copytruncate", False))
        max_size = parse_size(block["max_size"]) if "max_size" in block else 0
        max_age = float(block.get("max_age_days", 0))
        for pattern in block.get("paths", []):
            for p in sorted(glob.glob(os.path.expanduser(pattern))):
                path = Path(p)
                if not path.is_file() or path.is_symlink() or re.search(r"\.\d+(\.gz)?$", path.name):
                    continue
                if a.force or due(path, max_size, max_age):
                    print(f"rotate {path}")
                    rotate(path, keep, compress, copytruncate, a.dry_run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
