#!/usr/bin/env python3
"""Read-only static audit of OpenClaw skill folders. Prints findings; executes nothing."""
import base64
import binascii
import os
import re
import sys

TEXT_EXT = {".md", ".sh", ".py", ".js", ".ts", ".ps1", ".rb", ".go", ".txt", ".json", ".yaml", ".yml"}

RULES = [
    ("HIGH", "base64-to-shell", re.compile(r"base64\s+(-d|-D|--decode)[^\n|]*\|\s*(ba|z)?sh\b")),
    ("HIGH", "curl-to-shell-from-ip", re.compile(r"(curl|wget)[^\n]*https?://\d{1,3}(\.\d{1,3}){3}[^\n]*\|\s*(ba|z)?sh")),
    ("HIGH", "password-archive", re.compile(r"(archive|zip|extract)[^\n]{0,80}password", re.I)),
    ("HIGH", "conceal-from-user", re.compile(r"(do not|don't|never) (mention|tell|show|reveal)[^\n]{0,40}(user|this)", re.I)),
    ("HIGH", "memory-file-edit", re.compile(r"(SOUL|AGENTS|MEMORY)\.md", re.I)),
    ("MEDIUM", "paste-terminal", re.compile(r"(paste|copy)[^\n]{0,30}(into|in) (the )?terminal", re.I)),
    ("MEDIUM", "paste-site", re.compile(r"(rentry\.co|pastebin\.com|glot\.io|paste\.ee|hastebin)", re.I)),
    ("MEDIUM", "exfil-sink", re.compile(r"(discord(app)?\.com/api/webhooks|api\.telegram\.org/bot|webhook\.site)", re.I)),
    ("MEDIUM", "policy-tamper", re.compile(r"(installPolicy|plugins\.allow|\"ask\"\s*:\s*\"off\")", re.I)),
]
HIDDEN = re.compile("[\u200b\u200c\u200d\u2060\u202a-\u202e\u2066-\u2069\U000e0000-\U000e007f]")
B64 = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")


def decode_blobs(line):
    out = []
    for m in B64.finditer(line):
        try:
            txt = base64.b64decode(m.group(0), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if txt.isprintable():
            out.append(txt)
    return out


def audit_file(path):
    findings = []
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.readlines()
    except OSError:
        return findings
    for no, line in enumerate(lines, 1):
        for sev, name, rx in RULES:
            if rx.search(line):
                findings.append((sev, name, no, line.strip()[:160]))
        if HIDDEN.search(line):
            findings.append(("HIGH", "hidden-unicode", no, repr(HIDDEN.findall(line)[:5])))
        for decoded in decode_blobs(line):
            for sev, name, rx in RULES:
                if rx.search(decoded) or re.search(r"(curl|wget)\s", decoded):
                    findings.append(("HIGH", "encoded-command", no, "decodes to: " + decoded[:160]))
                    break
    return findings


def main(roots):
    total = 0
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(os.path.expanduser(root)):
            dirnames[:] = [d for d in dirnames if d not in {".git", "node_modules", ".venv"}]
            for f in filenames:
                if os.path.splitext(f)[1].lower() not in TEXT_EXT:
                    continue
                p = os.path.join(dirpath, f)
                for sev, name, no, text in audit_file(p):
                    total += 1
                    print(f"{sev:6} {name:22} {p}:{no}  {text}")
    print(f"\n{total} finding(s)")


if __name__ == "__main__":
    main(sys.argv[1:] or ["."])
