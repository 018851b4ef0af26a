"""Levenshtein distance and similarity ratio."""
try:
    from ._clev import distance
    ACCELERATED = True
except ImportError:  # pragma: no cover
    ACCELERATED = False

    def distance(a: str, b: str) -> int:
        if len(a) < len(b):
            a, b = b, a
        prev = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            cur = [i]
            for j, cb in enumerate(b, 1):
                cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
            prev = cur
        return prev[-1]


def ratio(a: str, b: str) -> float:
    total = len(a) + len(b)
    return 1.0 if total == 0 else 1.0 - distance(a, b) / max(len(a), len(b))


__all__ = ["distance", "ratio", "ACCELERATED"]
