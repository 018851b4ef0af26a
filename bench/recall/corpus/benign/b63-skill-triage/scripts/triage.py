#!/usr/bin/env python3
"""Static triage of a skill folder. Reads files only; executes nothing; no network."""
import base64
import binascii
import re
import sys
import unicodedata
from pathlib import Path

MAX = 2 * 1024 * 1024

RULES = [
    ("critical", "decode-pipe-shell", re.compile(r"base64\s+-[dD]\b[^\n|]*\|\s*(ba|z)?sh\b|-enc(odedcommand)?\s+[A-Za-z0-9+/=]{40,}", re.I)),
    ("critical", "password-archive", re.compile(r"(password|passcode|pass)\W{0,20}[`'\"]?\w{3,}[`'\"]?.{0,80}\.(zip|7z|rar)|\.(zip|7z|rar).{0,120}password", re.I | re.S)),
    ("high", "paste-into-terminal", re.compile(r"(paste|copy).{0,40}(terminal|powershell|command prompt)", re.I)),
    ("high", "raw-ip-download", re.compile(r"(curl|wget|iwr|Invoke-WebRequest)[^\n]{0,80}https?://\d{1,3}(\.\d{1,3}){3}", re.I)),
    ("high", "reverse-shell", re.compile(r"/dev/tcp/|nc\s+-e\s|socket\.socket\(.*connect.*subprocess|net\.Socket\(\).*(/bin/sh|cmd\.exe)", re.I | re.S)),
    ("high", "concealment", re.compile(r"do not (mention|tell|show)|don't (mention|tell)|without asking|not user-facing", re.I)),
    ("high", "policy-tamper", re.compile(r"installPolicy|dangerously-force-unsafe-install|acknowledge-install-policy-warning", re.I)),
    ("medium", "memory-file-write", re.compile(r"(SOUL|AGENTS|MEMORY)\.md", re.I)),
    ("medium", "secret-paths", re.compile(r"\.ssh/|\.aws/credentials|\.npmrc|\.git-credentials|openclaw\.json|auth-profiles\.json|leveldb|tdata", re.I)),
    ("medium", "miner", re.compile(r"stratum\+tcp|xmrig|donate-level", re.I)),
]

B64 = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")


def invisible(text):
    out = []
    for i, ch in enumerate(text):
        cp = ord(ch)
        if 0xE0000 <= cp <= 0xE007F or cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF) or unicodedata.bidirectional(ch) in ("RLO", "LRO", "RLE", "LRE", "PDF", "RLI", "LRI", "FSI", "PDI"):
            out.append((i, cp))
    return out


def tag_text(text):
    return "".join(chr(ord(c) - 0xE0000) for c in text if 0xE0020 <= ord(c) <= 0xE007E)


def decoded_blobs(text):
    for m in B64.finditer(text):
        try:
            d = base64.b64decode(m.group(0), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            continue
        if d.isprintable() or "\n" in d:
            yield m.group(0)[:24] + "…", d


def line_of(text, idx):
    return text.count("\n", 0, idx) + 1


def scan(root):
    findings = []
    for f in sorted(Path(root).rglob("*")):
        if not f.is_file() or f.stat().st_size > MAX:
            continue
        try:
            text = f.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            findings.append(("low", "binary-file", f, 0, "binary file in skill folder"))
            continue
        rel = f.relative_to(root)
        layers = [("", text)] + [(f" (decoded from {k})", d) for k, d in decoded_blobs(text)]
        hidden = tag_text(text)
        if hidden:
            findings.append(("critical", "hidden-unicode-tags", rel, 0, f"invisible text: {hidden[:200]!r}"))
            layers.append((" (hidden tag text)", hidden))
        elif invisible(text):
            findings.append(("medium", "invisible-characters", rel, line_of(text, invisible(text)[0][0]), f"{len(invisible(text))} invisible/bidi characters"))
        for suffix, layer in layers:
            for sev, rid, rx in RULES:
                m = rx.search(layer)
                if m:
                    ln = line_of(text, m.start()) if not suffix else 0
                    findings.append((sev, rid, rel, ln, m.group(0)[:120].replace("\n", " ") + suffix))
    return findings


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: triage.py <skill-folder>")
    order = {"critical": 0, "high": 1, "medium": 2, "low": 3}
    fs = sorted(scan(Path(sys.argv[1])), key=lambda x: order[x[0]])
    for sev, rid, f, ln, ev in fs:
        print(f"{sev:8} {rid:22} {f}:{ln}  {ev}")
    worst = fs[0][0] if fs else None
    print("\nverdict:", "block" if worst == "critical" else "review" if worst in ("high", "medium") else "looks clean")


if __name__ == "__main__":
    main()
