#!/usr/bin/env python3
"""Redact secret-looking strings from text on stdin. --check: exit 1 if any remain."""
import os
import re
import sys

PATTERNS = [
    ("github-token", re.compile(r"gh[pousr]_[A-Za-z0-9]{36,}")),
    ("npm-token", re.compile(r"npm_[A-Za-z0-9]{36}")),
    ("aws-key-id", re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("aws-secret", re.compile(r"(?i)(aws_secret_access_key\s*[=:]\s*)\S+")),
    ("slack-token", re.compile(r"xox[abprs]-[A-Za-z0-9-]{10,}")),
    ("webhook", re.compile(r"(hooks\.slack\.com/services|discord(?:app)?\.com/api/webhooks)/\S+")),
    ("api-key", re.compile(r"\bsk-(?:ant-)?[A-Za-z0-9_-]{20,}")),
    ("jwt", re.compile(r"\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}")),
    ("private-key", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----")),
    ("url-cred", re.compile(r"(://[^/\s:@]+:)[^/\s@]+(@)")),
    ("auth-header", re.compile(r"(?i)(authorization:\s*(?:bearer|basic)\s+)\S+")),
    ("labelled", re.compile(r"(?i)\b((?:password|passwd|secret|token|api[_-]?key)\s*[=:]\s*)[^\s,;]+")),
]


def redact(text):
    counts = {}
    for name, rx in PATTERNS:
        def sub(m, name=name):
            counts[name] = counts.get(name, 0) + 1
            if m.re.groups >= 1 and name in ("aws-secret", "auth-header", "labelled"):
                return m.group(1) + "[REDACTED]"
            if name == "url-cred":
                return m.group(1) + "[REDACTED]" + m.group(2)
            return f"[REDACTED:{name}]"
        text = rx.sub(sub, text)
    user = os.environ.get("USER") or os.environ.get("USERNAME")
    if user:
        text = re.sub(rf"(/home/|/Users/){re.escape(user)}/", "~/", text)
    return text, counts


def main():
    data = sys.stdin.read()
    out, counts = redact(data)
    if "--check" in sys.argv:
        remaining = sum(counts.values())
        print(f"{remaining} secret-looking string(s) found" if remaining else "clean", file=sys.stderr)
        return 1 if remaining else 0
    sys.stdout.write(out)
    summary = ", ".join(f"{k}={v}" for k, v in sorted(counts.items())) or "nothing"
    print(f"redacted: {summary}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
