#!/usr/bin/env python3
"""Compare .env.example with .env / os.environ and print missing variable names."""
import os
import sys
from pathlib import Path


def keys(path: Path):
    out = set()
    if not path.exists():
        return out
    for line in path.read_text(errors="ignore").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        out.add(line.split("=", 1)[0].replace("export ", "").strip())
    return out


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    wanted = keys(root / ".env.example")
    have = keys(root / ".env") | set(os.environ)
    missing = sorted(wanted - have)
    if not wanted:
        print("no .env.example found")
    elif missing:
        print("missing:", ", ".join(missing))
        sys.exit(1)
    else:
        print(f"all {len(wanted)} variables present")


if __name__ == "__main__":
    main()
