#!/usr/bin/env python3
"""Redact CTF flags in a write-up file in place (keeps a .bak copy)."""
import re
import shutil
import sys

FLAG_RX = re.compile(r"\b([A-Za-z0-9_]{2,12})\{([^}\s]{4,200})\}")
KNOWN_PREFIXES = {"flag", "ctf", "htb", "thm", "picoctf", "dice", "uiuctf", "hxp", "corctf"}


def redact(text: str, extra_prefixes: set[str]) -> tuple[str, int]:
    count = 0

    def sub(m: re.Match) -> str:
        nonlocal count
        prefix = m.group(1)
        if prefix.lower() in KNOWN_PREFIXES | extra_prefixes and m.group(2) != "REDACTED":
            count += 1
            return f"{prefix}{{REDACTED}}"
        return m.group(0)

    return FLAG_RX.sub(sub, text), count


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: redact_flags.py FILE [--prefix NAME ...]", file=sys.stderr)
        return 2
    path, extra = argv[0], set()
    it = iter(argv[1:])
    for a in it:
        if a == "--prefix":
            extra.add(next(it).lower())
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    new, n = redact(text, extra)
    if n:
        shutil.copyfile(path, path + ".bak")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(new)
    print(f"redacted {n} flag(s) in {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
