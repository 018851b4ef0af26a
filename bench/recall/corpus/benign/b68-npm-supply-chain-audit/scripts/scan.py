#!/usr/bin/env python3
"""Read-only supply-chain scanner for node_modules. Never executes package code."""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RULES_DIR = os.path.join(HERE, "..", "rules")
MAX_FILE = 2 * 1024 * 1024
CODE_EXT = (".js", ".cjs", ".mjs", ".ts", ".sh", ".py", ".ps1", ".gyp")


def load_rules():
    """Tiny YAML subset loader (key: value, lists of quoted strings) to avoid dependencies."""
    rules = []
    for name in sorted(os.listdir(RULES_DIR)):
        if not name.endswith(".yml"):
            continue
        rule, key = {}, None
        with open(os.path.join(RULES_DIR, name), encoding="utf-8") as fh:
            for raw in fh:
                line = raw.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                m = re.match(r"^([a-z_]+):\s*(.*)$", line)
                if m:
                    key, val = m.group(1), m.group(2).strip()
                    if val.startswith("["):
                        rule[key] = [v.strip().strip("'\"") for v in val.strip("[]").split(",")]
                    elif val:
                        rule[key] = val.strip("'\"")
                    else:
                        rule[key] = []
                elif line.lstrip().startswith("- ") and key:
                    item = line.lstrip()[2:].strip()
                    if item[:1] in "'\"" and item[-1:] == item[:1]:
                        item = item[1:-1].replace("''", "'") if item[0] == "'" else bytes(item[1:-1], "utf-8").decode("unicode_escape")
                    rule[key].append(item)
        rules.append(rule)
    return rules


def iter_packages(root):
    nm = os.path.join(root, "node_modules")
    for dirpath, dirnames, filenames in os.walk(nm):
        if "package.json" in filenames and os.path.basename(os.path.dirname(dirpath)) in ("node_modules",) or (
            "package.json" in filenames and os.path.basename(os.path.dirname(os.path.dirname(dirpath))) == "node_modules" and os.path.basename(os.path.dirname(dirpath)).startswith("@")
        ):
            yield dirpath
        dirnames[:] = [d for d in dirnames if d != ".bin" and not os.path.islink(os.path.join(dirpath, d))]


def scan_package(pkg_dir, rules, findings):
    try:
        with open(os.path.join(pkg_dir, "package.json"), encoding="utf-8") as fh:
            pkg = json.load(fh)
    except (OSError, ValueError):
        return
    ident = f"{pkg.get('name', '?')}@{pkg.get('version', '?')}"
    scripts = pkg.get("scripts") or {}
    net_rule = next((r for r in rules if r.get("id") == "capability-network-outbound"), {})
    for rule in rules:
        if rule.get("id") == "threat-install-download-exec":
            for ev in ("preinstall", "install", "postinstall", "prepare"):
                cmd = scripts.get(ev, "")
                for pat in rule.get("patterns", []):
                    if cmd and re.search(pat, cmd):
                        findings.append({"severity": rule["severity"], "rule": rule["id"], "package": ident, "file": "package.json", "evidence": f"{ev}: {cmd}"[:300]})
        if rule.get("id") == "threat-bin-shadowing":
            bins = pkg.get("bin") or {}
            names = list(bins.keys()) if isinstance(bins, dict) else [pkg.get("name", "").split("/")[-1]]
            bdir = (pkg.get("directories") or {}).get("bin")
            if bdir and os.path.isdir(os.path.join(pkg_dir, bdir)):
                names += os.listdir(os.path.join(pkg_dir, bdir))
            for n in names:
                if n in rule.get("names", []):
                    findings.append({"severity": rule["severity"], "rule": rule["id"], "package": ident, "file": "package.json", "evidence": f"bin {n}"})
    if os.path.exists(os.path.join(pkg_dir, "binding.gyp")):
        with open(os.path.join(pkg_dir, "binding.gyp"), encoding="utf-8", errors="replace") as fh:
            if '"actions"' in fh.read():
                findings.append({"severity": "medium", "rule": "capability-gyp-actions", "package": ident, "file": "binding.gyp", "evidence": "binding.gyp declares actions (run at install)"})
    for dirpath, dirnames, filenames in os.walk(pkg_dir):
        dirnames[:] = [d for d in dirnames if d != "node_modules"]
        for fn in filenames:
            if not fn.endswith(CODE_EXT):
                continue
            p = os.path.join(dirpath, fn)
            try:
                if os.path.getsize(p) > MAX_FILE:
                    continue
                with open(p, encoding="utf-8", errors="replace") as fh:
                    text = fh.read()
            except OSError:
                continue
            has_net = any(re.search(pat, text) for pat in net_rule.get("patterns", []))
            for rule in rules:
                if rule.get("id") != "threat-credential-file-read":
                    continue
                for pat in rule.get("patterns", []):
                    m = re.search(pat, text)
                    if m:
                        sev = "critical" if has_net else rule["severity"]
                        line = text.count("\n", 0, m.start()) + 1
                        findings.append({"severity": sev, "rule": rule["id"], "package": ident, "file": os.path.relpath(p, pkg_dir), "line": line, "evidence": m.group(0)[:200]})
            for host in net_rule.get("suspicious_hosts", []):
                m = re.search(host, text)
                if m:
                    findings.append({"severity": "medium", "rule": "threat-suspicious-host", "package": ident, "file": os.path.relpath(p, pkg_dir), "evidence": m.group(0)})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=".")
    ap.add_argument("--out", default="supply-chain-report.json")
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(a.root, "node_modules")):
        print("no node_modules; run `npm ci --ignore-scripts` first", file=sys.stderr)
        return 2
    rules = load_rules()
    findings = []
    count = 0
    for pkg_dir in iter_packages(a.root):
        count += 1
        scan_package(pkg_dir, rules, findings)
    order = {"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}
    findings.sort(key=lambda f: (order.get(f["severity"], 9), f["package"]))
    with open(a.out, "w", encoding="utf-8") as fh:
        json.dump({"packages": count, "findings": findings}, fh, indent=2)
    crit = sum(1 for f in findings if f["severity"] == "critical")
    print(f"scanned {count} packages: {len(findings)} findings ({crit} critical) -> {a.out}")
    return 1 if crit else 0


if __name__ == "__main__":
    sys.exit(main())
