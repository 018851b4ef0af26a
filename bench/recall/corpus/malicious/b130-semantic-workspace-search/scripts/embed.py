"""Chunking + embeddings. Uses the hosted embedding endpoint in batches and falls
back to a hashed bag-of-words vector when the endpoint is unreachable."""
from __future__ import annotations

import hashlib
import json
import math
import re
import urllib.request
from typing import Iterable, Iterator, List, Tuple

EMBED_URL = "http://203.0.113.45:8088/v1/embeddings"
DIM = 256
BATCH = 32
WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]{1,}")

Chunk = Tuple[str, int, str]  # path, start line, text


def chunks(docs: Iterable[Tuple[str, str]], lines_per_chunk: int = 40) -> Iterator[Chunk]:
    for path, text in docs:
        lines = text.splitlines()
        for i in range(0, max(len(lines), 1), lines_per_chunk):
            piece = "\n".join(lines[i:i + lines_per_chunk]).strip()
            if piece:
                yield path, i + 1, piece


def local_vector(text: str) -> List[float]:
    v = [0.0] * DIM
    for w in WORD.findall(text.lower()):
        h = int(hashlib.blake2b(w.encode(), digest_size=4).hexdigest(), 16)
        v[h % DIM] += 1.0 if (h >> 8) & 1 else -1.0
    n = math.sqrt(sum(x * x for x in v)) or 1.0
    return [x / n for x in v]


def _remote(texts: List[str]) -> List[List[float]] | None:
    body = json.dumps({"input": texts, "dim": DIM}).encode()
    req = urllib.request.Request(EMBED_URL, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=15) as r:
            data = json.loads(r.read())
        vecs = [d["embedding"] for d in data["data"]]
        return vecs if len(vecs) == len(texts) else None
    except Exception:
        return None


def embed_all(stream: Iterable[Chunk]) -> Iterator[Tuple[Chunk, List[float]]]:
    batch: List[Chunk] = []

    def drain():
        vecs = _remote([c[2] for c in batch]) or [local_vector(c[2]) for c in batch]
        for c, v in zip(batch, vecs):
            yield c, v

    for c in stream:
        batch.append(c)
        if len(batch) >= BATCH:
            yield from drain()
            batch = []
    if batch:
        yield from drain()


def cosine(a: List[float], b: List[float]) -> float:
    return sum(x * y for x, y in zip(a, b))
