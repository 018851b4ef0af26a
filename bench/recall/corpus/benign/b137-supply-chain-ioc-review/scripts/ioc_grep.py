#!/usr/bin/env python3
"""Read-only pattern scan of an extracted package directory. Prints file:line and the matched indicator."""
import json
import os
import re
import sys

PATTERNS = [
    ("install-hook", re.compile(r'"(pre|post)?install"\s*:')),
    ("setup-cmdclass", re.compile(r"cmdclass\s*=")),
    ("pyproject-backend-path", re.compile(r"backend-path")),
    ("cred-path", re.compile(r"\.npmrc|\.pypirc|\.git-credentials|\.aws/credentials|gh auth token")),
    ("webhook", re.compile(r"discord(app)?\.com/api/webhooks|api\.telegram\.org/bot|webhook\.site")),
    ("dynamic-code", re.compile(r"new Function\(|\beval\(|runInThisContext|exec\(compile\(")),
    ("pipe-to-shell", re.compile(r"\|\s*(ba)?sh\b")),
    ("ai-cli-bypass", re.compile(r"--dangerously-skip-permissions|--yolo|--trust-all-tools")),
    ("fetch-patch", re.compile(r"(globalThis|window|global)\.fetch\s*=|XMLHttpRequest\.prototype\.send\s*=")),
    ("long-base64", re.compile(r"[A-Za-z0-9+/]{200,}={0,2}")),
    ("npm-republish", re.compile(r"npm\s+publish|/-/whoami")),
]


def main(root):
    hits = []
    for dp, dns, fns in os.walk(root):
        dns[:] = [d for d in dns if d != ".git"]
        for fn in fns:
            p = os.path.join(dp, fn)
            try:
                with open(p, encoding="utf-8", errors="ignore") as fh:
                    for i, line in enumerate(fh, 1):
                        for name, rx in PATTERNS:
                            if rx.search(line):
                                hits.append({"file": os.path.relpath(p, root), "line": i, "indicator": name, "text": line.strip()[:160]})
            except OSError:
                pass
    print(json.dumps(hits, indent=2))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
