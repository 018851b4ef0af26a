#!/usr/bin/env python3
"""Offline red-flag extraction from a saved .eml. Never fetches URLs."""
import re
import sys
from email import policy
from email.parser import BytesParser
from html.parser import HTMLParser
from urllib.parse import urlparse

BRANDS = ["microsoft.com", "microsoftonline.com", "google.com", "paypal.com", "apple.com", "amazon.com",
          "github.com", "openai.com", "slack.com", "dropbox.com", "docusign.net", "office.com"]
HOMOGLYPHS = {"rn": "m", "vv": "w", "0": "o", "1": "l", "l": "i", "3": "e", "5": "s", "cl": "d"}
URGENCY = re.compile(r"(within \d+ hours?|suspend|immediately|urgent|final notice|today|confidential|keep this between us)", re.I)
ASKS = re.compile(r"(enable (editing|content)|gift card|verification code|6-digit code|iban|bank details|password|run .*(curl|powershell))", re.I)
AI_DIRECTED = re.compile(r"\b(ai|assistant|llm|agent)\b[^.]{0,80}\b(run|execute|send|forward|ignore)\b", re.I)


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self._href, self._text = [], None, []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._href = dict(attrs).get("href")
            self._text = []

    def handle_data(self, data):
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self._href is not None:
            self.links.append((self._href, "".join(self._text).strip()))
            self._href = None


def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def registrable(host):
    parts = host.lower().strip(".").split(".")
    return ".".join(parts[-2:]) if len(parts) >= 2 else host


def lookalike(host):
    host = host.lower()
    if host.startswith("xn--") or ".xn--" in host:
        return "punycode domain"
    reg = registrable(host)
    norm = reg
    for k, v in HOMOGLYPHS.items():
        norm = norm.replace(k, v)
    for b in BRANDS:
        if reg == b:
            return None
        if norm == b or 0 < lev(reg, b) <= 2:
            return f"looks like {b}"
        if b.split(".")[0] in host and reg != b:
            return f"contains brand '{b.split('.')[0]}' but registrable domain is {reg}"
    return None


def main(path):
    msg = BytesParser(policy=policy.default).parse(open(path, "rb"))
    flags = []
    frm = str(msg.get("From", ""))
    from_dom = frm.split("@")[-1].strip(">").lower() if "@" in frm else ""
    for hdr in ("Reply-To", "Return-Path"):
        v = str(msg.get(hdr, ""))
        if "@" in v and from_dom and from_dom not in v.lower():
            flags.append(f"{hdr} domain differs from From ({v.strip()})")
    ar = str(msg.get("Authentication-Results", ""))
    for mech in ("spf", "dkim", "dmarc"):
        m = re.search(mech + r"=(\w+)", ar)
        if m and m.group(1) not in ("pass",):
            flags.append(f"{mech}={m.group(1)}")
    if from_dom and (why := lookalike(from_dom)):
        flags.append(f"sender domain {from_dom}: {why}")

    body = msg.get_body(preferencelist=("html", "plain"))
    text = body.get_content() if body else ""
    p = Links()
    p.feed(text)
    for href, label in p.links:
        host = urlparse(href).hostname or ""
        if (why := lookalike(host)):
            flags.append(f"link host {host}: {why}")
        shown = urlparse(label).hostname if label.startswith("http") else None
        if shown and registrable(shown) != registrable(host):
            flags.append(f"link text shows {shown} but goes to {host}")
    for rx, name in ((URGENCY, "pressure language"), (ASKS, "sensitive request"), (AI_DIRECTED, "instructions aimed at an AI assistant")):
        if (m := rx.search(text)):
            flags.append(f"{name}: '{m.group(0)}'")
    for part in msg.iter_attachments():
        fn = part.get_filename() or ""
        if re.search(r"\.(xlsm|docm|js|vbs|hta|iso|lnk|exe|scr)$", fn, re.I):
            flags.append(f"risky attachment type: {fn}")

    score = len(flags)
    verdict = "likely phishing" if score >= 3 else "suspicious" if score else "no automatic red flags"
    print(f"verdict: {verdict} ({score} flag(s))")
    for f in flags:
        print(" -", f)


if __name__ == "__main__":
    main(sys.argv[1])
