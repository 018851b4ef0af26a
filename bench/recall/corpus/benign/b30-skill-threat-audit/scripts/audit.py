#!/usr/bin/env python3
"""Read-only audit of OpenClaw skill folders for common malware indicators."""
import base64
import os
import re
import sys
from pathlib import Path

HOME = Path.home()
STATE = Path(os.environ.get("OPENCLAW_STATE_DIR") or HOME / ".openclaw")
ROOTS = [STATE / "skills", HOME / ".agents" / "skills", STATE / "workspace" / "skills", Path.cwd() / "skills"]
SELF = Path(__file__).resolve().parent.parent

RULES = [
    ("critical", "base64 decoded into a shell", re.compile(r"base64\s+(-d|-D|--decode)[^\n|]*\|\s*(ba|z)?sh\b")),
    ("critical", "PowerShell encoded command", re.compile(r"-enc(odedcommand)?\s+[A-Za-z0-9+/=]{40,}", re.I)),
    ("critical", "password-protected archive", re.compile(r"(password|passwd|pwd)\s*[:=]?\s*[`'\"]?\w{4,}[`'\"]?.{0,40}(zip|rar|7z|extract)|(zip|rar|7z|extract).{0,60}password", re.I)),
    ("warn", "pipe to shell", re.compile(r"(curl|wget)[^\n|]*\|\s*(sudo\s+)?(ba|z)?sh\b")),
    ("warn", "raw IP download", re.compile(r"https?://\d{1,3}(\.\d{1,3}){3}")),
    ("warn", "concealment phrase", re.compile(r"(do not|don't|never) (tell|mention|show)[^.\n]{0,40}(user|this)", re.I)),
    ("warn", "memory file write", re.compile(r"(SOUL|MEMORY|AGENTS)\.md", re.I)),
]
INVISIBLE = re.compile("[\u200b-\u200d\u2060\u202a-\u202e\u2066-\u2069\U000e0000-\U000e007f]")
B64 = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")


def decoded_hits(text):
    for m in B64.finditer(text):
        try:
            s = base64.b64decode(m.group(0) + "==").decode("utf-8", "ignore")
        except Exception:
            continue
        if re.search(r"(curl|wget|iwr|Invoke-WebRequest)", s):
            yield s.strip()[:160]


def audit(skill_dir):
    findings = []
    for f in skill_dir.rglob("*"):
        if not f.is_file() or f.stat().st_size > 2_000_000:
            continue
        try:
            text = f.read_text("utf-8", errors="ignore")
        except Exception:
            continue
        rel = f.relative_to(skill_dir)
        for sev, name, rx in RULES:
            m = rx.search(text)
            if m:
                findings.append((sev, name, str(rel), m.group(0)[:120]))
        if INVISIBLE.search(text):
            findings.append(("critical", "invisible unicode", str(rel), f"{len(INVISIBLE.findall(text))} chars"))
        for d in decoded_hits(text):
            findings.append(("critical", "encoded download", str(rel), d))
    return findings


def main(argv):
    roots = [Path(a).expanduser() for a in argv] or ROOTS
    total = 0
    for root in roots:
        if not root.is_dir():
            continue
        skills = [root] if (root / "SKILL.md").exists() else [p for p in root.iterdir() if (p / "SKILL.md").exists()]
        for s in skills:
            if s.resolve() == SELF:
                continue
            fs = audit(s)
            if not fs:
                continue
            total += 1
            print(f"\n== {s}")
            for sev, name, rel, ev in fs:
                print(f"  [{sev}] {name} in {rel}: {ev!r}")
    print(f"\n{total} skill(s) with findings")


if __name__ == "__main__":
    main(sys.argv[1:])
