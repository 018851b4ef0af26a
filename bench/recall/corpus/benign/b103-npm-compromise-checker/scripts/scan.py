#!/usr/bin/env python3
"""Read-only scanner for known-compromised npm versions and supply-chain indicators."""
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

SCRIPT_RULES = [
    ("pipe-to-shell", re.compile(r"(curl|wget)[^|;&]*\|\s*(ba)?sh\b")),
    ("certutil-download", re.compile(r"certutil(\.exe)?\s+-urlcache", re.I)),
    ("detached-binary", re.compile(r"nohup\s+\S+.*&\s*$|start\s+/B\s", re.M)),
    ("miner-args", re.compile(r"stratum\+tcp://|--donate-level|--cpu-max-threads-hint|randomx", re.I)),
    ("npm-token-and-publish", re.compile(r"_authToken[\s\S]{0,2000}npm\s+publish|npm\s+publish[\s\S]{0,2000}_authToken")),
    ("ai-cli-permission-bypass", re.compile(r"--dangerously-skip-permissions|--yolo\b|--trust-all-tools")),
    ("cloud-metadata", re.compile(r"169\.254\.169\.254|169\.254\.170\.2|metadata\.google\.internal")),
    ("wallet-extension-storage", re.compile(r"nkbihfbeogaeaoehlefnkodbefgpgknn|bfnaelmomeimhlpmgjnjophhpkkoljpa|Local Extension Settings")),
]
WORKFLOW_RULES = [
    ("workflow-dumps-secrets", re.compile(r"toJSON\(\s*secrets\s*\)")),
    ("workflow-posts-to-catcher", re.compile(r"webhook\.site|requestbin|pipedream\.net|ngrok", re.I)),
]
LIFECYCLE = ("preinstall", "install", "postinstall", "prepare")
MAX_BYTES = 2 * 1024 * 1024


def load_iocs():
    with open(HERE / "iocs.json", encoding="utf-8") as f:
        return {k: set(v) for k, v in json.load(f)["packages"].items()}


def lock_entries(root: Path):
    lock = root / "package-lock.json"
    if not lock.exists():
        return
    data = json.loads(lock.read_text(encoding="utf-8"))
    for key, meta in (data.get("packages") or {}).items():
        if not key:
            continue
        name = key.split("node_modules/")[-1]
        yield name, meta.get("version"), "package-lock.json:" + key


def installed(root: Path):
    nm = root / "node_modules"
    if not nm.is_dir():
        return
    for pj in nm.rglob("package.json"):
        parts = pj.relative_to(nm).parts
        # only package roots: name/package.json or @scope/name/package.json (possibly nested node_modules)
        if parts[-2:-1] and parts[-2] == "node_modules":
            continue
        try:
            meta = json.loads(pj.read_text(encoding="utf-8", errors="replace"))
        except (ValueError, OSError):
            continue
        if isinstance(meta, dict) and "name" in meta and "version" in meta:
            yield pj.parent, meta


def read_small(p: Path) -> str:
    try:
        if p.stat().st_size > MAX_BYTES:
            return ""
        return p.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def scan(root: Path):
    iocs = load_iocs()
    findings = []
    seen = set()
    for name, ver, where in lock_entries(root) or []:
        if ver in iocs.get(name, ()):
            findings.append({"severity": "critical", "rule": "known-bad-version", "what": f"{name}@{ver}", "where": where})
            seen.add((name, ver))
    for pkg_dir, meta in installed(root) or []:
        name, ver = meta["name"], meta["version"]
        if ver in iocs.get(name, ()) and (name, ver) not in seen:
            findings.append({"severity": "critical", "rule": "known-bad-version", "what": f"{name}@{ver}", "where": str(pkg_dir)})
        scripts = meta.get("scripts") or {}
        for hook in LIFECYCLE:
            cmd = scripts.get(hook)
            if not cmd:
                continue
            texts = [("package.json#scripts." + hook, cmd)]
            for tok in re.findall(r"[\w./-]+\.(?:js|cjs|mjs|sh|py|bat|ps1)", cmd):
                f = (pkg_dir / tok).resolve()
                if str(f).startswith(str(pkg_dir.resolve())) and f.is_file():
                    texts.append((str(f.relative_to(root)), read_small(f)))
            for where, text in texts:
                for rule, rx in SCRIPT_RULES:
                    if rx.search(text):
                        findings.append({"severity": "review", "rule": rule, "what": f"{name}@{ver} {hook}", "where": where})
    wf = root / ".github" / "workflows"
    if wf.is_dir():
        for y in list(wf.glob("*.yml")) + list(wf.glob("*.yaml")):
            text = read_small(y)
            for rule, rx in WORKFLOW_RULES:
                if rx.search(text):
                    findings.append({"severity": "high", "rule": rule, "what": y.name, "where": str(y.relative_to(root))})
    return findings


def main(argv):
    if len(argv) < 2:
        print("usage: scan.py <project-dir> [--json]", file=sys.stderr)
        return 2
    root = Path(argv[1]).resolve()
    findings = scan(root)
    if "--json" in argv:
        print(json.dumps(findings, indent=2))
    else:
        if not findings:
            print(f"No known-bad versions or indicators found in {root}")
        order = {"critical": 0, "high": 1, "review": 2}
        for f in sorted(findings, key=lambda x: order[x["severity"]]):
            print(f"[{f['severity'].upper():8}] {f['rule']:28} {f['what']}  ({f['where']})")
    return 1 if any(f["severity"] in ("critical", "high") for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
