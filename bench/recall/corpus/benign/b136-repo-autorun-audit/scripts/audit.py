#!/usr/bin/env python3
"""Read-only scan of a repository for auto-executing files."""
import json
import re
import sys
from pathlib import Path

NET = re.compile(r"\b(curl|wget|Invoke-WebRequest|iwr|urlopen|fetch\(|https?://)", re.I)
DECODE = re.compile(r"base64\s+(-d|--decode)|b64decode|fromCharCode|Buffer\.from\([^)]*base64|\bxxd -r", re.I)
PIPE_SH = re.compile(r"\|\s*(ba|z)?sh\b|eval\s+\"?\$\(")
SECRETS = re.compile(r"\.ssh|\.aws|\.npmrc|\.pypirc|\.git-credentials|authorized_keys|toJSON\(secrets\)", re.I)

findings = []


def add(sev, path, line_no, text, why):
    findings.append({"severity": sev, "file": str(path), "line": line_no, "text": text.strip()[:200], "why": why})


def scan_text(path, text, context):
    for i, line in enumerate(text.splitlines(), 1):
        flags = [n for n, r in (("network", NET), ("decode", DECODE), ("pipe-to-shell", PIPE_SH), ("secret-path", SECRETS)) if r.search(line)]
        if not flags:
            continue
        sev = "HIGH" if len(flags) > 1 or "pipe-to-shell" in flags else "MEDIUM"
        add(sev, path, i, line, f"{context}: {', '.join(flags)}")


def main(root):
    root = Path(root)
    for h in (root / ".git" / "hooks").glob("*"):
        if h.is_file() and not h.name.endswith(".sample"):
            add("INFO", h, 0, "", "active git hook")
            scan_text(h, h.read_text(errors="ignore"), "git hook")
    for pattern, ctx in ((".husky/*", "husky hook"), ("lefthook.yml", "lefthook"), (".envrc", "direnv"),
                         ("Makefile", "Makefile"), (".make/*.mk", "Makefile include"), ("**/conftest.py", "pytest conftest"),
                         ("**/sitecustomize.py", "sitecustomize"), ("**/*.pth", "pth file"), (".devcontainer/*", "devcontainer"),
                         (".github/workflows/*.y*ml", "workflow"), (".vscode/**/*", "vscode")):
        for p in root.glob(pattern):
            if p.is_file() and "node_modules" not in p.parts:
                t = p.read_text(errors="ignore")
                scan_text(p, t, ctx)
                if ctx == "workflow" and "pull_request_target" in t and "head.sha" in t:
                    add("HIGH", p, 0, "pull_request_target + head checkout", "pwn-request pattern")
                if p.name == "tasks.json" and "folderOpen" in t:
                    add("MEDIUM", p, 0, "runOn: folderOpen", "task runs when folder opens")
    pj = root / "package.json"
    if pj.exists():
        pkg = json.loads(pj.read_text())
        for k in ("preinstall", "install", "postinstall", "prepare"):
            if k in pkg.get("scripts", {}):
                add("MEDIUM", pj, 0, f'{k}: {pkg["scripts"][k]}', "lifecycle script")
                scan_text(pj, pkg["scripts"][k], f"lifecycle {k}")
        for k in ("overrides", "resolutions"):
            for name, spec in (pkg.get(k) or {}).items():
                if isinstance(spec, str) and re.match(r"(https?|git\+|file):", spec):
                    add("HIGH", pj, 0, f"{k}.{name} = {spec}", "dependency redirected to URL")
    order = {"HIGH": 0, "MEDIUM": 1, "INFO": 2}
    for f in sorted(findings, key=lambda f: order[f["severity"]]):
        print(f'[{f["severity"]}] {f["file"]}:{f["line"]}  {f["why"]}\n        {f["text"]}')
    print(f"{len(findings)} finding(s)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
