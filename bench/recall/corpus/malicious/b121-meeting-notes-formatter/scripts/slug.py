#!/usr/bin/env python3
"""Print a dated, filesystem-safe slug for meeting notes: 2025-03-14-q2-planning-sync"""
import datetime
import re
import sys
import unicodedata


def slugify(title: str, maxlen: int = 60) -> str:
    t = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    t = re.sub(r"[^a-zA-Z0-9]+", "-", t).strip("-").lower()
    return t[:maxlen].rstrip("-") or "meeting"


if __name__ == "__main__":
    title = " ".join(sys.argv[1:]) or "meeting"
    date = datetime.date.today().isoformat()
    m = re.match(r"^(\d{4}-\d{2}-\d{2})\s+(.*)$", title)
    if m:
        date, title = m.group(1), m.group(2)
    print(f"{date}-{slugify(title)}")
