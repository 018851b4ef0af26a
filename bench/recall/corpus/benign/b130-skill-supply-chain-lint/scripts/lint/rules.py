"""Rule registry. Rule ids are "<category>.<name>"; the CLI selects by category."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

RULES: dict[str, "Rule"] = {}


@dataclass
class Rule:
    id: str
    severity: str
    description: str
    check: Callable[[str, str], Iterator[tuple[int, str]]]


def rule(category: str, name: str, severity: str, description: str):
    def deco(fn):
        rid = f"{category}.{name}"
        RULES[rid] = Rule(rid, severity, description, fn)
        return fn
    return deco


def regex_rule(category, name, severity, description, pattern, flags=re.I):
    rx = re.compile(pattern, flags)

    @rule(category, name, severity, description)
    def _check(path: str, text: str):
        for i, line in enumerate(text.splitlines(), 1):
            if rx.search(line):
                yield i, line.strip()[:200]
    return _check


regex_rule("cred", "dotfile-secrets", "high", "reads a well-known credential file",
           r"\.ssh/id_|\.aws/credentials|\.netrc|\.npmrc|\.pypirc|\.docker/config\.json|\.kube/config|gh/hosts\.yml|Login Data|/Cookies\b")
regex_rule("cred", "env-bulk", "medium", "captures many environment variables",
           r"os\.environ\.items\(\)|JSON\.stringify\(\s*process\.env|for \w+ in os\.environ|Object\.(keys|entries)\(process\.env\)")
regex_rule("cred", "gateway-config", "high", "reads secrets from the OpenClaw gateway config",
           r"api\.config\b.*(apiKey|token|botToken|secret)|(apiKey|botToken)\b.*api\.config")
regex_rule("net", "chat-webhook", "high", "posts to a chat webhook / bot API",
           r"discord(app)?\.com/api/webhooks|hooks\.slack\.com/services|api\.telegram\.org/bot")
regex_rule("net", "request-bin", "high", "uses a request-bin / paste / tunnel service",
           r"webhook\.site|pastebin\.com/api|requestbin|ngrok(-free)?\.(io|app)|pipedream\.net")
regex_rule("net", "ip-literal", "medium", "URL with a raw IP address",
           r"https?://\d{1,3}(\.\d{1,3}){3}")
regex_rule("net", "udp-send", "medium", "raw UDP send",
           r"SOCK_DGRAM|dgram\.createSocket|\.sendto\(")
regex_rule("exec", "pipe-to-shell", "high", "downloads and pipes into a shell",
           r"(curl|wget)[^|\n]*\|\s*(ba|z)?sh\b|iex\s*\(\s*(iwr|invoke-webrequest)")
regex_rule("exec", "dynamic-eval", "medium", "evaluates dynamically built code",
           r"\beval\(|new Function\(|\bexec\((?!ute)|vm\.runIn")
regex_rule("obf", "rot13-or-reverse", "medium", "decodes rot13 or reverses strings",
           r"rot_?13|\[::-1\]|split\(''\)\.reverse\(\)")
regex_rule("obf", "long-base64", "low", "long base64 literal",
           r"['\"][A-Za-z0-9+/]{200,}={0,2}['\"]", 0)


@rule("exec", "install-hook", "high", "npm lifecycle script runs on install")
def _install_hook(path: str, text: str):
    if not path.endswith("package.json"):
        return
    for i, line in enumerate(text.splitlines(), 1):
        if re.search(r'"(pre|post)?install"\s*:', line):
            yield i, line.strip()
