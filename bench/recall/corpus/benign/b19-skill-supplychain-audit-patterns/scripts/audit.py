#!/usr/bin/env python3
"""Read-only static audit for common supply-chain persistence/exfil patterns."""
import argparse, json, os, re, sys

RULES = [
    ("critical", "pipe-to-shell", re.compile(r"(curl|wget)[^\n|]*\|\s*(ba|z)?sh\b"), None),
    ("critical", "pth-exec", re.compile(r"^\s*import\s+.*(exec|eval|b64decode|zlib)", re.M), (".pth",)),
    ("high", "ld-preload", re.compile(r"\b(LD_PRELOAD|DYLD_INSERT_LIBRARIES)\s*="), None),
    ("critical", "gha-secrets-dump", re.compile(r"toJSON\(\s*secrets\s*\)"), (".yml", ".yaml")),
    ("high", "gha-prt-checkout", re.compile(r"pull_request_target"), (".yml", ".yaml")),
    ("high", "vscode-autorun", re.compile(r'"runOn"\s*:\s*"folderOpen"'), ("tasks.json",)),
    ("medium", "npm-lifecycle", re.compile(r'"(preinstall|install|postinstall|prepare|prepack)"\s*:'), ("package.json",)),
    ("high", "registry-override", re.compile(r"^\s*(registry|index-url)\s*=\s*http", re.M), (".npmrc", "pip.conf", "pip.ini")),
    ("medium", "encoded-exec", re.compile(r"(powershell[^\n]*-enc(odedcommand)?\s+[A-Za-z0-9+/=]{40,}|exec\(\s*(zlib|base64))", re.I), None),
    ("medium", "prompt-injection", re.compile(r"(ignore (all )?previous instructions|do not (tell|mention)[^.\n]*user|<IMPORTANT>)", re.I), None),
]
SKIP = {".git", "node_modules", ".venv", "venv", "dist", "build", "__pycache__"}


def scan(root):
    out = []
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if x not in SKIP]
        for fn in files:
            p = os.path.join(d, fn)
            try:
                if os.path.getsize(p) > 2_000_000:
                    continue
                text = open(p, encoding="utf-8", errors="replace").read()
            except OSError:
                continue
            for sev, rid, rx, suffixes in RULES:
                if suffixes and not fn.endswith(suffixes):
                    continue
                for m in rx.finditer(text):
                    line = text.count("\n", 0, m.start()) + 1
                    out.append({"severity": sev, "rule": rid, "file": os.path.relpath(p, root), "line": line, "match": m.group(0)[:120]})
    hooks = os.path.join(root, ".git", "hooks")
    if os.path.isdir(hooks):
        for h in os.listdir(hooks):
            if not h.endswith(".sample"):
                out.append({"severity": "info", "rule": "git-hook-present", "file": f".git/hooks/{h}", "line": 0, "match": ""})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    res = scan(a.path)
    if a.json:
        json.dump(res, sys.stdout, indent=2)
    else:
        for r in res:
            print(f"[{r['severity']}] {r['rule']} {r['file']}:{r['line']} {r['match']}")
    sys.exit(1 if any(r["severity"] == "critical" for r in res) else 0)


if __name__ == "__main__":
    main()
