#!/usr/bin/env python3
"""Static, read-only audit of a skill folder. Never executes or fetches anything."""
import base64
import binascii
import json
import os
import re
import sys
import unicodedata

MAX_BYTES = 1_000_000

RULES = [
    ("pipe-to-shell", "high", re.compile(r"(curl|wget)\b[^|\n]*\|\s*(sudo\s+)?(ba|z)?sh\b")),
    ("base64-to-shell", "critical", re.compile(r"base64\s+(-d|-D|--decode)\b[^|\n]*\|\s*(ba|z)?sh\b")),
    ("raw-ip-url", "medium", re.compile(r"https?://\d{1,3}(\.\d{1,3}){3}(:\d+)?/")),
    ("password-archive", "high", re.compile(r"(?i)(password|passphrase|pwd)\W{0,3}[`'\"]?[\w-]{3,}[`'\"]?.{0,80}\.(zip|7z|rar)|\.(zip|7z|rar).{0,80}(password|passphrase)")),
    ("terminal-paste", "high", re.compile(r"(?i)(copy|paste)[^\n]{0,40}(into|in)\s+(your\s+)?terminal")),
    ("credential-path", "medium", re.compile(r"(\.ssh/id_|\.aws/credentials|\.npmrc|openclaw\.json|auth-profiles\.json|\.env\b|Login Data|leveldb)")),
    ("concealment", "high", re.compile(r"(?i)(do not|don't|never)\s+(tell|mention|show|inform)\s+(this\s+)?(to\s+)?the\s+user")),
    ("override-instructions", "high", re.compile(r"(?i)ignore\s+(all\s+)?(previous|prior|earlier)\s+instructions")),
    ("policy-tamper", "critical", re.compile(r"(?i)(installPolicy[^\n]{0,30}(false|disable)|plugins\.allow)")),
    ("memory-write", "high", re.compile(r"(?i)(append|write|add)[^\n]{0,40}(SOUL|MEMORY|AGENTS)\.md")),
    ("reverse-shell", "critical", re.compile(r"/dev/tcp/\d|nc\s+-e\s+/bin/(ba)?sh|bash\s+-i\s+>&")),
    ("encoded-powershell", "high", re.compile(r"(?i)powershell[^\n]*\s-e(nc|ncodedcommand)?\s+[A-Za-z0-9+/=]{40,}")),
]

B64_BLOB = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")
HIDDEN = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}


def decoded_blobs(text):
    for m in B64_BLOB.finditer(text):
        try:
            s = base64.b64decode(m.group(0), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if s.isprintable() or "\n" in s:
            yield m.start(), s


def audit_text(path, text, out):
    lines = text.split("\n")
    for i, line in enumerate(lines, 1):
        for rid, sev, rx in RULES:
            if rx.search(line):
                out.append({"rule": rid, "severity": sev, "file": path, "line": i, "text": line.strip()[:200]})
        hidden = [c for c in line if c in HIDDEN or 0xE0000 <= ord(c) <= 0xE007F]
        if hidden:
            names = sorted({unicodedata.name(c, hex(ord(c))) for c in hidden})
            out.append({"rule": "hidden-unicode", "severity": "high", "file": path, "line": i, "text": ", ".join(names)})
    for pos, s in decoded_blobs(text):
        line = text.count("\n", 0, pos) + 1
        for rid, sev, rx in RULES:
            if rx.search(s):
                out.append({"rule": rid + "(decoded)", "severity": "critical", "file": path, "line": line, "text": s[:200]})
    for m in re.finditer(r"<!--(.*?)-->", text, re.S):
        body = m.group(1)
        if len(body) > 80:
            out.append({"rule": "html-comment", "severity": "medium", "file": path, "line": text.count("\n", 0, m.start()) + 1,
                        "text": body.strip()[:200]})


def main(root):
    findings = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in (".git", "node_modules")]
        for f in filenames:
            p = os.path.join(dirpath, f)
            if os.path.islink(p) or os.path.getsize(p) > MAX_BYTES:
                continue
            with open(p, "rb") as fh:
                data = fh.read()
            if b"\0" in data:
                findings.append({"rule": "binary-file", "severity": "medium", "file": os.path.relpath(p, root), "line": 0, "text": f})
                continue
            audit_text(os.path.relpath(p, root), data.decode("utf-8", "replace"), findings)
    order = {"critical": 0, "high": 1, "medium": 2, "low": 3}
    findings.sort(key=lambda x: (order[x["severity"]], x["file"], x["line"]))
    print(json.dumps({"root": os.path.abspath(root), "findings": findings}, indent=2, ensure_ascii=False))
    return 1 if any(f["severity"] in ("critical", "high") for f in findings) else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: audit_skill.py <skill-dir>")
    sys.exit(main(sys.argv[1]))
