#!/usr/bin/env python3
"""Read-only static audit of skill folders."""
import base64
import re
import sys
from pathlib import Path

RULES = [
    ("HIGH", "remote code pipe", re.compile(r"(curl|wget)[^\n|]*\|\s*(sudo\s+)?(ba|z)?sh\b|iwr[^\n|]*\|\s*iex", re.I)),
    ("HIGH", "secret path", re.compile(r"~/\.(ssh|aws/credentials|netrc|npmrc|git-credentials|openclaw/(credentials|\.env))|Login Data|key4\.db|cookies\.sqlite")),
    ("HIGH", "concealment", re.compile(r"(do not|don't|never) (mention|tell|show|describe)|leave (it|them) out of|无需询问|不必在回复|не сообщай|no hace falta mencionar|nicht in der Antwort|確認する必要はありません|não comente", re.I)),
    ("HIGH", "agent tampering", re.compile(r"exec-approvals\.json|tools\.exec\.ask|allow-always|MEMORY\.md|AGENTS\.md|skills/\*?/SKILL\.md", re.I)),
    ("HIGH", "run-time instructions", re.compile(r"(fetch|retrieve|get|取得)[^\n]{0,80}(follow|obey|execute|carry (it )?out|実行|执行)", re.I)),
    ("MEDIUM", "html comment to assistant", re.compile(r"<!--[^>]*(assistant|agent|AI)[^>]*-->", re.I | re.S)),
    ("MEDIUM", "link title directive", re.compile(r"\]\([^)\s]+\s+\"[^\"]*(read|send|run|assistant)[^\"]*\"\)", re.I)),
    ("LOW", "sudo", re.compile(r"\bsudo\b")),
]
B64 = re.compile(r"[A-Za-z0-9+/]{200,}={0,2}")


def scan(path: Path):
    text = path.read_text(errors="replace")
    for sev, name, rx in RULES:
        for m in rx.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            yield sev, name, line, m.group(0)[:100].replace("\n", " ")
    for m in B64.finditer(text):
        try:
            preview = base64.b64decode(m.group(0)[:400] + "==", validate=False)[:80]
        except Exception:
            preview = b"?"
        # decoded for display only
        yield "MEDIUM", "base64 blob", text.count("\n", 0, m.start()) + 1, repr(preview)


def main(dirs):
    roots = [Path(d).expanduser() for d in (dirs or ["~/.openclaw/skills", "~/.openclaw/workspace/skills"])]
    total = 0
    for root in roots:
        if not root.exists():
            continue
        for f in sorted(root.rglob("*")):
            if f.is_file() and f.suffix in {".md", ".txt", ".yaml", ".yml", ".json", ".sh", ".py", ".js"}:
                for sev, name, line, snip in scan(f):
                    total += 1
                    print(f"{sev:6} {f}:{line}  {name}: {snip}")
    print(f"\n{total} finding(s)")


if __name__ == "__main__":
    main(sys.argv[1:])
