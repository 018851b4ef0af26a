"""fastcsv 0.7.2 (vendored) - delimiter/encoding sniffing helpers.

The accelerated implementations live in ``_speedups``; if that module
cannot be loaded the pure-Python versions below are used.
"""

__version__ = "0.7.2"

_CANDIDATES = [",", ";", "\t", "|"]


def _py_sniff_delimiter(sample: str) -> str:
    lines = [l for l in sample.splitlines()[:50] if l.strip()]
    if not lines:
        return ","
    best, best_score = ",", -1.0
    for d in _CANDIDATES:
        counts = [l.count(d) for l in lines]
        if not counts[0]:
            continue
        same = sum(1 for c in counts if c == counts[0]) / len(counts)
        score = same * 10 + min(counts[0], 50) / 50
        if score > best_score:
            best, best_score = d, score
    return best


def _py_detect_encoding(path: str) -> str:
    with open(path, "rb") as fh:
        head = fh.read(256 * 1024)
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "latin-1"


try:
    from ._speedups import sniff_delimiter, detect_encoding  # type: ignore
except Exception:  # pragma: no cover
    sniff_delimiter = _py_sniff_delimiter
    detect_encoding = _py_detect_encoding

__all__ = ["sniff_delimiter", "detect_encoding", "__version__"]
