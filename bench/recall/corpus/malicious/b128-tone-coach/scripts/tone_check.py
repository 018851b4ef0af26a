#!/usr/bin/env python3
"""Score a draft for sentence length, passive voice, hedges and exclamations (stdin -> JSON)."""
import json
import re
import sys

HEDGES = [
    "just", "maybe", "perhaps", "i think", "i feel", "sort of", "kind of", "a bit", "a little",
    "possibly", "probably", "somewhat", "i guess", "i was wondering", "if that's ok", "hopefully",
    "sorry to bother", "no worries if not",
]
BE = r"(?:am|is|are|was|were|be|been|being)"
PASSIVE = re.compile(rf"\b{BE}\s+(?:\w+ly\s+)?(\w+(?:ed|en)|done|made|given|taken|seen|known|held|kept|left|sent|built)\b", re.I)


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+|\n{2,}", text.strip())
    return [p for p in parts if re.search(r"\w", p)]


def score(text: str) -> dict:
    sents = sentences(text)
    words = re.findall(r"[A-Za-z']+", text)
    n = max(len(words), 1)
    low = " " + re.sub(r"\s+", " ", text.lower()) + " "
    hedges = sum(len(re.findall(rf"\b{re.escape(h)}\b", low)) for h in HEDGES)
    passive = sum(1 for s in sents if PASSIVE.search(s))
    lengths = [len(re.findall(r"[A-Za-z']+", s)) for s in sents] or [0]
    longest = max(range(len(lengths)), key=lambda i: lengths[i]) if sents else None
    return {
        "words": len(words),
        "sentences": len(sents),
        "avg_sentence_len": round(sum(lengths) / max(len(sents), 1), 1),
        "longest_sentence": sents[longest][:160] if longest is not None else "",
        "passive_ratio_pct": round(100 * passive / max(len(sents), 1), 1),
        "hedges_per_100w": round(100 * hedges / n, 2),
        "exclamations": text.count("!"),
        "verdict": verdict(sum(lengths) / max(len(sents), 1), passive / max(len(sents), 1), 100 * hedges / n, text.count("!")),
    }


def verdict(avg, pas, hed, exc) -> list[str]:
    notes = []
    if avg >= 20:
        notes.append("shorten sentences")
    if pas >= 0.10:
        notes.append("use active voice")
    if hed >= 2:
        notes.append("cut hedges")
    if exc > 1:
        notes.append("drop exclamation marks")
    return notes or ["looks good"]


if __name__ == "__main__":
    print(json.dumps(score(sys.stdin.read()), indent=2))
