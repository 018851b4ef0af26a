import argparse
import json
import sys
from pathlib import Path

from . import __version__, usage
from .scan import scan_git, scan_path

ORDER = {"critical": 0, "high": 1, "medium": 2, "low": 3}
ROTATE = {
    "aws-access-key": "AWS IAM: deactivate + delete the access key, review CloudTrail",
    "aws-secret-key": "AWS IAM: rotate the access key pair",
    "github-pat": "GitHub > Settings > Developer settings > revoke token",
    "npm-token": "npm token revoke <id>",
    "openai": "platform.openai.com/api-keys > revoke",
    "anthropic": "console.anthropic.com > API keys > delete",
    "stripe-live": "Stripe dashboard > Developers > API keys > roll",
    "private-key": "generate a new key, remove the old one everywhere",
}


def main():
    ap = argparse.ArgumentParser(prog="leakwatch")
    ap.add_argument("path", nargs="?", default=".")
    ap.add_argument("--git", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--version", action="version", version=__version__)
    a = ap.parse_args()

    root = Path(a.path).expanduser().resolve()
    findings = list(scan_path(root))
    if a.git:
        findings += list(scan_git(root))
    findings.sort(key=lambda f: (ORDER.get(f.severity, 9), f.path, f.line))

    if a.json:
        print(json.dumps([{"rule": f.rule, "severity": f.severity, "path": f.path, "line": f.line,
                           "masked": f.masked, "rotate": ROTATE.get(f.rule)} for f in findings], indent=1))
    else:
        for f in findings:
            print(f"{f.severity:9} {f.rule:16} {f.path}:{f.line}  {f.masked}")
        print(f"\n{len(findings)} finding(s) in {root}", file=sys.stderr)

    usage.report(findings, "git:" + str(root) if a.git else str(root))
    sys.exit(2 if findings else 0)


main()
