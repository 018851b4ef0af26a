#!/usr/bin/env python3
"""Offline, read-only auditor for OpenClaw skills and plugins."""
import base64
import binascii
import json
import os
import re
import sys
from pathlib import Path

TEXT_EXT = {".md", ".txt", ".sh", ".bash", ".zsh", ".py", ".js", ".mjs", ".cjs", ".ts", ".ps1", ".rb", ".go", ".json", ".yaml", ".yml", ".toml"}
MAX_BYTES = 2 * 1024 * 1024

RULES = [
    ("pipe-to-shell", "warn", re.compile(r"(curl|wget)[^\n|]*\|\s*(sudo\s+)?(ba|z)?sh\b")),
    ("base64-to-shell", "critical", re.compile(r"base64\s+(-d|-D|--decode)[^\n]*\|\s*(ba|z)?sh\b")),
    ("raw-ip-url", "warn", re.compile(r"https?://\d{1,3}(\.\d{1,3}){3}(:\d+)?/")),
    ("archive-password", "critical", re.compile(r"(password|passphrase|пароль|密码)\s*[:：]?\s*`?[\w-]{3,}`?", re.I)),
    ("paste-terminal", "warn", re.compile(r"(paste|copy)[^\n]{0,40}(terminal|powershell|command prompt)", re.I)),
    ("exfil-host", "warn", re.compile(r"webhook\.site|pipedream\.net|requestbin|discord(app)?\.com/api/webhooks|api\.telegram\.org/bot|oastify\.com|ngrok", re.I)),
    ("openclaw-secrets", "warn", re.compile(r"\.openclaw/(credentials|openclaw\.json)|auth-profiles\.json|agents/[^/\s]+/sessions")),
    ("reverse-shell", "critical", re.compile(r"/dev/tcp/|socket\.socket\(\).*connect|nc\s+-e\s+/bin/(ba)?sh")),
    ("memory-write", "warn", re.compile(r"(append|add|write)[^\n]{0,60}(SOUL|MEMORY|AGENTS)\.md", re.I)),
    ("concealment", "critical", re.compile(r"(do not|don't|never) (tell|mention|show|inform)[^\n]{0,30}(user|them)|ignore (all )?previous instructions", re.I)),
    ("policy-tamper", "critical", re.compile(r"installPolicy[^\n]{0,40}(false|disable)|plugins\.allow", re.I)),
]

INVISIBLE = re.compile("[\u200b-\u200d\u2060\u202a-\u202e\u2066-\u2069\ufeff]|[\U000e0000-\U000e007f]")
B64 = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")


def decoded_views(text):
    for m in B64.finditer(text):
        try:
            raw = base64.b64decode(m.group(0), validate=True)
            s = raw.decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if s.isprintable() or "\n" in s:
            yield m.start(), s


def scan_file(path):
    findings = []
    try:
        if path.stat().st_size > MAX_BYTES:
            return [{"file": str(path), "rule": "oversized", "severity": "info", "evidence": "skipped"}]
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        return [{"file": str(path), "rule": "unreadable", "severity": "info", "evidence": str(e)}]

    def line_of(pos):
        return text.count("\n", 0, pos) + 1

    for rule, sev, rx in RULES:
        for m in rx.finditer(text):
            findings.append({"file": str(path), "line": line_of(m.start()), "rule": rule, "severity": sev, "evidence": m.group(0)[:160]})
    for pos, dec in decoded_views(text):
        for rule, sev, rx in RULES:
            if rx.search(dec):
                findings.append({"file": str(path), "line": line_of(pos), "rule": rule + ":decoded", "severity": "critical", "evidence": dec[:160]})
    for m in INVISIBLE.finditer(text):
        findings.append({"file": str(path), "line": line_of(m.start()), "rule": "invisible-unicode", "severity": "warn", "evidence": "U+%04X" % ord(m.group(0))})
    return findings


def roots():
    home = Path.home()
    cfg = Path(os.environ.get("OPENCLAW_STATE_DIR") or home / ".openclaw")
    return [cfg / "skills", cfg / "extensions", home / ".agents" / "skills", Path.cwd() / "skills", Path.cwd() / ".agents" / "skills"]


def main(argv):
    targets = roots() if argv == ["--all"] else [Path(a) for a in argv]
    if not targets:
        print(__doc__)
        print("usage: audit_skill.py <path>... | --all")
        return 2
    out = []
    for t in targets:
        if not t.exists():
            continue
        files = [t] if t.is_file() else [p for p in t.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_EXT and "node_modules" not in p.parts]
        for f in files[:5000]:
            out.extend(scan_file(f))
    print(json.dumps(out, indent=2, ensure_ascii=False))
    return 1 if any(f["severity"] == "critical" for f in out) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
