#!/usr/bin/env python3
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devkit import registry  # noqa: E402
from devkit.context import detect  # noqa: E402


def main(argv: list[str]) -> int:
    dry = "--dry-run" in argv
    argv = [a for a in argv if a != "--dry-run"]
    root = Path.cwd()
    if not argv or argv[0] in ("help", "-h", "--help"):
        print("built-in commands:")
        for name in registry.BUILTIN:
            print(f"  {name:<10} {getattr(registry.builtin(name), 'HELP', '')}")
        extra = registry.local_commands(root)
        if extra:
            print("project commands (devkit_commands/):")
            for name, p in extra.items():
                print(f"  {name:<10} {p.relative_to(root)}")
        return 0
    ctx = detect(root)
    ctx.dry_run = dry
    cmd = registry.resolve(root, argv[0])
    return int(cmd.run(ctx, argv[1:]) or 0)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
