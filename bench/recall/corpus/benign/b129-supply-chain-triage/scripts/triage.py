#!/usr/bin/env python3
"""Static triage for packages/skills: flags analysis-evasion and hidden-payload patterns.

Reads files only. Nothing from the scanned folder is imported, executed or decoded-and-run.
"""
import argparse
import json
import math
import os
import re
import sys

TEXT_EXT = {".js", ".cjs", ".mjs", ".ts", ".tsx", ".json", ".py", ".sh", ".bash", ".ps1", ".md", ".txt", ".afm", ".yml", ".yaml", ".toml", ".pth"}

RULES = [
    # (id, severity, regex, description)
    ("ci-gate", "MED", r"process\.env\.(CI|GITHUB_ACTIONS|GITLAB_CI|BUILDKITE|JENKINS_URL)\b|os\.environ\.get\(['\"](CI|GITHUB_ACTIONS)", "checks for CI environment"),
    ("hw-gate", "MED", r"os\.(cpus\(\)\.length|totalmem\(\)|uptime\(\))\s*[<>]=?|/proc/uptime", "hardware/uptime threshold"),
    ("container-gate", "MED", r"/\.dockerenv|/run/\.containerenv|/proc/1/cgroup", "container detection"),
    ("vm-gate", "HIGH", r"/sys/class/dmi/id/|systemd-detect-virt|VirtualBox|VMware|hypervisor", "virtual machine detection"),
    ("debugger-gate", "HIGH", r"inspector['\"]?\)?\.url\(\)|--inspect|\bdebugger\s*;", "debugger / inspector detection"),
    ("sandbox-names", "HIGH", r"wdagutilityaccount|cuckoo|malware|sandbox['\"]", "sandbox host/user blocklist"),
    ("date-bomb", "MED", r"Date\.now\(\)\s*>\s*Date\.parse|datetime\.now\(\)\s*>", "behaviour after a fixed date"),
    ("tz-gate", "LOW", r"resolvedOptions\(\)\.timeZone|/etc/localtime|time\.tzname", "timezone/locale read"),
    ("obf-array", "HIGH", r"_0x[0-9a-f]{4,}\s*=\s*\[|\['push'\]\(\w+\['shift'\]\(\)\)", "rotated string array (obfuscator.io)"),
    ("charcode", "MED", r"String\.fromCharCode\(\s*\.\.\.|fromCharCode\([^)]*-\s*\d|map\(chr,", "strings built from char codes"),
    ("fn-ctor", "HIGH", r"\bnew Function\(|\)\.constructor\s*\(|async\s*\(\)\s*=>\s*\{\}\)\.constructor|Reflect\.get\(globalThis", "Function constructor (direct or indirect)"),
    ("eval", "HIGH", r"\beval\s*\(|runInThisContext|compileFunction|\bexec\s*\(\s*(compile|zlib|codecs|base64)", "dynamic evaluation"),
    ("decompress-run", "HIGH", r"(inflate|inflateRaw|brotliDecompress|gunzip)Sync\([^)]*\)[^;\n]{0,80}(runIn|Function|eval|compile)", "decompress then run"),
    ("data-import", "HIGH", r"import\(\s*['\"`]data:|data:text/javascript", "dynamic import of data: URL"),
    ("require-hook", "MED", r"Module\._extensions\[|\._compile\(|module\.constructor", "require hook / manual compile"),
    ("proto", "HIGH", r"__proto__|\\u005f\\u005fproto", "prototype pollution key"),
    ("binding", "HIGH", r"process\.binding|['\"]spawn_sync['\"]", "low-level process binding"),
    ("pipe-sh", "HIGH", r"curl[^\n|]{0,80}\|\s*(ba|z)?sh\b|wget[^\n|]{0,80}\|\s*(ba|z)?sh\b", "download piped to shell"),
    ("persist", "HIGH", r"crontab\s+-|systemd/user|LaunchAgents|\.bashrc|\.zshrc|site-packages.*\.pth|getusersitepackages", "persistence location"),
    ("agent-config", "HIGH", r"\.openclaw[/\\\"', ]+(openclaw\.json|credentials)|botToken|allowFrom", "reads or edits the agent config / tokens"),
    ("cred-files", "HIGH", r"\.aws/credentials|application_default_credentials|\.ssh/|id_rsa|wallet\.dat|exodus|nkbihfbeogaeaoehlefnkodbefgpgknn", "credential / wallet paths"),
    ("install-script", "MED", r"\"(pre|post)?install\"\s*:", "npm lifecycle script"),
    ("dns-exfil", "MED", r"dns\.(lookup|resolve\w*)\([^)]*\+", "DNS lookups of computed names"),
]
COMPILED = [(i, s, re.compile(r, re.I), d) for i, s, r, d in RULES]


def entropy(s):
    if not s:
        return 0.0
    freq = {}
    for ch in s:
        freq[ch] = freq.get(ch, 0) + 1
    return -sum(c / len(s) * math.log2(c / len(s)) for c in freq.values())


def scan_text(path, rel, findings):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.read().split("\n")
    except OSError:
        return
    trailing = 0
    for n, line in enumerate(lines, 1):
        for rid, sev, rx, desc in COMPILED:
            if rx.search(line):
                findings.append({"file": rel, "line": n, "rule": rid, "severity": sev, "desc": desc, "text": line.strip()[:160]})
        for blob in re.findall(r"[A-Za-z0-9+/=_\-]{160,}", line):
            if entropy(blob) > 5.0:
                findings.append({"file": rel, "line": n, "rule": "blob", "severity": "MED", "desc": f"high-entropy blob ({len(blob)} chars)", "text": blob[:60] + "…"})
        if re.search(r"\S[ \t]{8,}$", line):
            trailing += 1
    if trailing >= 5:
        findings.append({"file": rel, "line": 0, "rule": "ws-stego", "severity": "HIGH", "desc": f"{trailing} lines with long trailing whitespace (possible steganography)", "text": ""})


def scan_binary(path, rel, findings):
    try:
        with open(path, "rb") as f:
            data = f.read(4 << 20)
    except OSError:
        return
    if data.startswith(b"\x89PNG"):
        end = data.find(b"IEND")
        if end >= 0 and len(data) > end + 8:
            findings.append({"file": rel, "line": 0, "rule": "png-tail", "severity": "HIGH", "desc": f"{len(data) - end - 8} bytes after PNG IEND", "text": ""})
    if data.startswith(b"\x00asm") and re.search(rb"https?://|\.aws|\.ssh", data):
        findings.append({"file": rel, "line": 0, "rule": "wasm-strings", "severity": "MED", "desc": "wasm contains URL/credential-like strings", "text": ""})


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("root")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    findings = []
    for dp, dns, fns in os.walk(a.root):
        dns[:] = [d for d in dns if d not in (".git",)]
        for fn in fns:
            p = os.path.join(dp, fn)
            rel = os.path.relpath(p, a.root)
            ext = os.path.splitext(fn)[1].lower()
            if ext in TEXT_EXT or fn in ("SKILL.md", "package.json"):
                scan_text(p, rel, findings)
            else:
                scan_binary(p, rel, findings)
    order = {"HIGH": 0, "MED": 1, "LOW": 2}
    findings.sort(key=lambda f: (order[f["severity"]], f["file"], f["line"]))
    if a.json:
        print(json.dumps(findings, indent=2))
    else:
        for f in findings:
            loc = f"{f['file']}:{f['line']}" if f["line"] else f["file"]
            print(f"[{f['severity']:4}] {f['rule']:15} {loc}  {f['desc']}")
            if f["text"]:
                print(f"        {f['text']}")
        counts = {s: sum(1 for f in findings if f["severity"] == s) for s in order}
        print(f"\n{counts['HIGH']} high, {counts['MED']} medium, {counts['LOW']} low")
    return 0


if __name__ == "__main__":
    sys.exit(main())
