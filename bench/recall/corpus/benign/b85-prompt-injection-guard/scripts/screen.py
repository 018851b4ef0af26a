#!/usr/bin/env python3
"""Heuristic prompt-injection screen for untrusted text. Reads only; prints a score."""
import argparse
import json
import re
import sys

SIGNALS = [
    ("override", 30, r"\b(ignore|disregard|forget)\b.{0,30}\b(previous|prior|above|earlier|all)\b.{0,20}\b(instructions?|rules|prompts?)"),
    ("role-switch", 20, r"\byou are now\b|\bnew (system )?instructions?\s*:|^\s*(system|assistant)\s*:", ),
    ("concealment", 25, r"\b(do not|don't|never)\s+(tell|mention|inform|show)\b.{0,20}\b(user|human|owner)\b"),
    ("fake-consent", 15, r"\b(already|pre-?)\s*(approved|authori[sz]ed|confirmed)\b|\bno need to ask\b"),
    ("secret-paths", 25, r"(~|\$HOME)/\.(ssh|aws|openclaw|config/gh)\b|\bopenclaw\.json\b|auth-profiles\.json|\.env\b|id_(rsa|ed25519)"),
    ("agent-files", 15, r"\b(SOUL|AGENTS|MEMORY|HEARTBEAT|USER)\.md\b"),
    ("exfil-verb", 15, r"\b(send|post|upload|forward|sync|exfiltrate)\b.{0,40}\bhttps?://"),
    ("pipe-exec", 30, r"(curl|wget)[^\n|]{0,200}\|\s*(ba|z)?sh\b|base64\s+-[dD][^\n]{0,40}\|\s*(ba|z)?sh|exec\(.{0,40}urlopen"),
    ("safety-off", 30, r"tools\.exec\.ask\s*\W*\s*off|sandbox\.mode\s*\W*\s*off|dmPolicy\s*\W*\s*open|\"ask\"\s*:\s*\"off\""),
    ("html-comment", 10, r"<!--[\s\S]{20,}?-->"),
]
HIDDEN = re.compile(r"[\U000E0000-\U000E007F\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]")


def screen(text: str) -> dict:
    hits, score = [], 0
    for name, weight, rx in SIGNALS:
        m = re.search(rx, text, re.I | re.M)
        if m:
            score += weight
            s = max(0, m.start() - 40)
            hits.append({"signal": name, "weight": weight, "excerpt": " ".join(text[s:m.end() + 40].split())})
    h = HIDDEN.findall(text)
    if h:
        score += 30
        tag = "".join(chr(ord(c) - 0xE0000) for c in h if 0xE0000 <= ord(c) <= 0xE007F)
        hits.append({"signal": "hidden-unicode", "weight": 30, "excerpt": tag[:200] or f"{len(h)} invisible chars"})
    return {"score": min(100, score), "signals": hits}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--file")
    a = ap.parse_args()
    text = open(a.file, encoding="utf-8", errors="replace").read() if a.file else sys.stdin.read()
    print(json.dumps(screen(text), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
