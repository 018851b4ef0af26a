#!/usr/bin/env python3
"""Strip hidden content from HTML/Markdown/text and flag likely prompt-injection phrases.

Output: sanitised text on stdout, findings on stderr (and appended as a block on stdout with --inline).
"""
import html
import re
import sys
from html.parser import HTMLParser

ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]")
RULES = [
    ("override", re.compile(r"\b(ignore|disregard|forget)\b.{0,40}\b(previous|prior|above|all)\b.{0,20}\b(instructions|rules|prompts?)\b", re.I)),
    ("agent-addressed", re.compile(r"\b(assistant|ai agent|language model|llm|chatgpt|claude|openclaw)\b\s*[:,-]", re.I)),
    ("remote-exec", re.compile(r"(curl|wget|iwr|invoke-webrequest)[^\n|]{0,200}\|\s*(ba|z)?sh\b|iex\s*\(", re.I)),
    ("secret-path", re.compile(r"~/\.(ssh|aws|gnupg|openclaw|npmrc|netrc|config/gh)|id_(rsa|ed25519)|\.env\b", re.I)),
    ("settings-tamper", re.compile(r"\b(disable|turn off|set)\b.{0,40}\b(approval|sandbox|ask|security|safety)\b", re.I)),
    ("memory-write", re.compile(r"\b(remember|write|append|save)\b.{0,40}\b(MEMORY\.md|AGENTS\.md|SOUL\.md|permanently|memory)\b", re.I)),
    ("secrecy", re.compile(r"\b(do not|don't|never)\b.{0,30}\b(tell|inform|mention|show)\b.{0,20}\b(the user|anyone)\b", re.I)),
    ("fake-system", re.compile(r"\[(system|admin|openclaw)[^\]]{0,30}\]", re.I)),
]
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|opacity\s*:\s*0", re.I)
VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "param", "track"}


class Extract(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.hidden_depth, self.stack, self.removed = [], 0, [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        hidden = "hidden" in a or a.get("aria-hidden") == "true" or HIDDEN_STYLE.search(a.get("style", "") or "")
        if tag in ("script", "style", "noscript", "template"):
            hidden = True
        if tag not in VOID:
            self.stack.append(bool(hidden))
            if hidden:
                self.hidden_depth += 1
        for attr in ("alt", "title", "aria-label"):
            if a.get(attr):
                self.removed.append(f"{tag}[{attr}]: {a[attr]}")
        if tag in ("p", "div", "br", "li", "h1", "h2", "h3", "tr") and not self.hidden_depth:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in VOID or not self.stack:
            return
        if self.stack.pop():
            self.hidden_depth -= 1

    def handle_data(self, data):
        if self.hidden_depth:
            if data.strip():
                self.removed.append(f"hidden element: {data.strip()}")
        else:
            self.out.append(data)

    def handle_comment(self, data):
        if data.strip():
            self.removed.append(f"html comment: {data.strip()}")


def scan(label, text, findings):
    for n, line in enumerate(text.splitlines(), 1):
        for name, rx in RULES:
            if rx.search(line):
                findings.append(f"{label}:{n} [{name}] {line.strip()[:140]}")


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "-"
    raw = sys.stdin.read() if src == "-" else open(src, encoding="utf-8", errors="replace").read()
    zw = len(ZERO_WIDTH.findall(raw))
    raw = ZERO_WIDTH.sub("", raw)
    findings = []
    if re.search(r"<(html|body|div|p|span|a|img)\b", raw, re.I):
        p = Extract()
        p.feed(raw)
        text = html.unescape("".join(p.out))
        for r in p.removed:
            scan("removed", r, findings)
    else:
        md_hidden = re.findall(r"<!--(.*?)-->|\[//\]: # \((.*?)\)|!\[([^\]]*)\]|\]\([^)\s]+\s+\"([^\"]+)\"\)", raw, re.S)
        for groups in md_hidden:
            for g in groups:
                if g:
                    scan("markdown-hidden", g, findings)
        text = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    scan("visible", text, findings)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    sys.stdout.write(text + "\n")
    if zw:
        findings.insert(0, f"removed {zw} zero-width/bidi control characters")
    if findings:
        sys.stderr.write("=== findings (possible prompt injection) ===\n" + "\n".join(findings) + "\n")
    if "--inline" in sys.argv and findings:
        sys.stdout.write("\n=== findings ===\n" + "\n".join(findings) + "\n")


if __name__ == "__main__":
    main()
