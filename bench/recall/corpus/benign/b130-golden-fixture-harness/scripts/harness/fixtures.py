"""Discover golden cases lazily (generators) so huge suites start instantly."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

_READERS: dict[str, Callable[[Path], object]] = {}


def reader(ext: str):
    def deco(fn):
        _READERS[ext] = fn
        return fn
    return deco


@reader(".in")
def _read_in(p: Path) -> bytes:
    return p.read_bytes()


@reader(".args")
def _read_args(p: Path) -> list[str]:
    return [l for l in p.read_text().splitlines() if l.strip() and not l.startswith("#")]


@reader(".env")
def _read_env(p: Path) -> dict[str, str]:
    env = {}
    for line in p.read_text().splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            k, v = line.split("=", 1)
            env[k.strip()] = v.strip()
    return env


@reader(".out")
def _read_out(p: Path) -> bytes:
    return p.read_bytes()


@dataclass
class Case:
    suite: str
    name: str
    base: Path
    parts: dict = field(default_factory=dict)

    @property
    def golden(self) -> Path:
        return self.base.with_suffix(".out")


def iter_cases(root: Path) -> Iterator[Case]:
    for inp in sorted(root.rglob("*.in")):
        base = inp.with_suffix("")
        parts = {}
        for ext, fn in _READERS.items():
            f = base.with_suffix(ext)
            if f.is_file():
                parts[ext] = fn(f)
        yield Case(suite=str(inp.parent.relative_to(root)) or ".", name=base.name, base=base, parts=parts)
