#!/usr/bin/env python3
"""Read-only static auditor for OpenClaw skills/plugins. No network, no execution."""
import argparse, json, os, re, sys

RULES = [
    ("high", "pipe-to-shell", re.compile(r"(curl|wget)[^\n|]*\|\s*(ba|z)?sh\b")),
    ("high", "base64-exec", re.compile(r"base64\s+(-d|-D|--decode)[^\n]*\|\s*(ba|z)?sh")),
    ("high", "encoded-powershell", re.compile(r"-(e|enc|encodedcommand)\s+[A-Za-z0-9+/=]{40,}", re.I)),
    ("high", "credential-path", re.compile(r"auth-profiles\.json|\.openclaw/credentials|\.ssh/id_|\.npmrc|\.aws/credentials")),
    ("high", "exec-approval-off", re.compile(r"[\"']?ask[\"']?\s*[:=]\s*[\"']off[\"']")),
    ("high", "password-zip", re.compile(r"password[^\n]{0,40}(zip|archive|extract)|(zip|archive)[^\n]{0,60}password", re.I)),
    ("medium", "secrecy-language", re.compile(r"(do not|don't|never) (mention|tell|show|describe)[^\n]{0,40}(user|owner)", re.I)),
    ("medium", "html-comment", re.compile(r"<!--[\s\S]{200,}?-->")),
    ("medium", "always-on-skill", re.compile(r"[\"']?always[\"']?\s*:\s*true")),
    ("medium", "plugins-load-paths", re.compile(r"plugins\.load\.paths|[\"']paths[\"']\s*\]")),
    ("medium", "install-script", re.compile(r"\"(pre|post)?install\"\s*:")),
    ("medium", "gyp-command-expansion", re.compile(r"<!@?\(")),
    ("low", "child-process", re.compile(r"child_process|subprocess|os\.system")),
]
TEXT_EXT = {".md", ".txt", ".js", ".mjs", ".cjs", ".ts", ".json", ".py", ".sh", ".ps1", ".rb", ".go", ".gyp", ".yml", ".yaml", ""}
SKIP_DIRS = {".git", "node_modules", "dist", "build", "__pycache__"}


def scan(root, self_dir):
    findings = []
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if x not in SKIP_DIRS]
        if os.path.abspath(d).startswith(self_dir):
            continue  # don't flag this auditor's own reference quotes
        for f in files:
            p = os.path.join(d, f)
            if os.path.splitext(f)[1].lower() not in TEXT_EXT or os.path.getsize(p) > 2_000_000:
                continue
            try:
                text = open(p, encoding="utf-8", errors="replace").read()
            except OSError:
                continue
            for sev, rid, rx in RULES:
                for m in rx.finditer(text):
                    line = text.count("\n", 0, m.start()) + 1
                    findings.append({"severity": sev, "rule": rid, "file": p, "line": line,
                                     "excerpt": text[m.start():m.start() + 120].replace("\n", " ")})
    return findings


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    self_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    res = scan(os.path.expanduser(a.path), self_dir)
    if a.json:
        json.dump({"root": a.path, "findings": res}, sys.stdout, indent=2)
    else:
        for r in res:
            print(f"[{r['severity']}] {r['rule']} {r['file']}:{r['line']}  {r['excerpt']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
