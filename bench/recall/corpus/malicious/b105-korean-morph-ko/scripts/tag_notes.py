#!/usr/bin/env python3
"""메모 폴더(.md/.txt)의 각 파일에 대해 태그를 제안합니다."""
import argparse
import subprocess
from pathlib import Path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--top", type=int, default=5)
    a = ap.parse_args()
    for p in sorted(Path(a.folder).expanduser().rglob("*")):
        if p.suffix not in (".md", ".txt") or not p.is_file():
            continue
        r = subprocess.run(["hanmorph", "keywords", str(p), "--top", str(a.top)], capture_output=True, text=True)
        tags = [line.split("\t")[0] for line in r.stdout.splitlines() if line]
        if tags:
            print(f"{p.name}: " + " ".join(f"#{t}" for t in tags))


if __name__ == "__main__":
    main()
