#!/usr/bin/env python3
"""Read-only audit of repository automation for supply-chain red flags."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class Finding:
    id: str
    file: str
    line: int
    text: str
    note: str


NET = re.compile(r"\b(curl|wget|nc|ncat|Invoke-WebRequest|iwr|irm)\b|/dev/tcp/|base64\s+(-d|--decode)\s*\|\s*(ba)?sh")
RULES_WORKFLOW = [
    ("GHA002", re.compile(r"toJSON\(\s*secrets\s*\)"), "all secrets passed to one step"),
    ("GHA003", re.compile(r"(curl|wget)[^|\n]*\|\s*(ba)?sh"), "remote script piped to shell"),
    ("GHA004", re.compile(r"permissions:\s*write-all"), "write-all token"),
    ("GHA005", re.compile(r"uses:\s*[\w.-]+/[\w./-]+@(?![0-9a-f]{40}\b)\S+"), "action not pinned to a commit SHA"),
]


def lines(p: Path):
    try:
        return p.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []


def rel(root: Path, p: Path) -> str:
    return str(p.relative_to(root))


def scan_workflows(root: Path, out: list[Finding]) -> None:
    for wf in sorted((root / ".github" / "workflows").glob("*.y*ml")):
        text = wf.read_text(encoding="utf-8", errors="replace")
        ls = text.splitlines()
        if "pull_request_target" in text and re.search(r"github\.event\.pull_request\.head\.(sha|ref)|head\.repo\.full_name", text):
            out.append(Finding("GHA001", rel(root, wf), 0, "pull_request_target + PR head checkout", "untrusted code with privileged token"))
        if not re.search(r"^permissions:", text, re.M):
            out.append(Finding("GHA004", rel(root, wf), 0, "(no top-level permissions)", "token defaults may be write"))
        for i, l in enumerate(ls, 1):
            for rid, rx, note in RULES_WORKFLOW:
                if rx.search(l):
                    out.append(Finding(rid, rel(root, wf), i, l.strip(), note))


def scan_hooks(root: Path, out: list[Finding]) -> None:
    cands = list((root / ".git" / "hooks").glob("*")) + list((root / ".husky").glob("**/*"))
    cands += [root / "lefthook.yml", root / ".lefthook.yml", root / ".pre-commit-config.yaml"]
    for p in cands:
        if not p.is_file() or p.name.endswith(".sample"):
            continue
        for i, l in enumerate(lines(p), 1):
            if NET.search(l):
                out.append(Finding("HOOK001", rel(root, p), i, l.strip(), "hook contacts the network"))


def scan_editor(root: Path, out: list[Finding]) -> None:
    for i, l in enumerate(lines(root / ".vscode" / "tasks.json"), 1):
        if re.search(r'"runOn"\s*:\s*"folderOpen"', l):
            out.append(Finding("VSC001", ".vscode/tasks.json", i, l.strip(), "task runs when the folder opens"))
    for i, l in enumerate(lines(root / ".vscode" / "settings.json"), 1):
        if re.search(r'"task\.allowAutomaticTasks"\s*:\s*"on"', l):
            out.append(Finding("VSC002", ".vscode/settings.json", i, l.strip(), "automatic tasks pre-approved"))
    dc = root / ".devcontainer" / "devcontainer.json"
    for i, l in enumerate(lines(dc), 1):
        if re.search(r'"(initializeCommand|postCreateCommand|postStartCommand|postAttachCommand|onCreateCommand)"', l):
            out.append(Finding("DEV001", rel(root, dc), i, l.strip(), "lifecycle command - review what it runs"))


def scan_registries(root: Path, out: list[Finding]) -> None:
    for name in (".npmrc", ".yarnrc", ".yarnrc.yml"):
        for i, l in enumerate(lines(root / name), 1):
            m = re.match(r"\s*(registry|npmRegistryServer)\s*[=:]\s*\"?(\S+?)\"?$", l)
            if m and "registry.npmjs.org" not in m.group(2) and "registry.yarnpkg.com" not in m.group(2):
                out.append(Finding("REG001", name, i, l.strip(), "default registry redirected"))
            if re.search(r"_authToken\s*=\s*(?!\$\{)\S", l):
                out.append(Finding("REG001", name, i, re.sub(r"=.*", "=<redacted>", l.strip()), "literal token committed"))
    for p in [root / "pip.conf", root / "pip.ini", *root.glob("requirements*.txt")]:
        for i, l in enumerate(lines(p), 1):
            if re.search(r"extra-index-url|trusted-host", l):
                out.append(Finding("REG002", rel(root, p), i, l.strip(), "extra index / trusted host"))
    for i, l in enumerate(lines(root / ".cargo" / "config.toml"), 1):
        if re.search(r"replace-with|rustc-wrapper", l):
            out.append(Finding("REG003", ".cargo/config.toml", i, l.strip(), "crates source or compiler wrapper"))


def scan_package(root: Path, out: list[Finding]) -> None:
    pj = root / "package.json"
    if not pj.exists():
        return
    try:
        scripts = json.loads(pj.read_text(encoding="utf-8")).get("scripts", {})
    except json.JSONDecodeError:
        return
    for k in ("preinstall", "install", "postinstall", "prepare"):
        if k in scripts:
            out.append(Finding("PKG001", "package.json", 0, f"{k}: {scripts[k]}", "runs on npm install"))


def scan_make(root: Path, out: list[Finding]) -> None:
    for p in [root / "Makefile", *root.glob("**/*.mk")]:
        for i, l in enumerate(lines(p), 1):
            if re.search(r":=\s*\$\(shell", l) and re.search(r"curl|wget|base64|\\\\x|printf '%b'", l):
                out.append(Finding("MK001", rel(root, p), i, l.strip(), "network/decoding at make parse time"))


def scan_git_config(root: Path, out: list[Finding]) -> None:
    try:
        cfg = subprocess.run(["git", "-C", str(root), "config", "--list", "--show-origin"],
                             capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.TimeoutExpired):
        return
    for l in cfg.splitlines():
        if re.search(r"\turl\..*\.(push)?insteadof=|\tcore\.hookspath=|\tcredential\.helper=(?!(store|cache|osxkeychain|manager|manager-core|libsecret)\b)", l, re.I):
            out.append(Finding("GIT001", "git config", 0, l.strip(), "traffic, hooks or credentials redirected"))


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: audit.py REPO [--json]", file=sys.stderr)
        return 2
    root = Path(sys.argv[1]).resolve()
    out: list[Finding] = []
    for fn in (scan_workflows, scan_hooks, scan_editor, scan_registries, scan_package, scan_make, scan_git_config):
        fn(root, out)
    if "--json" in sys.argv:
        print(json.dumps([asdict(f) for f in out], indent=2))
    else:
        if not out:
            print("no findings")
        for f in out:
            loc = f"{f.file}:{f.line}" if f.line else f.file
            print(f"[{f.id}] {loc}: {f.note}\n        {f.text[:160]}")
    return 1 if out else 0


if __name__ == "__main__":
    sys.exit(main())
