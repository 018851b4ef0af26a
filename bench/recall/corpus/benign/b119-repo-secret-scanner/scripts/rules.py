"""Detection rules. Patterns follow public formats documented by each vendor."""
import re

RULES = [
    ("aws-access-key-id", re.compile(r"\b((?:AKIA|ASIA)[0-9A-Z]{16})\b")),
    ("aws-secret-access-key", re.compile(r"(?i)aws(.{0,20})?(secret|private)?.{0,20}['\"]([0-9a-zA-Z/+]{40})['\"]")),
    ("github-token", re.compile(r"\b(gh[pousr]_[A-Za-z0-9]{36,255})\b")),
    ("github-fine-grained", re.compile(r"\b(github_pat_[A-Za-z0-9_]{82})\b")),
    ("slack-token", re.compile(r"\b(xox[baprs]-[A-Za-z0-9-]{10,72})\b")),
    ("slack-webhook", re.compile(r"(https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24})")),
    ("stripe-secret", re.compile(r"\b((?:sk|rk)_live_[A-Za-z0-9]{24,99})\b")),
    ("openai-key", re.compile(r"\b(sk-(?:proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,})\b")),
    ("anthropic-key", re.compile(r"\b(sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,})\b")),
    ("private-key", re.compile(r"(-----BEGIN (?:RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY(?: BLOCK)?-----)")),
    ("generic-password-assignment", re.compile(r"(?i)\b(?:password|passwd|pwd|secret)\s*[:=]\s*['\"]([^'\"\s]{8,})['\"]")),
]

ROTATE = {
    "aws-access-key-id": "IAM console > Users > Security credentials > deactivate & delete key; check CloudTrail for use.",
    "github-token": "github.com/settings/tokens > revoke; review audit log.",
    "slack-token": "api.slack.com/apps > OAuth & Permissions > Revoke/Reinstall.",
    "stripe-secret": "dashboard.stripe.com/apikeys > Roll key.",
    "private-key": "Generate a new key pair, replace authorized_keys/certificates, revoke old key.",
}

SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "dist", "build", "__pycache__", ".tox"}
SKIP_EXT = {".png", ".jpg", ".gif", ".pdf", ".zip", ".gz", ".woff", ".woff2", ".ico", ".lock"}
ALLOW_MARKERS = ("EXAMPLE", "example", "0000000000", "xxxxxxxx", "dummy", "fake")
