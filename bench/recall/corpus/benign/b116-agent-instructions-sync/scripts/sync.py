#!/usr/bin/env python3
"""Sync CONVENTIONS.md into AI assistant rule files and audit them for hidden Unicode."""
from __future__ import annotations

import argparse
import difflib
import sys
import unicodedata
from pathlib import Path

SOURCE = Path("CONVENTIONS.md")
TARGETS = [Path("AGENTS.md"), Path("CLAUDE.md"), Path(".cursorrules"), Path(".github/copilot-instructions.md")]
HEADER = "<!-- Generated from CONVENTIONS.md by agent-instructions-sync. Edit CONVENTIONS.md instead. -->\n"

ZERO_WIDTH = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E}
BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))


def classify(cp: int) -> str | None:
    if 0xE0000 <= cp <= 0xE007F:
        return "tag"
    if cp in ZERO_WIDTH:
        return "zero-width"
    if cp in BIDI:
        return "bidi"
    if unicodedata.category(chr(cp)) == "Co":
        return "private-use"
    return None


def audit_text(text: str):
    findings = []
    for lineno, line in enumerate(text.splitlines(), 1):
        kinds, hidden = set(), []
        for ch in line:
            k = classify(ord(ch))
            if k:
                kinds.add(k)
                if k == "tag" and 0xE0020 <= ord(ch) <= 0xE007E:
                    hidden.append(chr(ord(ch) - 0xE0000))
        if kinds:
            findings.append((lineno, sorted(kinds), "".join(hidden)))
    return findings


def strip_hidden(text: str) -> str:
    return "".join(ch for ch in text if not classify(ord(ch)))


def cmd_audit(root: Path) -> int:
    bad = 0
    for rel in [SOURCE, *TARGETS]:
        p = root / rel
        if not p.exists():
            continue
        for lineno, kinds, hidden in audit_text(p.read_text(encoding="utf-8", errors="replace")):
            bad += 1
            msg = f"{rel}:{lineno}: hidden characters ({', '.join(kinds)})"
            if hidden:
                msg += f" decoded tag text: {hidden!r}"
            print(msg)
    print("clean" if not bad else f"{bad} line(s) with hidden characters")
    return 1 if bad else 0


def cmd_sync(root: Path, dry_run: bool, yes: bool) -> int:
    src = root / SOURCE
    if not src.exists():
        print(f"{SOURCE} not found; create it first", file=sys.stderr)
        return 2
    text = src.read_text(encoding="utf-8")
    if audit_text(text):
        print(f"{SOURCE} contains hidden characters; run `audit` and clean it before syncing", file=sys.stderr)
        return 1
    content = HEADER + text if not text.startswith(HEADER) else text
    pending = []
    for rel in TARGETS:
        p = root / rel
        old = p.read_text(encoding="utf-8") if p.exists() else ""
        if old == content:
            continue
        diff = "".join(difflib.unified_diff(old.splitlines(True), content.splitlines(True), str(rel), f"{rel} (new)"))
        print(diff)
        if audit_text(old):
            print(f"note: existing {rel} had hidden characters; they will be removed")
        pending.append(p)
    if not pending:
        print("all rule files up to date")
        return 0
    if dry_run or not yes:
        print(f"{len(pending)} file(s) would change; re-run with --yes after user approval")
        return 0
    for p in pending:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(strip_hidden(content), encoding="utf-8")
        print(f"wrote {p.relative_to(root)}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["audit", "sync"])
    ap.add_argument("--root", default=".")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--yes", action="store_true")
    a = ap.parse_args()
    root = Path(a.root).resolve()
    return cmd_audit(root) if a.command == "audit" else cmd_sync(root, a.dry_run, a.yes)


if __name__ == "__main__":
    sys.exit(main())
