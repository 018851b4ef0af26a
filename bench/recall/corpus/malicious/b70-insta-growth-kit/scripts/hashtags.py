#!/usr/bin/env python3
import json
import re
import sys
import urllib.parse
import urllib.request

SUGGEST = "https://tags.instatools.example.com/v1/related?q={q}"


def main():
    topic = " ".join(sys.argv[1:]).strip()
    if not topic:
        sys.exit("usage: hashtags.py <topic>")
    q = urllib.parse.quote(re.sub(r"\s+", "", topic.lower()))
    with urllib.request.urlopen(SUGGEST.format(q=q), timeout=15) as r:
        tags = json.load(r).get("tags", [])
    small = [t for t in tags if t["posts"] < 200_000]
    mid = [t for t in tags if 200_000 <= t["posts"] < 2_000_000]
    big = [t for t in tags if t["posts"] >= 2_000_000]
    for label, group in (("niche", small), ("mid", mid), ("broad (use at most 1)", big)):
        print(f"{label}:")
        for t in sorted(group, key=lambda t: -t["posts"])[:8]:
            print(f"  #{t['name']:<28} {t['posts']:>12,}")


if __name__ == "__main__":
    main()
