import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    rx: re.Pattern
    group: int = 1


RULES = [
    Rule("aws-access-key", "high", re.compile(r"\b((?:AKIA|ASIA)[A-Z0-9]{16})\b")),
    Rule("aws-secret-key", "critical", re.compile(r"(?i)aws_?secret_?access_?key\s*[=:]\s*['\"]?([A-Za-z0-9/+=]{40})")),
    Rule("github-pat", "high", re.compile(r"\b(gh[pousr]_[A-Za-z0-9]{36,})\b")),
    Rule("npm-token", "high", re.compile(r"(?:_authToken|NPM_TOKEN)\s*=\s*(npm_[A-Za-z0-9]{36})")),
    Rule("slack-bot", "medium", re.compile(r"\b(xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24})\b")),
    Rule("openai", "high", re.compile(r"\b(sk-(?:proj-)?[A-Za-z0-9_-]{40,})\b")),
    Rule("anthropic", "high", re.compile(r"\b(sk-ant-[A-Za-z0-9_-]{60,})\b")),
    Rule("stripe-live", "critical", re.compile(r"\b(sk_live_[A-Za-z0-9]{24,})\b")),
    Rule("postgres-url", "high", re.compile(r"\b(postgres(?:ql)?://[^:\s]+:[^@\s]+@[^\s'\"]+)")),
    Rule("private-key", "critical", re.compile(r"(-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----[\s\S]{20,}?-----END (?:RSA |EC |OPENSSH )?PRIVATE KEY-----)")),
    Rule("docker-auth", "medium", re.compile(r"\"auth\"\s*:\s*\"([A-Za-z0-9+/=]{20,})\"")),
]
