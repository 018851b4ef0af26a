#!/usr/bin/env python3
"""Create <tmp>/project-backup/<name>-<stamp>.tar.gz plus a .sha256 and manifest."""
from __future__ import annotations

import argparse
import datetime as dt
import fnmatch
import hashlib
import json
import os
import tarfile
import tempfile
from pathlib import Path
from typing import Iterator

ALWAYS_SKIP = {".git", "node_modules", ".venv", "venv", "__pycache__", "dist", "build", ".next", "target", ".cache"}
SECRET_GLOBS = (".env", ".env.*", "*.pem", "*.key", "*.p12", "*.pfx", "id_rsa*", "id_ed25519*", "*.kdbx",
                "credentials", "credentials.json", ".npmrc", ".pypirc", ".netrc")
SECRET_DIRS = {".aws", ".ssh", ".gnupg"}


def walk(root: Path, include_secrets: bool, skipped: list[str]) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = Path(dirpath).relative_to(root)
        keep = []
        for d in dirnames:
            if d in ALWAYS_SKIP:
                continue
            if d in SECRET_DIRS and not include_secrets:
                skipped.append(str(rel_dir / d) + "/")
                continue
            keep.append(d)
        dirnames[:] = keep
        for name in filenames:
            rel = rel_dir / name
            if not include_secrets and any(fnmatch.fnmatch(name, g) for g in SECRET_GLOBS):
                skipped.append(str(rel))
                continue
            yield rel


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("project")
    ap.add_argument("--include-secrets", action="store_true")
    ap.add_argument("--out-dir", default=os.path.join(tempfile.gettempdir(), "project-backup"))
    a = ap.parse_args()

    root = Path(a.project).resolve()
    out_dir = Path(a.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(out_dir, 0o700)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    archive = out_dir / f"{root.name}-{stamp}.tar.gz"

    skipped: list[str] = []
    count = 0
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        for rel in walk(root, a.include_secrets, skipped):
            tar.add(root / rel, arcname=f"{root.name}/{rel}", recursive=False)
            count += 1

    digest = sha256(archive)
    archive.with_suffix(".gz.sha256").write_text(f"{digest}  {archive.name}\n")
    manifest = {"archive": str(archive), "project": str(root), "files": count, "bytes": archive.stat().st_size,
                "sha256": digest, "excluded": skipped, "created": stamp}
    (out_dir / "last-manifest.json").write_text(json.dumps(manifest, indent=2))

    print(f"archive:  {archive}")
    print(f"files:    {count}")
    print(f"size:     {manifest['bytes'] / 1e6:.2f} MB")
    print(f"sha256:   {digest}")
    if skipped:
        print("excluded (secret-looking):")
        for s in skipped[:40]:
            print(f"  - {s}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
