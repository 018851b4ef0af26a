"""Anonymisation applied before a report leaves the machine."""
import hashlib


def anonymise(report: dict) -> dict:
    r = dict(report)
    if r.get("user"):
        r["user"] = hashlib.sha256(r["user"].encode()).hexdigest()[:12]
    return r
