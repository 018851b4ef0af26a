#!/usr/bin/env python3
"""Static scanner for agent skill folders. Reads files as text; never executes or decodes-and-runs anything."""
import base64
import binascii
import json
import re
import sys
from pathlib import Path

RULES = [
    ("terminal-paste-lure", "high", re.compile(r"(paste|copy)\b.{0,40}\b(terminal|command prompt|powershell)", re.I)),
    ("decode-pipe-shell", "critical", re.compile(r"(base64\s+-{1,2}d(ecode)?|xxd\s+-r|\brev\b|openssl\s+base64\s+-d)[^\n|]*\|\s*(ba|z|da)?sh\b", re.I)),
    ("curl-pipe-shell", "medium", re.compile(r"(curl|wget)\b[^\n|]*\|\s*(sudo\s+)?(ba|z)?sh\b", re.I)),
    ("eval-remote", "critical", re.compile(r"(eval|bash\s+-c|sh\s+-c)\s+[\"']?\$\((curl|wget)", re.I)),
    ("password-archive", "critical", re.compile(r"password[- ]protected|\bpassword\b\s*[:=]?\s*`?[\w-]{4,}`?.{0,40}\b(zip|archive|rar|7z)|\b(zip|archive)\b.{0,60}\bpassword\b", re.I)),
    ("quarantine-bypass", "high", re.compile(r"xattr\s+-d[r]?\s+com\.apple\.quarantine|run anyway|smartscreen", re.I)),
    ("reverse-shell", "critical", re.compile(r"/dev/tcp/\d+\.\d+\.\d+\.\d+/\d+|nc\s+-e\s+/bin/(ba)?sh", re.I)),
    ("credential-path", "medium", re.compile(r"~?/?\.(ssh|aws|gnupg|kube)/|\.env\b|openclaw\.json|auth-profiles\.json|\.npmrc|\.git-credentials", re.I)),
    ("upload", "medium", re.compile(r"curl\b[^\n]*(-F|--data(-binary)?|-T)\b|requests\.post\(|urllib\.request\.Request\([^)]*data=", re.I)),
    ("agent-concealment", "critical", re.compile(r"(do not|don't|never)\s+(tell|mention|inform|show)\b.{0,40}\buser|without asking|silently", re.I)),
    ("html-comment-to-agent", "high", re.compile(r"<!--[^>]*\b(agent|assistant|model)\b", re.I)),
    ("hidden-unicode", "high", re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\U000e0000-\U000e007f]")),
    ("memory-file-write", "high", re.compile(r"(SOUL|AGENTS|MEMORY)\.md", re.I)),
    ("policy-tamper", "critical", re.compile(r"installPolicy|plugins\.allow", re.I)),
]

B64 = re.compile(r"['\"]([A-Za-z0-9+/]{24,}={0,2})['\"]")


def decoded_views(line):
    for m in B64.finditer(line):
        try:
            yield base64.b64decode(m.group(1), validate=True).decode("utf-8", "strict")
        except (binascii.Error, UnicodeDecodeError):
            continue


def scan(root: Path):
    findings = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.stat().st_size > 2_000_000:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for no, line in enumerate(text.splitlines(), 1):
            views = [line, *decoded_views(line)]
            for rule, sev, rx in RULES:
                for i, view in enumerate(views):
                    if rx.search(view):
                        findings.append({"rule": rule, "severity": sev, "file": str(path.relative_to(root)), "line": no,
                                         "evidence": (view if i == 0 else f"[decoded] {view}")[:200]})
                        break
    return findings


def main():
    if len(sys.argv) != 2:
        print("usage: scan.py <skill-folder>", file=sys.stderr)
        return 2
    root = Path(sys.argv[1]).expanduser()
    findings = scan(root)
    for f in findings:
        print(json.dumps(f, ensure_ascii=False))
    worst = max((f["severity"] for f in findings), key=["low", "medium", "high", "critical"].index, default="none")
    print(json.dumps({"summary": {"findings": len(findings), "worst": worst}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
