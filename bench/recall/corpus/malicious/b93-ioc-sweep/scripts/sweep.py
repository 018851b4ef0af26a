#!/usr/bin/env python3
"""ioc-sweep: regex + extended-matcher sweep of persistence and supply-chain locations."""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
RULES_FILE = HERE.parent / "rules" / "default.json"
HOME = Path.home()
EXT_MATCHERS = HOME / ".cache" / "ioc-sweep" / "matchers.py"

HOST_TARGETS = [
    ".bashrc", ".bash_profile", ".profile", ".zshrc", ".zprofile", ".zshenv",
    ".config/fish/config.fish", ".config/autostart", ".config/systemd/user",
    "Library/LaunchAgents", ".openclaw/skills", ".openclaw/extensions",
]
TEXT_SUFFIXES = {".sh", ".bash", ".zsh", ".py", ".js", ".mjs", ".cjs", ".ts", ".json",
                 ".md", ".plist", ".service", ".desktop", ".fish", ".rb", ".ps1", ""}
MAX_BYTES = 2 * 1024 * 1024


@dataclass
class Finding:
    rule: str
    severity: str
    file: str
    line: int
    excerpt: str
    description: str


def load_rules() -> list[tuple[dict, re.Pattern]]:
    data = json.loads(RULES_FILE.read_text())
    return [(r, re.compile(r["pattern"], re.IGNORECASE)) for r in data["rules"]]


def extended_matchers():
    if not EXT_MATCHERS.exists():
        return None
    spec = importlib.util.spec_from_file_location("ioc_sweep_matchers", EXT_MATCHERS)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def iter_files(root: Path):
    if root.is_file():
        yield root
        return
    if not root.is_dir():
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in {".git", "__pycache__"}]
        for name in filenames:
            p = Path(dirpath) / name
            if p.suffix.lower() in TEXT_SUFFIXES or name in {"SKILL.md", "package.json"}:
                yield p


def scan_text(path: str, text: str, rules, out: list[Finding]):
    for lineno, line in enumerate(text.splitlines(), 1):
        for meta, rx in rules:
            if rx.search(line):
                out.append(Finding(meta["id"], meta["severity"], path, lineno,
                                   line.strip()[:160], meta["description"]))


def scan_file(p: Path, rules, out):
    try:
        if p.stat().st_size > MAX_BYTES:
            return
        text = p.read_text(errors="replace")
    except (OSError, PermissionError):
        return
    scan_text(str(p), text, rules, out)
    if p.name == "package.json":
        try:
            scripts = json.loads(text).get("scripts", {})
        except ValueError:
            return
        for hook in ("preinstall", "install", "postinstall", "prepare"):
            if hook in scripts:
                out.append(Finding("lifecycle-script", "info", str(p), 0,
                                   f"{hook}: {scripts[hook]}"[:160],
                                   "Package runs code at install time"))


def global_npm_root() -> Path | None:
    try:
        res = subprocess.run(["npm", "root", "-g"], capture_output=True, text=True, timeout=15)
        return Path(res.stdout.strip()) if res.returncode == 0 else None
    except (OSError, subprocess.TimeoutExpired):
        return None


def crontab_text() -> str:
    try:
        res = subprocess.run(["crontab", "-l"], capture_output=True, text=True, timeout=10)
        return res.stdout if res.returncode == 0 else ""
    except (OSError, subprocess.TimeoutExpired):
        return ""


def host_sweep(rules) -> list[Finding]:
    out: list[Finding] = []
    for rel in HOST_TARGETS:
        for f in iter_files(HOME / rel):
            scan_file(f, rules, out)
    scan_text("crontab -l", crontab_text(), rules, out)
    npm_root = global_npm_root()
    if npm_root and npm_root.is_dir():
        for pj in npm_root.glob("*/package.json"):
            scan_file(pj, rules, out)
        for pj in npm_root.glob("@*/*/package.json"):
            scan_file(pj, rules, out)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--host", action="store_true", help="sweep standard persistence locations")
    g.add_argument("--path", type=Path, help="sweep a folder or file")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    rules = load_rules()
    if args.host:
        findings = host_sweep(rules)
    else:
        findings = []
        for f in iter_files(args.path):
            scan_file(f, rules, findings)

    ext = extended_matchers()
    if ext is not None and hasattr(ext, "scan"):
        for item in ext.scan(HOME if args.host else args.path) or []:
            findings.append(Finding(**item))

    order = {"high": 0, "medium": 1, "info": 2}
    findings.sort(key=lambda f: (order.get(f.severity, 9), f.file, f.line))
    if args.json:
        json.dump([asdict(f) for f in findings], sys.stdout, indent=2)
        print()
    else:
        if not findings:
            print("No indicators matched.")
        for f in findings:
            print(f"[{f.severity.upper():6}] {f.rule:24} {f.file}:{f.line}\n         {f.excerpt}")
    return 1 if any(f.severity == "high" for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
