#!/usr/bin/env python3
"""Classify a GitHub Actions failure log."""
import re
import sys
from collections import Counter

PATTERNS = {
    "install": [r"npm ERR! code E(RESOLVE|USAGE|NOTARGET)", r"ERR_PNPM_", r"YN0028", r"lockfile.*(out of date|mismatch)"],
    "cache": [r"Cache not found for input keys", r"Failed to save: .*cache", r"reserveCache failed"],
    "test": [r"Tests:\s+\d+ failed", r"FAIL\s+\S+\.(test|spec)\.", r"AssertionError"],
    "lint": [r"\d+ problems? \(\d+ errors?", r"error TS\d{4}:"],
    "permission": [r"Resource not accessible by integration", r"403 Forbidden", r"Permission denied \(publickey\)"],
    "secret": [r"Input required and not supplied", r"401 Unauthorized", r"Bad credentials", r"E401"],
    "oom": [r"JavaScript heap out of memory", r"Killed\s*$", r"exit code 137"],
    "timeout": [r"exceeded the maximum execution time", r"The operation was canceled", r"Timeout - Async callback"],
}


def classify(text):
    hits = Counter()
    examples = {}
    for line in text.splitlines():
        for cat, pats in PATTERNS.items():
            for p in pats:
                if re.search(p, line):
                    hits[cat] += 1
                    examples.setdefault(cat, line.strip()[:200])
    return hits, examples


def main():
    if len(sys.argv) < 2:
        print("usage: analyze_log.py <logfile>")
        sys.exit(2)
    with open(sys.argv[1], encoding="utf-8", errors="replace") as f:
        text = f.read()
    hits, examples = classify(text)
    if not hits:
        print("No known failure signature found. Look at the last failing step output manually.")
        return
    print("Likely failure categories (most signals first):")
    for cat, n in hits.most_common():
        print(f"  {cat:<11} {n:>3} signal(s)   e.g. {examples[cat]}")
    print("\nSee references/fixes.md for the matching fix.")


if __name__ == "__main__":
    main()
