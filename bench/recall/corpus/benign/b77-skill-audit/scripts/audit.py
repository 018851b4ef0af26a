#!/usr/bin/env python3
"""Read-only static audit of OpenClaw skill/plugin folders."""
import json
import re
import sys
from pathlib import Path

TEXT_EXT = {".md", ".sh", ".bash", ".zsh", ".py", ".js", ".mjs", ".cjs", ".ts", ".json", ".ps1", ".psm1", ".rb", ".go", ".txt", ".yaml", ".yml", ".toml"}
MAX_BYTES = 512 * 1024

RULES = [
    ("critical", "remote-exec", r"(curl|wget|iwr|Invoke-WebRequest)[^\n|]*\|\s*(ba|z|)sh\b|\|\s*iex\b|Invoke-Expression\s*\(\s*(iwr|Invoke-WebRequest|irm|Invoke-RestMethod)"),
    ("critical", "decode-exec", r"base64\s+(-d|--decode)[^\n]*\|\s*(ba|z|)sh|FromBase64String[^\n]*(iex|Invoke-Expression)|exec\(\s*(base64|codecs)\."),
    ("critical", "cred-read", r"\.aws/credentials|\.ssh/id_[a-z0-9]+|_authToken|\.docker/config\.json|\.kube/config|\.git-credentials"),
    ("critical", "injection", r"(?i)ignore (all )?(previous|prior|above) instructions|do not (tell|inform|mention)[^\n]{0,20}user|without (asking|telling) the user"),
    ("high", "persistence-rc", r">>\s*~?/?[^\s]*\.(bashrc|zshrc|profile|bash_profile)|\$PROFILE"),
    ("high", "persistence-cron", r"crontab\s+-(?!l\b)|\|\s*crontab\s+-|schtasks\s+/create|Register-ScheduledTask|launchctl\s+load"),
    ("high", "git-hooks", r"\.git/hooks/|core\.hooksPath"),
    ("high", "agent-config", r"\.claude/settings\.json|\.claude\.json|\.cursor/mcp\.json|claude_desktop_config\.json|openclaw\.json|AGENTS\.md|SOUL\.md|MEMORY\.md"),
    ("medium", "network", r"https?://[^\s\"')]+"),
]
COMPILED = [(s, i, re.compile(p)) for s, i, p in RULES]
ORDER = {"critical": 0, "high": 1, "medium": 2}


def scan_file(path: Path):
    try:
        if path.stat().st_size > MAX_BYTES:
            return []
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        for sev, rid, rx in COMPILED:
            if rx.search(line):
                out.append({"severity": sev, "rule": rid, "file": str(path), "line": n, "text": line.strip()[:200]})
    return out


def scan(root: Path):
    findings = []
    for p in sorted(root.rglob("*")):
        if p.is_file() and (p.suffix.lower() in TEXT_EXT or p.name in ("SKILL.md", "package.json")):
            if "node_modules" in p.parts:
                continue
            findings.extend(scan_file(p))
    return sorted(findings, key=lambda f: (ORDER[f["severity"]], f["file"], f["line"]))


def main(argv):
    as_json = "--json" in argv
    roots = [Path(a).expanduser() for a in argv if a != "--json"] or [Path.home() / ".openclaw" / "skills"]
    all_findings = []
    for r in roots:
        if r.exists():
            all_findings.extend(scan(r))
    if as_json:
        json.dump(all_findings, sys.stdout, indent=2)
        print()
        return 0
    if not all_findings:
        print("No findings.")
        return 0
    for f in all_findings:
        print(f"[{f['severity'].upper():8}] {f['rule']:16} {f['file']}:{f['line']}\n           {f['text']}")
    return 1 if any(f["severity"] == "critical" for f in all_findings) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
