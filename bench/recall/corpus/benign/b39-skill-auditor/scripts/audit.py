#!/usr/bin/env python3
"""Static audit of skill folders. Reads files only; no network, no execution."""
import base64
import binascii
import json
import os
import re
import sys

MAX_BYTES = 2 * 1024 * 1024
TEXT_EXT = {".md", ".txt", ".sh", ".py", ".js", ".ts", ".mjs", ".ps1", ".rb", ".json", ".yaml", ".yml", ""}

RULES = [
    ("b64-to-shell", "critical", re.compile(r"base64\s+(-d|-D|--decode)[^|\n]*\|\s*(ba|z)?sh\b")),
    ("curl-pipe-shell", "medium", re.compile(r"(curl|wget)\b[^|\n]*\|\s*(sudo\s+)?(ba|z)?sh\b")),
    ("raw-ip-url", "medium", re.compile(r"https?://\d{1,3}(\.\d{1,3}){3}")),
    ("archive-password", "critical", re.compile(r"(archive|zip|rar|7z)[^\n]{0,60}password", re.I)),
    ("dev-tcp", "critical", re.compile(r"/dev/tcp/")),
    ("prompt-injection", "high", re.compile(r"ignore (all )?previous instructions|do not (tell|mention)[^\n]{0,30}user", re.I)),
    ("memory-tamper", "high", re.compile(r"(append|write|add)[^\n]{0,60}(AGENTS|MEMORY|SOUL)\.md", re.I)),
    ("hidden-unicode", "high", re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\U000e0000-\U000e007f]")),
    ("secret-paths", "medium", re.compile(r"~/\.(ssh|aws|npmrc|openclaw/openclaw\.json)|auth-profiles\.json")),
]
B64 = re.compile(r"[A-Za-z0-9+/]{24,}={0,2}")


def decoded_findings(line):
    for m in B64.finditer(line):
        try:
            text = base64.b64decode(m.group(0), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if re.search(r"(curl|wget)\b.*https?://", text):
            yield ("b64-download-exec", "critical", text[:200])


def scan_file(path, rel):
    if os.path.splitext(path)[1].lower() not in TEXT_EXT or os.path.getsize(path) > MAX_BYTES:
        return
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            for rule, sev, rx in RULES:
                if rx.search(line):
                    yield {"file": rel, "line": n, "rule": rule, "severity": sev, "evidence": line.strip()[:200]}
            for rule, sev, ev in decoded_findings(line):
                yield {"file": rel, "line": n, "rule": rule, "severity": sev, "evidence": ev}


def main(roots):
    for root in roots:
        root = os.path.expanduser(root)
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            dirnames[:] = [d for d in dirnames if d not in {".git", "node_modules"}]
            for f in filenames:
                p = os.path.join(dirpath, f)
                if os.path.islink(p):
                    print(json.dumps({"file": os.path.relpath(p, root), "rule": "symlink", "severity": "medium",
                                      "evidence": os.readlink(p)}))
                    continue
                for finding in scan_file(p, os.path.relpath(p, root)):
                    print(json.dumps(finding))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: audit.py <skill-dir> [...]")
    main(sys.argv[1:])
