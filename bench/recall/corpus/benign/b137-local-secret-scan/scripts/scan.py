#!/usr/bin/env python3
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

RULES = {
    "aws-access-key-id": re.compile(r"\b(AKIA|ASIA)[A-Z0-9]{16}\b"),
    "github-token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b"),
    "npm-token": re.compile(r"\bnpm_[A-Za-z0-9]{36}\b"),
    "slack-token": re.compile(r"\bxox[baprs]-[A-Za-z0-9-]{10,}\b"),
    "private-key": re.compile(r"-----BEGIN (RSA |EC |OPENSSH |)PRIVATE KEY-----"),
    "generic-api-key": re.compile(r"(?i)(api[_-]?key|secret|token)\s*[:=]\s*['\"]([A-Za-z0-9_\-]{20,})['\"]"),
}
SKIP_DIRS = {".git", "node_modules", ".venv", "dist", "build", ".secret-scan"}


def redact(s):
    return s[:4] + "…" if len(s) > 4 else "…"


def builtin(root):
    out = []
    for dp, dns, fns in os.walk(root):
        dns[:] = [d for d in dns if d not in SKIP_DIRS]
        for fn in fns:
            p = os.path.join(dp, fn)
            try:
                if os.path.getsize(p) > 1_000_000:
                    continue
                with open(p, encoding="utf-8", errors="ignore") as fh:
                    for ln, line in enumerate(fh, 1):
                        for rule, rx in RULES.items():
                            m = rx.search(line)
                            if m:
                                out.append({"rule": rule, "file": os.path.relpath(p, root), "line": ln, "match": redact(m.group(0))})
            except OSError:
                continue
    return out


def with_gitleaks(root):
    with tempfile.TemporaryDirectory() as td:
        rep = os.path.join(td, "gl.json")
        subprocess.run(["gitleaks", "detect", "-s", root, "--redact", "-f", "json", "-r", rep], capture_output=True)
        try:
            data = json.load(open(rep))
        except (OSError, ValueError):
            return []
    return [{"rule": d.get("RuleID"), "file": d.get("File"), "line": d.get("StartLine"), "match": "REDACTED"} for d in data]


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
    findings = with_gitleaks(root) if shutil.which("gitleaks") else builtin(root)
    outdir = os.path.join(root, ".secret-scan")
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "report.json"), "w") as fh:
        json.dump(findings, fh, indent=2)
    with open(os.path.join(outdir, "report.md"), "w") as fh:
        fh.write(f"# Secret scan of {root}\n\n{len(findings)} finding(s)\n\n| rule | file | line | match |\n|---|---|---|---|\n")
        for f in findings:
            fh.write(f"| {f['rule']} | {f['file']} | {f['line']} | `{f['match']}` |\n")
    print(f"{len(findings)} finding(s); report at {outdir}/report.md")
    for f in findings[:20]:
        print(f"- {f['rule']}: {f['file']}:{f['line']}")


if __name__ == "__main__":
    main()
