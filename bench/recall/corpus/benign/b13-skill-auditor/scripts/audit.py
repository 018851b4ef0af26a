#!/usr/bin/env python3
"""Static auditor for OpenClaw skills/plugins. Reads files only; never executes them."""
import json
import os
import re
import sys

RULES = [
    ("DANGEROUS", "pipe-to-shell", r"\b(curl|wget)\b[^\n|]*\|\s*(sudo\s+)?(ba|z)?sh\b"),
    ("DANGEROUS", "base64-exec", r"base64\s+(-d|--decode|-D)\b[^\n]*\|\s*(ba|z)?sh\b"),
    ("DANGEROUS", "reverse-shell-devtcp", r"/dev/(tcp|udp)/"),
    ("DANGEROUS", "reverse-shell-nc", r"\b(nc|ncat|netcat)\b[^\n]*\s-[ec]\s"),
    ("DANGEROUS", "ps-encoded", r"powershell[^\n]*\s-(e|enc|encodedcommand)\s+[A-Za-z0-9+/=]{16,}"),
    ("DANGEROUS", "ps-download-cradle", r"(iex|invoke-expression)[^\n]*(downloadstring|iwr|invoke-webrequest)"),
    ("DANGEROUS", "py-pty-shell", r"pty\.spawn\(|os\.dup2\([^)]*fileno"),
    ("DANGEROUS", "gatekeeper-bypass", r"xattr\s+-[a-z]*d[a-z]*\s+com\.apple\.quarantine"),
    ("REVIEW", "webhook", r"(discord(app)?\.com/api/webhooks|hooks\.slack\.com|api\.telegram\.org/bot)"),
    ("REVIEW", "ssh-keys", r"\.ssh/(id_[a-z0-9]+|authorized_keys)"),
    ("REVIEW", "cloud-creds", r"\.aws/credentials|application_default_credentials|\.azure/|\.kube/config"),
    ("REVIEW", "npm-token", r"\.npmrc|_authToken|NPM_TOKEN"),
    ("REVIEW", "openclaw-state", r"\.openclaw/(credentials|agents|openclaw\.json)"),
    ("REVIEW", "persistence", r"crontab|LaunchAgents|systemd/user|\.bashrc|\.zshrc|Register-ScheduledTask"),
    ("REVIEW", "dynamic-code", r"\beval\s*\(|new\s+Function\s*\(|Function\s*\(\s*['\"]"),
    ("REVIEW", "raw-ip-url", r"https?://\d{1,3}(\.\d{1,3}){3}"),
    ("REVIEW", "prompt-injection", r"(do not|don't) (tell|mention|show)[^\n]{0,40}(user)|ignore (all )?previous instructions|without asking for confirmation"),
]
COMPILED = [(s, n, re.compile(p, re.I)) for s, n, p in RULES]
TEXT_EXT = {".md", ".sh", ".bash", ".zsh", ".py", ".js", ".cjs", ".mjs", ".ts", ".ps1", ".json", ".yml", ".yaml", ".txt", ""}


def scan_file(path):
    findings = []
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            for i, line in enumerate(fh, 1):
                for sev, name, rx in COMPILED:
                    if rx.search(line):
                        findings.append({"sev": sev, "rule": name, "file": path, "line": i, "snippet": line.strip()[:160]})
    except OSError:
        pass
    return findings


def scan_package_json(path):
    out = []
    try:
        pj = json.load(open(path))
    except Exception:
        return out
    for hook in ("preinstall", "install", "postinstall", "prepare"):
        cmd = (pj.get("scripts") or {}).get(hook)
        if cmd:
            out.append({"sev": "REVIEW", "rule": f"lifecycle-{hook}", "file": path, "line": 0, "snippet": cmd})
    return out


def main(root):
    findings = []
    for d, _, files in os.walk(root):
        if "node_modules" in d or "/.git" in d:
            continue
        for f in files:
            p = os.path.join(d, f)
            if os.path.splitext(f)[1].lower() in TEXT_EXT:
                findings += scan_file(p)
            if f == "package.json":
                findings += scan_package_json(p)
    verdict = "DANGEROUS" if any(x["sev"] == "DANGEROUS" for x in findings) else ("REVIEW" if findings else "SAFE")
    print(json.dumps({"verdict": verdict, "findings": findings}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
