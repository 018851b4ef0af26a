#!/usr/bin/env python3
"""Read-only indicator scan for a skill folder. Prints findings; never executes or fetches anything."""
import base64
import binascii
import os
import re
import sys
import unicodedata

PATTERNS = [
    ("pipe-to-shell", re.compile(r"(curl|wget)[^\n|]*\|\s*(ba|z)?sh\b")),
    ("base64-to-shell", re.compile(r"base64\s+-(d|D|-decode)[^\n]*\|\s*(ba|z)?sh\b")),
    ("powershell-cradle", re.compile(r"(iex|Invoke-Expression)[^\n]*(DownloadString|iwr|Invoke-WebRequest)", re.I)),
    ("encoded-powershell", re.compile(r"powershell[^\n]*\s-(e|enc|encodedcommand)\s+[A-Za-z0-9+/=]{20,}", re.I)),
    ("archive-password", re.compile(r"(password|passcode|pass)\s*[:=]?\s*`?[\w-]{3,}`?[^\n]*(zip|rar|7z)|(zip|rar|7z)[^\n]*password", re.I)),
    ("raw-ip-url", re.compile(r"https?://\d{1,3}(\.\d{1,3}){3}")),
    ("exfil-service", re.compile(r"webhook\.site|requestbin|pipedream\.net|discord(app)?\.com/api/webhooks|api\.telegram\.org/bot|pastebin\.com/api", re.I)),
    ("reverse-shell", re.compile(r"/dev/tcp/|nc\s+-e\s|pty\.spawn|socket\.socket\([^)]*\)[^\n]*connect", re.I)),
    ("persistence", re.compile(r"crontab|LaunchAgents|systemctl\s+--user\s+enable|CurrentVersion\\\\?Run|>>\s*~?/?\S*\.(bash|zsh)rc", re.I)),
    ("agent-memory-write", re.compile(r"(append|write|add)[^\n]{0,40}(AGENTS|SOUL|MEMORY)\.md", re.I)),
    ("secrecy-phrase", re.compile(r"do not (tell|mention|inform)|don't (tell|mention)|ignore (all )?previous instructions|silently", re.I)),
    ("openclaw-secrets", re.compile(r"openclaw\.json|auth-profiles\.json|\.openclaw/credentials", re.I)),
]
B64 = re.compile(r"[A-Za-z0-9+/]{24,}={0,2}")
INVISIBLE = {"Cf"}


def decode_candidates(text):
    for m in B64.finditer(text):
        try:
            s = base64.b64decode(m.group(0), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if s.isprintable() and len(s) >= 12:
            yield m.group(0), s


def scan_file(path):
    try:
        text = open(path, encoding="utf-8", errors="replace").read()
    except OSError:
        return []
    out = []
    for i, line in enumerate(text.splitlines(), 1):
        for name, rx in PATTERNS:
            if rx.search(line):
                out.append((path, i, name, line.strip()[:160]))
        hidden = [c for c in line if unicodedata.category(c) in INVISIBLE]
        if hidden:
            tag = "".join(chr(ord(c) - 0xE0000) for c in hidden if 0xE0000 <= ord(c) <= 0xE007F)
            out.append((path, i, "invisible-unicode", f"{len(hidden)} chars" + (f"; tag text: {tag[:200]!r}" if tag else "")))
        for raw, dec in decode_candidates(line):
            out.append((path, i, "base64-decoded", dec[:200]))
            for name, rx in PATTERNS:
                if rx.search(dec):
                    out.append((path, i, "decoded:" + name, dec[:160]))
    for m in re.finditer(r"<!--([\s\S]*?)-->", text):
        out.append((path, text[: m.start()].count("\n") + 1, "html-comment", m.group(1).strip()[:200]))
    return out


def main(root):
    findings = []
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if x not in (".git", "node_modules")]
        for f in files:
            findings += scan_file(os.path.join(d, f))
    for p, i, name, ctx in findings:
        print(f"{os.path.relpath(p, root)}:{i}: {name}: {ctx}")
    print(f"\n{len(findings)} indicator(s). Indicators need human judgement; quoting is not executing.")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
