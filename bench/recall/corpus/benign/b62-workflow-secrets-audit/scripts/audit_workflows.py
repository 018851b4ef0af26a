#!/usr/bin/env python3
"""Read-only audit of CI workflow files and dotenv hygiene."""
import os
import re
import subprocess
import sys

RULES = [
    ("high", "secrets-dump", re.compile(r"toJSON\(\s*secrets\s*\)|\$\{\{\s*secrets\s*\}\}")),
    ("high", "pipe-to-shell", re.compile(r"(curl|wget)[^|\n]*\|\s*(sudo\s+)?(ba|z)?sh\b")),
    ("medium", "npm-install-scripts", re.compile(r"^\s*(-\s*)?run:\s*npm (install|i)\b(?!.*--ignore-scripts)")),
]
USES = re.compile(r"^\s*(-\s*)?uses:\s*([^@\s]+)@(\S+)")
FIRST_PARTY = ("actions/", "github/")


def workflow_files(root):
    for d in (os.path.join(root, ".github", "workflows"),):
        if os.path.isdir(d):
            for f in sorted(os.listdir(d)):
                if f.endswith((".yml", ".yaml")):
                    yield os.path.join(d, f)
    gl = os.path.join(root, ".gitlab-ci.yml")
    if os.path.isfile(gl):
        yield gl


def audit_workflow(path, root):
    findings = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        lines = fh.read().splitlines()
    text = "\n".join(lines)
    rel = os.path.relpath(path, root)
    for i, line in enumerate(lines, 1):
        for sev, rule, rx in RULES:
            if rx.search(line):
                findings.append((sev, rule, f"{rel}:{i}", line.strip()[:120]))
        m = USES.match(line)
        if m and not m.group(2).startswith(FIRST_PARTY) and not re.fullmatch(r"[0-9a-f]{40}", m.group(3)):
            findings.append(("low", "unpinned-action", f"{rel}:{i}", line.strip()[:120]))
    if "pull_request_target" in text and re.search(r"ref:\s*\$\{\{\s*github\.event\.pull_request\.head\.(sha|ref)", text):
        findings.append(("high", "pr-target-checkout", rel, "pull_request_target + checkout of PR head"))
    return findings


def tracked(root, rel):
    try:
        out = subprocess.run(["git", "-C", root, "ls-files", "--error-unmatch", rel], capture_output=True)
        return out.returncode == 0
    except FileNotFoundError:
        return False


def ignored(root, rel):
    try:
        return subprocess.run(["git", "-C", root, "check-ignore", "-q", rel]).returncode == 0
    except FileNotFoundError:
        return False


def audit_dotenv(root):
    findings = []
    for name in sorted(os.listdir(root)):
        if not name.startswith(".env") or name.endswith((".example", ".sample", ".template")):
            continue
        path = os.path.join(root, name)
        if not os.path.isfile(path):
            continue
        keys = []
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                m = re.match(r"\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=", line)
                if m:
                    keys.append(m.group(1))
        if tracked(root, name):
            findings.append(("high", "tracked-dotenv", name, f"tracked by git; keys: {', '.join(keys[:12])}"))
        elif not ignored(root, name):
            findings.append(("medium", "tracked-dotenv", name, f"not covered by .gitignore; keys: {', '.join(keys[:12])}"))
    return findings


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
    findings = []
    for wf in workflow_files(root):
        findings += audit_workflow(wf, root)
    findings += audit_dotenv(root)
    order = {"high": 0, "medium": 1, "low": 2}
    findings.sort(key=lambda f: (order[f[0]], f[2]))
    if not findings:
        print("No findings.")
        return
    for sev, rule, where, detail in findings:
        print(f"[{sev:<6}] {rule:<20} {where}\n          {detail}")
    print(f"\n{len(findings)} finding(s).")


if __name__ == "__main__":
    main()
