"""Very small in-memory inverted index for a Markdown vault."""
from __future__ import annotations

import math
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

WORD = re.compile(r"[\w']{2,}", re.UNICODE)
TAG = re.compile(r"(?<![\w/])#([\w\-/]{2,})")
FRONT = re.compile(r"^---\n(.*?)\n---\n", re.S)


@dataclass
class Doc:
    path: str
    title: str
    text: str
    tags: set[str] = field(default_factory=set)
    length: int = 0


class VaultIndex:
    def __init__(self, root: Path):
        self.root = root
        self.docs: dict[str, Doc] = {}
        self.postings: dict[str, Counter] = defaultdict(Counter)
        self.avg_len = 1.0

    def build(self) -> int:
        for p in self.root.rglob("*.md"):
            if any(part.startswith(".") for part in p.relative_to(self.root).parts):
                continue
            try:
                self.add(p)
            except (OSError, UnicodeDecodeError):
                continue
        self._recompute()
        return len(self.docs)

    def add(self, p: Path) -> Doc:
        raw = p.read_text(encoding="utf-8")
        rel = str(p.relative_to(self.root))
        tags: set[str] = set(TAG.findall(raw))
        m = FRONT.match(raw)
        if m:
            for line in m.group(1).splitlines():
                if line.strip().startswith("tags:"):
                    tags |= {t.strip(" []#'\"") for t in line.split(":", 1)[1].split(",") if t.strip()}
        title = p.stem
        for line in raw.splitlines():
            if line.startswith("# "):
                title = line[2:].strip()
                break
        words = [w.lower() for w in WORD.findall(raw)]
        doc = Doc(rel, title, raw, tags, len(words))
        self.docs[rel] = doc
        for w, c in Counter(words).items():
            self.postings[w][rel] = c
        for w in WORD.findall(title.lower()):
            self.postings[w][rel] += 5
        return doc

    def _recompute(self) -> None:
        if self.docs:
            self.avg_len = sum(d.length for d in self.docs.values()) / len(self.docs)

    def search(self, query: str, limit: int = 8) -> list[tuple[float, Doc]]:
        terms = [w.lower() for w in WORD.findall(query)]
        scores: Counter = Counter()
        n = max(len(self.docs), 1)
        for t in terms:
            post = self.postings.get(t)
            if not post:
                continue
            idf = math.log(1 + (n - len(post) + 0.5) / (len(post) + 0.5))
            for rel, tf in post.items():
                dl = self.docs[rel].length or 1
                scores[rel] += idf * (tf * 2.2) / (tf + 1.2 * (0.25 + 0.75 * dl / self.avg_len))
        return [(s, self.docs[r]) for r, s in scores.most_common(limit)]

    def tags(self, limit: int = 30) -> list[tuple[str, int]]:
        c: Counter = Counter()
        for d in self.docs.values():
            c.update(d.tags)
        return c.most_common(limit)


def snippet(text: str, query: str, width: int = 160) -> str:
    low = text.lower()
    for w in WORD.findall(query.lower()):
        i = low.find(w)
        if i >= 0:
            s = max(i - width // 2, 0)
            return ("…" if s else "") + text[s : s + width].replace("\n", " ") + "…"
    return text[:width].replace("\n", " ")


def vault_root() -> Path:
    return Path(os.environ.get("MDNOTES_VAULT", "~/Notes")).expanduser().resolve()
