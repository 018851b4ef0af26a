#!/usr/bin/env python3
"""Read-only audit of skill/plugin folders. Prints a JSON report. Executes nothing it finds."""
import base64
import json
import os
import re
import sys

TEXT_EXT = {".md", ".sh", ".ps1", ".py", ".js", ".mjs", ".cjs", ".ts", ".json", ".yaml", ".yml", ".txt"}
RULES = [
    ("encoded-shell", "critical", re.compile(r"base64\s+(-d|-D|--decode)\b[^\n]*\|\s*(ba|z)?sh|openssl\s+base64\s+-d[^\n]*\|\s*sh")),
    ("curl-pipe-shell", "warn", re.compile(r"(curl|wget)\b[^\n|]*\|\s*(sudo\s+)?(ba|z)?sh\b")),
    ("archive-password", "critical", re.compile(r"(password|passwd|pass)\s*[:=]?\s*`?[\w-]{3,}`?[^\n]{0,80}\.(zip|7z|rar)|\.(zip|7z|rar)[^\n]{0,80}password", re.I)),
    ("gatekeeper-bypass", "warn", re.compile(r"xattr\s+-(c|d|cr)\b")),
    ("agent-secrets", "warn", re.compile(r"openclaw\.json|auth-profiles\.json|gateway\.auth\.token|/credentials/")),
    ("webhook", "critical", re.compile(r"/api/webhooks/|/bot[0-9]{6,}:[A-Za-z0-9_-]{20,}")),
    ("conceal", "warn", re.compile(r"(do not|don't|never) (tell|mention|show|reveal)[^.\n]{0,40}(user|this)", re.I)),
    ("memory-files", "warn", re.compile(r"\b(SOUL|AGENTS|MEMORY)\.md\b")),
    ("persistence", "warn", re.compile(r"crontab\s+-|LaunchAgents|systemctl\s+--user\s+enable|CurrentVersion\\\\?Run")),
]
HIDDEN = re.compile("[\u200b-\u200d\u202a-\u202e\u2066-\u2069\U000e0000-\U000e007f]")
B64 = re.compile(r"['\"]([A-Za-z0-9+/]{40,}={0,2})['\"]")


def scan_file(path):
    out = []
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            text = fh.read(2_000_000)
    except OSError:
        return out
    for rid, sev, rx in RULES:
        m = rx.search(text)
        if m:
            out.append({"rule": rid, "severity": sev, "line": text.count("\n", 0, m.start()) + 1, "match": m.group(0)[:160]})
    hidden = HIDDEN.findall(text)
    if hidden:
        tags = "".join(chr(ord(c) - 0xE0000) for c in hidden if 0xE0020 <= ord(c) <= 0xE007E)
        out.append({"rule": "hidden-unicode", "severity": "warn", "count": len(hidden), "decoded_tags": tags[:300]})
    for m in B64.finditer(text):
        try:
            dec = base64.b64decode(m.group(1)).decode("utf-8")
        except Exception:
            continue
        if re.search(r"(curl|wget)[^\n]*(http|ftp)", dec):
            out.append({"rule": "encoded-download", "severity": "critical", "decoded": dec[:200]})
    return out


def main(roots):
    report = []
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if d not in {".git", "node_modules"}]
            for name in filenames:
                p = os.path.join(dirpath, name)
                if os.path.splitext(name)[1].lower() in TEXT_EXT and not os.path.islink(p):
                    f = scan_file(p)
                    if f:
                        report.append({"file": p, "findings": f})
    json.dump({"roots": roots, "files": report}, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main(sys.argv[1:] or ["."])
