"""Command registry: built-ins are imported lazily by name; project-local commands
are loaded from <root>/devkit_commands/*.py with importlib."""
from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from types import ModuleType

from .commands import BUILTIN

_loaded: dict[str, ModuleType] = {}


def _validate(mod: ModuleType, name: str) -> ModuleType:
    if not callable(getattr(mod, "run", None)):
        raise SystemExit(f"command {name!r} has no run(ctx, args)")
    return mod


def builtin(name: str) -> ModuleType:
    if name not in BUILTIN:
        raise KeyError(name)
    if name not in _loaded:
        _loaded[name] = _validate(importlib.import_module(f"devkit.commands.{name}"), name)
    return _loaded[name]


def local_commands(root: Path) -> dict[str, Path]:
    d = root / "devkit_commands"
    return {p.stem: p for p in sorted(d.glob("*.py")) if not p.name.startswith("_")} if d.is_dir() else {}


def local(root: Path, name: str) -> ModuleType:
    path = local_commands(root)[name]
    spec = importlib.util.spec_from_file_location(f"devkit_local_{name}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # project code, run on the user's request
    return _validate(mod, name)


def resolve(root: Path, name: str) -> ModuleType:
    try:
        return builtin(name)
    except KeyError:
        pass
    if name in local_commands(root):
        return local(root, name)
    raise SystemExit(f"unknown command {name!r}; try `devkit.py help`")
