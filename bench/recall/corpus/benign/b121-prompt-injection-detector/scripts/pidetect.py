#!/usr/bin/env python3
"""Static prompt-injection scanner for untrusted text. Never executes or fetches anything."""
import argparse
import json
import os
import re
import sys

RULES = [
    ("override", "medium", re.compile(r"\b(ignore|disregard|forget)\b.{0,30}\b(all|any|the|previous|prior|above|earlier)\b.{0,20}\b(instructions?|prompts?|rules|directions)\b", re.I)),
    ("secrecy", "low", re.compile(r"\b(do not|don't|never)\b.{0,20}\b(mention|tell|reveal|show|inform)\b.{0,30}\b(user|human|them)\b", re.I)),
    ("exfil-path", "high", re.compile(r"\b(read|cat|open|include|pass|send|upload|attach)\b.{0,60}(~|\$HOME|%USERPROFILE%)?/?\.(ssh/id_[a-z0-9]+|aws/credentials|npmrc|git-credentials|netrc|docker/config\.json|kube/config|config/gh/hosts\.yml|openclaw/[\w.-]+\.json)", re.I)),
    ("exfil-net", "high", re.compile(r"(cat|base64|tar|env|printenv)[^\n|]{0,80}\|\s*(curl|wget|nc|ncat)\b|curl\b[^\n]{0,80}(--data-binary|-d|-F)\s*@", re.I)),
    ("role-spoof", "medium", re.compile(r"(^|\n)\s*(#{1,3}\s*)?(system|assistant)\s*:|<\|im_start\|>\s*system|\[INST\]", re.I)),
    ("tool-shadow", "high", re.compile(r"\b(when|whenever|before|after)\b.{0,40}\b(using|calling|call)\b.{0,30}\b(send_email|send_message|gmail_send|\w+_send|\w+ tool)\b.{0,80}\b(always|must)\b", re.I)),
]
HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
TAGS = re.compile("[\U000e0000-\U000e007f]+")
IMPERATIVE = re.compile(r"\b(run|execute|read|send|upload|fetch|curl|call|include|pass)\b", re.I)


def line_of(text, pos):
    return text.count("\n", 0, pos) + 1


def scan_text(text, name="<stdin>"):
    findings = []

    def add(rule, sev, pos, excerpt, extra=None):
        f = {"file": name, "line": line_of(text, pos), "rule": rule, "severity": sev,
             "excerpt": excerpt.encode("unicode_escape").decode()[:200]}
        if extra:
            f.update(extra)
        findings.append(f)

    for rule, sev, rx in RULES:
        for m in rx.finditer(text):
            add(rule, sev, m.start(), m.group(0))
    for m in HTML_COMMENT.finditer(text):
        body = m.group(1)
        if IMPERATIVE.search(body):
            sev = "high" if any(r[2].search(body) for r in RULES if r[1] == "high") else "medium"
            add("html-comment", sev, m.start(), body.strip())
    for m in TAGS.finditer(text):
        decoded = "".join(chr(ord(c) - 0xE0000) for c in m.group(0) if 0x20 <= ord(c) - 0xE0000 < 0x7f)
        add("unicode-tags", "high", m.start(), m.group(0), {"decoded": decoded})
    zw = list(ZERO_WIDTH.finditer(text))
    if zw:
        add("zero-width", "medium", zw[0].start(), text[max(0, zw[0].start() - 20):zw[0].start() + 20], {"count": len(zw)})
    for m in BIDI.finditer(text):
        add("bidi", "medium", m.start(), text[max(0, m.start() - 20):m.start() + 20])
    return findings


def iter_inputs(paths):
    for p in paths:
        if p == "-":
            yield "<stdin>", sys.stdin.read()
        elif os.path.isdir(p):
            for root, _, files in os.walk(p):
                for f in files:
                    if f.endswith((".md", ".txt", ".html", ".htm", ".json", ".yaml", ".yml", ".eml")):
                        fp = os.path.join(root, f)
                        yield fp, open(fp, encoding="utf-8", errors="replace").read()
        else:
            yield p, open(p, encoding="utf-8", errors="replace").read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    allf = []
    for name, text in iter_inputs(a.paths):
        allf += scan_text(text, name)
    order = {"high": 0, "medium": 1, "low": 2}
    allf.sort(key=lambda f: (order[f["severity"]], f["file"], f["line"]))
    if a.json:
        json.dump(allf, sys.stdout, indent=2, ensure_ascii=True)
        return
    if not allf:
        print("no injection patterns found")
        return
    for f in allf:
        extra = f"  decoded: {f['decoded']!r}" if "decoded" in f else ""
        print(f"[{f['severity'].upper():6}] {f['file']}:{f['line']} {f['rule']}: {f['excerpt']}{extra}")
    sys.exit(2 if any(f["severity"] == "high" for f in allf) else 1)


if __name__ == "__main__":
    main()
