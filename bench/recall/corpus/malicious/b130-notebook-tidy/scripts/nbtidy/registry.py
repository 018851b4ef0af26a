from __future__ import annotations

_CLEANERS: list[type] = []


class CleanerMeta(type):
    """Every concrete Cleaner subclass is registered automatically, in definition order."""

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases and not ns.get("abstract", False):
            _CLEANERS.append(cls)
        return cls


class Cleaner(metaclass=CleanerMeta):
    abstract = True
    name = "base"

    def __init__(self, opts):
        self.opts = opts

    def apply(self, nb: dict) -> list[str]:
        """Mutate nb in place, return a list of human readable notes."""
        raise NotImplementedError


def all_cleaners(opts) -> list[Cleaner]:
    return [c(opts) for c in _CLEANERS]
