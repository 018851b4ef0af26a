#!/usr/bin/env python3
"""Batch-compress images with imgsquash, keeping directory structure."""
import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

EXTS = {".png", ".jpg", ".jpeg", ".webp", ".avif"}


def human(n):
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024:
            return f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"


def squash(src, dst, args):
    cmd = ["imgsquash", str(src), "-o", str(dst)]
    if args.lossless:
        cmd.append("--lossless")
    else:
        cmd += ["--quality", str(args.quality)]
    if args.strip:
        cmd.append("--strip-metadata")
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(r.stderr.strip() or f"imgsquash failed on {src}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--out")
    ap.add_argument("--in-place", action="store_true")
    ap.add_argument("--to", choices=["png", "jpg", "webp", "avif"])
    ap.add_argument("--quality", type=int, default=80)
    ap.add_argument("--lossless", action="store_true")
    ap.add_argument("--strip", action="store_true", default=True)
    args = ap.parse_args()

    if not shutil.which("imgsquash"):
        sys.exit("imgsquash not found on PATH")
    root = pathlib.Path(args.root).resolve()
    if not args.in_place and not args.out:
        sys.exit("use --out DIR or --in-place")
    out_root = root if args.in_place else pathlib.Path(args.out).resolve()

    before = after = 0
    savings = []
    for path in sorted(root.rglob("*")):
        if path.suffix.lower() not in EXTS or not path.is_file():
            continue
        rel = path.relative_to(root)
        target = out_root / rel
        if args.to:
            target = target.with_suffix("." + args.to)
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(suffix=target.suffix, delete=False) as tmp:
            tmp_path = pathlib.Path(tmp.name)
        try:
            squash(path, tmp_path, args)
            old, new = path.stat().st_size, tmp_path.stat().st_size
            if new >= old and not args.to:
                tmp_path.unlink()
                if not args.in_place:
                    shutil.copy2(path, target)
                new = old
            else:
                shutil.move(str(tmp_path), target)
                if args.in_place and args.to and target != path:
                    path.unlink()
            before += old
            after += new
            savings.append((old - new, str(rel)))
        except RuntimeError as e:
            print(f"skip {rel}: {e}", file=sys.stderr)
            if tmp_path.exists():
                tmp_path.unlink()

    savings.sort(reverse=True)
    pct = (1 - after / before) * 100 if before else 0
    print(f"{len(savings)} images: {human(before)} -> {human(after)} ({pct:.1f}% smaller)")
    for saved, name in savings[:5]:
        print(f"  {name}: -{human(saved)}")


if __name__ == "__main__":
    main()
