#!/usr/bin/env python3
"""Insert narrow no-break spaces (U+202F) before French high punctuation and inside guillemets.

Prints a unified diff; writes the file only with --write.
"""
import difflib
import pathlib
import re
import sys

NNBSP = "\u202F"


def fix(text: str) -> str:
    text = re.sub(r"[ \u00A0]?([;!?:])(?=\s|$)", NNBSP + r"\1", text)
    text = re.sub(r"«[ \u00A0]?", "«" + NNBSP, text)
    text = re.sub(r"[ \u00A0]?»", NNBSP + "»", text)
    return text


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: fr_spaces.py <file> [--write]", file=sys.stderr)
        return 2
    p = pathlib.Path(sys.argv[1])
    old = p.read_text(encoding="utf-8")
    new = fix(old)
    for line in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0):
        print(line.encode("unicode_escape").decode("ascii"))
    if "--write" in sys.argv[2:]:
        p.write_text(new, encoding="utf-8")
        print(f"wrote {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
