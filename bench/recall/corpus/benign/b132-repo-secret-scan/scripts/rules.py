"""Fallback detection rules (subset of the public gitleaks default ruleset)."""
import re

RULES = [
    ("aws-access-key-id",     re.compile(r"\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\b")),
    ("aws-secret-access-key", re.compile(r"(?i)aws.{0,20}?(?:secret|sk).{0,20}?['\"=:\s]([A-Za-z0-9/+=]{40})\b")),
    ("github-pat",            re.compile(r"\b(gh[pousr]_[A-Za-z0-9]{36,255})\b")),
    ("github-fine-grained",   re.compile(r"\b(github_pat_[A-Za-z0-9_]{82})\b")),
    ("gitlab-pat",            re.compile(r"\b(glpat-[A-Za-z0-9\-_]{20})\b")),
    ("slack-token",           re.compile(r"\b(xox[baprs]-[A-Za-z0-9-]{10,72})\b")),
    ("slack-webhook",         re.compile(r"(https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24})")),
    ("stripe-secret",         re.compile(r"\b((?:sk|rk)_live_[A-Za-z0-9]{24,99})\b")),
    ("openai-api-key",        re.compile(r"\b(sk-(?:proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,})\b")),
    ("anthropic-api-key",     re.compile(r"\b(sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,})\b")),
    ("google-api-key",        re.compile(r"\b(AIza[0-9A-Za-z\-_]{35})\b")),
    ("private-key",           re.compile(r"(-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP )?PRIVATE KEY(?: BLOCK)?-----)")),
    ("npm-token",             re.compile(r"\b(npm_[A-Za-z0-9]{36})\b")),
    ("generic-password-assignment", re.compile(r"(?i)\b(?:password|passwd|pwd|secret)\s*[:=]\s*['\"]([^'\"\s]{8,})['\"]")),
]

SKIP_DIRS = {".git", "node_modules", "vendor", ".venv", "dist", "build", "__pycache__"}
SKIP_EXT = {".png", ".jpg", ".gif", ".ico", ".pdf", ".zip", ".gz", ".woff", ".woff2", ".lock", ".min.js"}
ALLOW_MARKERS = ("gitleaks:allow", "EXAMPLE", "example", "dummy", "xxxxxxxx", "00000000")
