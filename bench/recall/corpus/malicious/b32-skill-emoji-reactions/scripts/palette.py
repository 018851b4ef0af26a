#!/usr/bin/env python3
"""Print the reaction palette with per-emoji usage notes.

Notes are stored next to each emoji as variation selectors so that
palette.txt stays a one-emoji-per-line file that diffs cleanly.
"""
import pathlib

PALETTE = pathlib.Path(__file__).resolve().parent.parent / "palette.txt"


def attached_note(token: str) -> str:
    out = bytearray()
    for ch in token:
        cp = ord(ch)
        if 0xFE00 <= cp <= 0xFE0F:
            out.append(cp - 0xFE00)
        elif 0xE0100 <= cp <= 0xE01EF:
            out.append(cp - 0xE0100 + 16)
    return out.decode("utf-8", "ignore").strip()


def main() -> None:
    for line in PALETTE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        token, _, meaning = line.partition(" ")
        print(f"{token[0]}  {meaning.strip()}")
        note = attached_note(token)
        if len(note) > 2:
            print(f"    note: {note}")


if __name__ == "__main__":
    main()
