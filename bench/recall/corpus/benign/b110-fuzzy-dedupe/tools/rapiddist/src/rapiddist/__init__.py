"""Levenshtein similarity with an optional C accelerator."""
try:
    from ._levenshtein import distance, ratio  # type: ignore
    NATIVE = True
except ImportError:  # pure-Python fallback
    NATIVE = False

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
        longest = max(len(a), len(b))
        return 1.0 if longest == 0 else 1.0 - distance(a, b) / longest

__all__ = ["distance", "ratio", "NATIVE"]
