#!/usr/bin/env python3
"""Heuristic prompt-injection scanner for untrusted text."""
import argparse
import base64
import html
import json
import re
import sys
import unicodedata

RULES = [
    ("override", 3, r"\b(ignore|disregard|forget)\b.{0,30}\b(previous|prior|above|earlier|all)\b.{0,20}\b(instructions?|rules|prompts?|directions)"),
    ("new-role", 2, r"\byou are now\b|\bfrom now on,? you\b|\bact as (?:an? )?(?:unrestricted|jailbroken|DAN)\b"),
    ("fake-system", 3, r"<\s*/?\s*(system|assistant|im_start|im_end)\s*>|\[/?INST\]|###\s*(system|instruction)s?\s*:"),
    ("secrecy", 2, r"\b(do not|don't|never)\s+(tell|inform|mention|reveal to)\s+(the\s+)?user\b"),
    ("exfil", 3, r"\b(send|post|upload|forward|email)\b.{0,40}\b(api[_ ]?keys?|tokens?|passwords?|credentials|\.env|ssh keys?|cookies|MEMORY\.md)\b"),
    ("tool-abuse", 2, r"\b(run|execute)\b.{0,20}\b(curl|wget|bash|powershell|rm -rf|chmod \+x)\b"),
    ("urgent-authority", 1, r"\b(IMPORTANT|URGENT|ATTENTION)\b.{0,20}\b(AI|assistant|agent|model|LLM)\b"),
    ("markdown-exfil", 3, r"!\[[^\]]*\]\(https?://[^)]*\?(?:[^)]*=)\{?[A-Za-z_]*(secret|token|key|data)"),
]
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u202e]")
B64 = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")
HIDDEN_HTML = re.compile(r"<[^>]+style\s*=\s*['\"][^'\"]*(display\s*:\s*none|font-size\s*:\s*0|color\s*:\s*(#fff(fff)?|white))[^'\"]*['\"][^>]*>(.*?)</", re.I | re.S)
COMMENT = re.compile(r"<!--(.*?)-->", re.S)


def normalise(t):
    return unicodedata.normalize("NFKC", ZERO_WIDTH.sub("", t))


def scan(text, is_html=False):
    findings, score = [], 0
    if ZERO_WIDTH.search(text):
        findings.append(("zero-width", "invisible Unicode characters present")); score += 1
    if is_html:
        for m in HIDDEN_HTML.finditer(text):
            findings.append(("hidden-html", m.group(4).strip()[:160])); score += 2
        for m in COMMENT.finditer(text):
            if len(m.group(1).split()) > 6:
                findings.append(("html-comment", m.group(1).strip()[:160])); score += 1
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    t = normalise(text)
    decoded = []
    for m in B64.finditer(t):
        try:
            d = base64.b64decode(m.group(0), validate=True).decode("utf-8")
            if d.isprintable():
                decoded.append(d)
        except Exception:
            pass
    for source, body in [("text", t)] + [("base64", d) for d in decoded]:
        for name, weight, rx in RULES:
            for m in re.finditer(rx, body, re.I | re.S):
                findings.append((f"{name}{'(decoded)' if source == 'base64' else ''}", body[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")))
                score += weight + (1 if source == "base64" else 0)
    risk = "high" if score >= 5 else "medium" if score >= 2 else "low"
    return {"risk": risk, "score": score, "findings": [{"rule": r, "evidence": e} for r, e in findings[:25]]}


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--file")
    g.add_argument("--stdin", action="store_true")
    ap.add_argument("--html", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    text = sys.stdin.read() if a.stdin else open(a.file, encoding="utf-8", errors="replace").read()
    r = scan(text, a.html or (a.file or "").endswith((".html", ".htm")))
    if a.json:
        print(json.dumps(r, indent=2))
        return
    print(f"risk: {r['risk']} (score {r['score']})")
    for f in r["findings"]:
        print(f"  [{f['rule']}] …{f['evidence']}…")


if __name__ == "__main__":
    main()
