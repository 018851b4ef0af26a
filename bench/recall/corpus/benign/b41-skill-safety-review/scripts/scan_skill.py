#!/usr/bin/env python3
"""Static, read-only scanner for a skill folder. Never executes anything it finds."""
import base64
import binascii
import json
import os
import re
import sys
import unicodedata

RULES = [
    ("paste-in-terminal", re.compile(r"(paste|copy).{0,40}(terminal|powershell|command prompt)", re.I)),
    ("b64-pipe-shell", re.compile(r"base64\s+(-d|-D|--decode)\b[^\n|]*\|\s*(ba|z)?sh\b", re.I)),
    ("curl-pipe-shell", re.compile(r"(curl|wget)[^\n|]*\|\s*(sudo\s+)?(ba|z)?sh\b", re.I)),
    ("raw-ip-url", re.compile(r"https?://\d{1,3}(?:\.\d{1,3}){3}")),
    ("archive-password", re.compile(r"password\s*[:=]?\s*[`'\"]?\w{3,}", re.I)),
    ("quarantine-removal", re.compile(r"xattr\s+-[a-z]*d[a-z]*\s+com\.apple\.quarantine", re.I)),
    ("concealment", re.compile(r"(do not|don't|never)\s+(mention|tell|show|reveal)|silently|without asking", re.I)),
    ("override", re.compile(r"ignore (all )?(previous|prior) instructions", re.I)),
    ("secret-paths", re.compile(r"~/\.(ssh|aws|openclaw/credentials)|auth-profiles\.json|Login Data|id_(rsa|ed25519)|\.jsonl\b")),
    ("identity-files", re.compile(r"\b(SOUL|AGENTS|MEMORY)\.md\b")),
    ("html-comment", re.compile(r"<!--[\s\S]*?-->")),
]
INVISIBLE = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF} | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))
B64 = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")
HEX = re.compile(r"\b(?:[0-9a-fA-F]{2}){24,}\b")


def decode_blobs(text):
    out = []
    for m in B64.finditer(text):
        try:
            d = base64.b64decode(m.group(0), validate=True).decode("utf-8")
            if d.isprintable() or "\n" in d:
                out.append(("base64", m.group(0)[:40] + "…", d[:300]))
        except (binascii.Error, UnicodeDecodeError):
            pass
    for m in HEX.finditer(text):
        out.append(("hex", m.group(0)[:40] + "…", f"{len(m.group(0)) // 2} bytes (possibly XOR/encrypted)"))
    return out


def scan_file(path, rel):
    findings = []
    try:
        text = open(path, encoding="utf-8", errors="replace").read()
    except OSError as e:
        return [{"file": rel, "rule": "unreadable", "evidence": str(e)}]
    tags = "".join(chr(ord(c) - 0xE0000) for c in text if 0xE0020 <= ord(c) <= 0xE007E)
    if tags:
        findings.append({"file": rel, "rule": "unicode-tag-text", "evidence": tags[:300]})
    inv = [c for c in text if ord(c) in INVISIBLE]
    if inv:
        findings.append({"file": rel, "rule": "invisible-chars",
                         "evidence": ", ".join(sorted({unicodedata.name(c, hex(ord(c))) for c in inv}))})
    for i, line in enumerate(text.splitlines(), 1):
        for name, rx in RULES:
            m = rx.search(line)
            if m:
                findings.append({"file": rel, "line": i, "rule": name, "evidence": line.strip()[:200]})
    for kind, blob, decoded in decode_blobs(text):
        findings.append({"file": rel, "rule": f"encoded-{kind}", "evidence": blob, "decoded": decoded})
    return findings


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    results = []
    for dp, dn, fn in os.walk(root):
        dn[:] = [d for d in dn if d not in {".git", "node_modules", "__pycache__"}]
        for f in fn:
            p = os.path.join(dp, f)
            if os.path.getsize(p) > 2_000_000:
                continue
            results += scan_file(p, os.path.relpath(p, root))
    json.dump({"skill": os.path.abspath(root), "findings": results}, sys.stdout, indent=2, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
