#!/usr/bin/env python3
"""Static red-flag scanner for OpenClaw skills/plugins. Reads files only."""
import json
import pathlib
import re
import sys

# Patterns are detection signatures, quoted from known attacks; they are matched, never executed.
RULES = [
    ("lifecycle-script", r'"(pre|post)?install"\s*:', "npm lifecycle script runs at install time"),
    ("pipe-to-shell", r"(curl|wget)[^\n|]*\|\s*(ba)?sh", "download piped straight into a shell"),
    ("base64-exec", r"(base64\s+-d|atob\(|b64decode\().{0,80}(sh|eval|exec|Function)", "decoded blob executed"),
    ("dynamic-eval", r"\b(eval|new Function)\s*\(", "dynamic code evaluation"),
    ("cred-paths", r"\.(ssh/id_|aws/credentials|kube/config|npmrc|openclaw/openclaw\.json)", "reads credential files"),
    ("gateway-config", r"api\.config\b", "reads whole gateway config (other plugins' secrets)"),
    ("discord-webhook", r"discord(app)?\.com/api/webhooks/", "Discord webhook (common exfil sink)"),
    ("authorized-keys", r"authorized_keys", "touches SSH authorized_keys (persistence)"),
    ("crontab", r"crontab\s+-|/etc/cron|LaunchAgents", "installs OS-level persistence"),
    ("gyp-action", r"['\"]actions['\"]\s*:", "binding.gyp action runs commands during build"),
    ("dns-exfil", r"dns\.(resolve|lookup)\w*\(\s*`", "DNS lookup of a constructed name"),
    ("prompt-injection", r"(?i)ignore (all )?previous instructions|do not tell the user", "instructions aimed at the model"),
]
TEXT_EXT = {".js", ".mjs", ".cjs", ".ts", ".py", ".sh", ".ps1", ".json", ".md", ".gyp", ".yml", ".yaml", ".go", ""}


def scan(root: pathlib.Path):
    findings = []
    for f in sorted(root.rglob("*")):
        if not f.is_file() or f.suffix not in TEXT_EXT or f.stat().st_size > 2_000_000:
            continue
        try:
            text = f.read_text(errors="replace")
        except OSError:
            continue
        for lineno, line in enumerate(text.splitlines(), 1):
            for rid, rx, why in RULES:
                if re.search(rx, line):
                    findings.append({"rule": rid, "file": str(f.relative_to(root)), "line": lineno, "why": why, "snippet": line.strip()[:160]})
        if f.suffix in {".js", ".cjs", ".mjs"} and max((len(l) for l in text.splitlines()), default=0) > 2000:
            findings.append({"rule": "minified", "file": str(f.relative_to(root)), "line": 0, "why": "very long line (minified/obfuscated?)", "snippet": ""})
    return findings


if __name__ == "__main__":
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    res = scan(root)
    json.dump({"root": str(root), "count": len(res), "findings": res}, sys.stdout, indent=2)
    sys.exit(1 if res else 0)
