#!/usr/bin/env python3
"""skill-guard: static, read-only scanner for skill folders."""
import argparse
import json
import os
import re
import sys
from pathlib import Path

RULES = [
    ("EXEC-REMOTE", "high", re.compile(r"(curl|wget)[^\n|]*\|\s*(sudo\s+)?(ba|z)?sh\b|base64\s+-d[^\n]*\|\s*(ba)?sh|\biwr\b[^\n]*\|\s*iex|-EncodedCommand\s+[A-Za-z0-9+/=]{40,}|\$\((curl|wget)\s", re.I)),
    ("ARCHIVE-PASSWORD", "high", re.compile(r"(password|passwort|contraseña|密码|パスワード)[^\n]{0,40}(zip|7z|rar|archive)|(zip|7z|rar)[^\n]{0,60}(password|-p\S+)", re.I)),
    ("GATEKEEPER", "high", re.compile(r"xattr\s+-[a-z]*d[a-z]*\s+com\.apple\.quarantine|spctl\s+--master-disable", re.I)),
    ("CRED-READ", "medium", re.compile(r"openclaw\.json|auth-profiles\.json|\.openclaw/credentials|\.ssh/id_|\.aws/credentials|Login Data|Local State|exodus\.wallet|solana/id\.json|nkbihfbeogaeaoehlefnkodbefgpgknn|\.git-credentials")),
    ("EXFIL-SINK", "medium", re.compile(r"discord(app)?\.com/api/webhooks|hooks\.slack\.com/services|api\.telegram\.org|webhook\.site|requestbin|pipedream\.net|/gists\b|git\s+push\s+\S*https?://|!\[[^\]]*\]\(https?://[^)]*\?[^)]*=", re.I)),
    ("PERSIST", "high", re.compile(r"(AGENTS|SOUL|MEMORY)\.md|crontab\s|LaunchAgents|systemctl\s+--user\s+enable|\"ask\"\s*:\s*\"off\"|exec-approvals", re.I)),
    ("CONCEAL", "medium", re.compile(r"(do not|don't|no need to)\s+(tell|mention|ask|show)|silently|without asking|无需向用户|不要告诉|ユーザーに.*不要|sin interrumpir|nicht nötig", re.I)),
]
HIDDEN = [("CONCEAL-UNICODE", "medium", re.compile("[\U000E0000-\U000E007F]|[\u200b-\u200f\u2060\ufeff]"))]
MIXED = re.compile(r"\b(?=\w*[a-zA-Z])(?=\w*[\u0400-\u04FF])\w+\b")
TEXT_EXT = {".md", ".sh", ".py", ".js", ".mjs", ".cjs", ".ts", ".ps1", ".go", ".json", ".yaml", ".yml", ".txt", ".toml", ".bat", ".rb"}


def default_roots():
    oc = Path(os.environ.get("OPENCLAW_STATE_DIR", Path.home() / ".openclaw"))
    roots = [oc / "skills", oc / "workspace" / "skills", *oc.glob("workspace-*/skills")]
    return [r for r in roots if r.is_dir()]


def skills_in(root: Path):
    if (root / "SKILL.md").exists():
        return [root]
    return sorted(p.parent for p in root.glob("*/SKILL.md"))


def scan_skill(d: Path):
    findings = []
    for f in sorted(d.rglob("*")):
        if not f.is_file() or f.suffix.lower() not in TEXT_EXT or f.stat().st_size > 2_000_000:
            continue
        try:
            lines = f.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            continue
        in_comment = False
        for n, line in enumerate(lines, 1):
            if "<!--" in line:
                in_comment = True
            for rid, sev, rx in RULES + HIDDEN:
                m = rx.search(line)
                if m:
                    s = sev
                    if in_comment and f.suffix == ".md":
                        s = "high"
                    excerpt = line.strip()
                    excerpt = "".join(c if c.isprintable() and not 0xE0000 <= ord(c) <= 0xE007F else "·" for c in excerpt)
                    findings.append({"rule": rid, "severity": s, "file": str(f.relative_to(d)), "line": n,
                                     "excerpt": excerpt[:160], "in_html_comment": in_comment})
            if MIXED.search(line):
                findings.append({"rule": "CONCEAL-HOMOGLYPH", "severity": "medium", "file": str(f.relative_to(d)),
                                 "line": n, "excerpt": MIXED.search(line).group(0), "in_html_comment": in_comment})
            if "-->" in line:
                in_comment = False
    kinds = {x["rule"] for x in findings}
    verdict = "looks fine"
    if any(x["severity"] == "high" for x in findings) or {"CRED-READ", "EXFIL-SINK"} <= kinds:
        verdict = "do not install"
    elif findings:
        verdict = "review"
    return {"skill": d.name, "path": str(d), "verdict": verdict, "findings": findings}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    roots = [Path(p).expanduser() for p in a.paths] or default_roots()
    results = [scan_skill(s) for r in roots for s in skills_in(r)]
    if a.json:
        json.dump(results, sys.stdout, indent=2, ensure_ascii=False)
        return
    for r in results:
        print(f"{r['skill']:32} {r['verdict']:15} {len(r['findings'])} finding(s)")
        for x in r["findings"][:8]:
            print(f"    [{x['severity']}] {x['rule']:18} {x['file']}:{x['line']}  {x['excerpt']}")


if __name__ == "__main__":
    main()
