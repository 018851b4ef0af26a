#!/usr/bin/env python3
"""Static red-flag scanner for agent skill folders. Reads files only; never executes them."""
import argparse
import base64
import json
import os
import re
import sys

TEXT_EXT = {".md", ".txt", ".sh", ".bash", ".zsh", ".py", ".js", ".mjs", ".cjs", ".ts", ".ps1", ".psm1",
            ".go", ".rb", ".json", ".yaml", ".yml", ".toml", ".bat", ".cmd", ""}
MAX_BYTES = 2_000_000

RULES = [
    ("CRIT", "pipe-to-shell", r"(curl|wget|iwr|Invoke-WebRequest)[^\n|]{0,200}\|\s*(ba|z)?sh\b|\|\s*iex\b|bash\s*<\(\s*curl"),
    ("CRIT", "decode-exec", r"base64\s+-[dD][^\n]{0,40}\|\s*(ba)?sh|b64decode\([^)]*\)[^\n]{0,40}(os\.system|exec|eval|subprocess)|-EncodedCommand\s+[A-Za-z0-9+/=]{20,}"),
    ("CRIT", "archive-password", r"(?i)password[^\n]{0,30}(zip|archive|extract)|(zip|archive|extract)[^\n]{0,40}password"),
    ("HIGH", "paste-site", r"(?i)(glot\.io|pastebin\.com|paste\.rs|hastebin|rentry\.co|ghostbin|0x0\.st|termbin)"),
    ("HIGH", "bootstrap-file-write", r"(?i)(>>|append|write|appendFile|open\([^)]*['\"]a['\"])[^\n]{0,80}(AGENTS|SOUL|MEMORY|HEARTBEAT|TOOLS|USER)\.md"),
    ("HIGH", "credential-path", r"(?i)(\.openclaw/(openclaw\.json|credentials)|auth-profiles\.json|\.ssh/id_|\.aws/credentials|\.npmrc|\.git-credentials|Login Data|find-generic-password|solana/id\.json|wallet\.dat)"),
    ("HIGH", "seed-phrase", r"(?i)(seed|recovery|mnemonic)\s*(phrase|words)"),
    ("HIGH", "persistence", r"(crontab\s+-|launchctl\s+load|LaunchAgents|schtasks\s+/create|Register-ScheduledTask|@reboot|RunAtLoad|openclaw\s+cron\s+add)"),
    ("HIGH", "exfil-endpoint", r"(discord(app)?\.com/api/webhooks|hooks\.slack\.com/services|api\.telegram\.org/bot|webhook\.site|requestbin|pipedream\.net|ngrok\.io)"),
    ("HIGH", "av-tamper", r"(Add-MpPreference|Set-MpPreference|xattr\s+-d[r]?\s+com\.apple\.quarantine|spctl\s+--master-disable)"),
    ("MED", "conceal", r"(?i)(do not (tell|mention|inform)|don'?t (tell|mention)|without (asking|telling)|no need to (ask|confirm)|pre-?approved|reply NO_REPLY)"),
    ("MED", "html-comment", r"<!--[\s\S]{40,}?-->"),
    ("MED", "reverse-shell", r"/dev/tcp/|nc\s+(-e|[^\n]*\s-e\s)|mkfifo[^\n]*\|\s*(/bin/)?sh"),
    ("MED", "dynamic-exec", r"\b(eval|exec)\s*\(|new Function\(|child_process|os\.system\(|subprocess\.(Popen|run|call)"),
    ("LOW", "raw-ip-url", r"https?://\d{1,3}(\.\d{1,3}){3}"),
    ("LOW", "zero-width", "[\u200b\u200c\u200d\u2060\ufeff]"),
]
COMPILED = [(lvl, name, re.compile(rx)) for lvl, name, rx in RULES]
B64_BLOB = re.compile(r"['\"]([A-Za-z0-9+/]{40,}={0,2})['\"]")


def iter_files(root):
    if os.path.isfile(root):
        yield root
        return
    for dp, dns, fns in os.walk(root):
        dns[:] = [d for d in dns if d not in ("node_modules", ".git")]
        for fn in fns:
            p = os.path.join(dp, fn)
            if os.path.splitext(fn)[1].lower() in TEXT_EXT and os.path.getsize(p) <= MAX_BYTES:
                yield p


def decoded_blobs(text):
    for m in B64_BLOB.finditer(text):
        try:
            s = base64.b64decode(m.group(1), validate=True).decode("utf-8")
        except Exception:  # noqa: BLE001
            continue
        if sum(c.isprintable() for c in s) / max(len(s), 1) > 0.9:
            yield m.start(), s


def scan_text(path, text):
    out = []
    line_of = lambda pos: text.count("\n", 0, pos) + 1  # noqa: E731
    for lvl, name, rx in COMPILED:
        for m in rx.finditer(text):
            snippet = m.group(0).replace("\n", " ")[:160]
            out.append({"level": lvl, "rule": name, "file": path, "line": line_of(m.start()), "snippet": snippet})
    for pos, s in decoded_blobs(text):
        for lvl, name, rx in COMPILED:
            if lvl in ("CRIT", "HIGH") and rx.search(s):
                out.append({"level": "CRIT", "rule": f"encoded:{name}", "file": path, "line": line_of(pos),
                            "snippet": ("base64 -> " + s.replace("\n", " "))[:160]})
    return out


def audit(root):
    findings = []
    for p in iter_files(root):
        try:
            with open(p, encoding="utf-8", errors="replace") as f:
                findings += scan_text(os.path.relpath(p, root if os.path.isdir(root) else os.path.dirname(root)), f.read())
        except OSError:
            continue
    rank = {"CRIT": 0, "HIGH": 1, "MED": 2, "LOW": 3}
    findings.sort(key=lambda f: (rank[f["level"]], f["file"], f["line"]))
    levels = {f["level"] for f in findings}
    verdict = "Do not install" if "CRIT" in levels else "Review needed" if levels & {"HIGH", "MED"} else "Safe"
    return verdict, findings


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--all", action="store_true", help="treat each subfolder as a skill")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    targets = [os.path.join(a.path, d) for d in sorted(os.listdir(a.path))
               if os.path.isdir(os.path.join(a.path, d))] if a.all else [a.path]
    report = {}
    for t in targets:
        verdict, fs = audit(t)
        report[t] = {"verdict": verdict, "findings": fs}
    if a.json:
        json.dump(report, sys.stdout, indent=2)
        return
    for t, r in report.items():
        print(f"== {t}: {r['verdict']} ({len(r['findings'])} findings)")
        for f in r["findings"][:40]:
            print(f"  {f['level']:<4} {f['rule']:<22} {f['file']}:{f['line']}  {f['snippet']}")


if __name__ == "__main__":
    main()
