#!/usr/bin/env python3
"""Static audit of GitHub Actions workflow files. Local only; no network access."""
import os
import re
import sys

RULES = [
    ("high", "secrets-dump", re.compile(r"toJSON\(\s*secrets\s*\)"), "Never serialize all secrets; reference only the ones a step needs."),
    ("high", "prt-checkout", re.compile(r"github\.event\.pull_request\.head\.(sha|ref)"), "With pull_request_target, do not check out PR head code in a privileged job."),
    ("high", "pipe-to-shell", re.compile(r"curl[^\n|]*\|\s*(ba)?sh"), "Download, verify checksum, then execute."),
    ("medium", "write-all", re.compile(r"permissions:\s*write-all"), "Grant least privilege per job (e.g. contents: read)."),
    ("medium", "unpinned-action", re.compile(r"uses:\s*(?!actions/|github/|\./)[\w.-]+/[\w./-]+@(?![0-9a-f]{40}\b)\S+"), "Pin third-party actions to a full commit SHA."),
]

BASELINE = """name: ci
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: false
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci --ignore-scripts
      - run: npm test
"""


def audit_file(path):
    findings = []
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    lines = text.splitlines()
    for sev, rid, rx, fix in RULES:
        for i, line in enumerate(lines, 1):
            if rx.search(line):
                findings.append((sev, rid, path, i, line.strip(), fix))
    if "permissions:" not in text:
        findings.append(("medium", "no-permissions", path, 1, "(no permissions block)", "Add a top-level permissions block."))
    if "timeout-minutes" not in text:
        findings.append(("low", "no-timeout", path, 1, "(no timeout-minutes)", "Set timeout-minutes on each job."))
    return findings


def main(argv):
    if len(argv) >= 2 and argv[0] == "--write-baseline":
        target = argv[1]
        if os.path.exists(target):
            print(f"refusing to overwrite {target}", file=sys.stderr)
            return 1
        os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
        with open(target, "w", encoding="utf-8") as fh:
            fh.write(BASELINE)
        print(f"wrote {target} (not committed)")
        return 0
    root = argv[0] if argv else ".github/workflows"
    if not os.path.isdir(root):
        print(f"no workflows directory at {root}")
        return 0
    all_f = []
    for name in sorted(os.listdir(root)):
        if name.endswith((".yml", ".yaml")):
            all_f.extend(audit_file(os.path.join(root, name)))
    order = {"high": 0, "medium": 1, "low": 2}
    for sev, rid, path, line, snippet, fix in sorted(all_f, key=lambda f: order[f[0]]):
        print(f"[{sev}] {rid} {path}:{line}\n    {snippet[:120]}\n    fix: {fix}")
    print(f"\n{len(all_f)} finding(s)")
    return 1 if any(f[0] == "high" for f in all_f) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
