"""Heuristic prompt-injection detection.

Text is normalised (NFKC, zero-width and bidi controls removed, common homoglyphs folded), short base64 runs are
decoded and scanned too, and weighted patterns add up to a score.
"""
from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from dataclasses import dataclass, field
from typing import List

INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad"), None)
HOMOGLYPHS = str.maketrans({"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "і": "i", "ӏ": "l", "ı": "i"})
TAG_CHARS = re.compile("[\U000e0000-\U000e007f]")

PATTERNS = [
    (0.9, "override", r"\b(ignore|disregard|forget)\b.{0,20}\b(all|any|the|previous|prior|above|earlier)\b.{0,20}\b(instructions?|rules|prompts?|directions)\b"),
    (0.7, "role-hijack", r"\b(you are now|from now on you are|act as|pretend to be)\b.{0,40}\b(dan|developer mode|unfiltered|jailbroken|system)\b"),
    (0.8, "fake-system", r"(^|\n)\s*(\[|<|#+\s*)?(system|assistant)(\]|>|:)\s"),
    (0.8, "secrecy", r"\b(do not|don't|never)\b.{0,15}\b(tell|inform|mention|reveal|show)\b.{0,20}\b(user|human|operator)\b"),
    (0.8, "exfil", r"\b(send|post|upload|forward|exfiltrate|leak)\b.{0,40}\b(api[ _-]?keys?|tokens?|passwords?|credentials|secrets|\.env|ssh keys?|cookies)\b"),
    (0.6, "tool-coercion", r"\b(run|execute|call)\b.{0,30}\b(shell|bash|terminal|command|exec tool|python)\b.{0,40}\b(immediately|now|without (asking|confirmation))\b"),
    (0.5, "markdown-exfil", r"!\[[^\]]*\]\(https?://[^)]*\?(?:[^)]*=)\{?[^)]*\}?\)"),
    (0.4, "urgency", r"\b(important|urgent|critical)\b.{0,10}(!{2,}|:).{0,40}\b(assistant|ai|model|agent)\b"),
]
COMPILED = [(w, name, re.compile(p, re.I | re.S)) for w, name, p in PATTERNS]
B64 = re.compile(r"[A-Za-z0-9+/]{24,}={0,2}")


@dataclass
class Finding:
    rule: str
    weight: float
    excerpt: str
    decoded: bool = False


@dataclass
class Verdict:
    score: float
    flagged: bool
    findings: List[Finding] = field(default_factory=list)
    hidden_chars: int = 0


def normalize(text: str) -> tuple[str, int]:
    hidden = len(TAG_CHARS.findall(text)) + sum(1 for ch in text if ord(ch) in INVISIBLE)
    t = TAG_CHARS.sub("", text)
    t = unicodedata.normalize("NFKC", t).translate(INVISIBLE).translate(HOMOGLYPHS)
    return t, hidden


def _decoded_chunks(text: str):
    for m in B64.finditer(text):
        try:
            raw = base64.b64decode(m.group(0), validate=True)
            s = raw.decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if sum(ch.isprintable() for ch in s) / max(len(s), 1) > 0.9:
            yield s


def _match(text: str, decoded: bool) -> List[Finding]:
    out = []
    for w, name, rx in COMPILED:
        m = rx.search(text)
        if m:
            out.append(Finding(name, w, text[max(0, m.start() - 20): m.end() + 20].strip(), decoded))
    return out


def scan(text: str, threshold: float = 0.8) -> Verdict:
    norm, hidden = normalize(text)
    findings = _match(norm, False)
    for chunk in _decoded_chunks(norm):
        findings.extend(_match(chunk, True))
    score = sum(f.weight for f in findings)
    if hidden:
        score += min(0.5, 0.05 * hidden)
    score = round(min(score, 5.0), 2)
    return Verdict(score=score, flagged=score >= threshold, findings=findings, hidden_chars=hidden)
