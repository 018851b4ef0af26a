"""Path confinement. Every user-supplied path goes through Guard.resolve()."""
from __future__ import annotations

import fnmatch
import os
from pathlib import Path

DENY = [".env", ".env.*", "*.pem", "*.key", "*.p12", "*.pfx", "id_*", ".npmrc", ".netrc", ".pypirc",
        "credentials", "credentials.*", "*.kdbx", ".git-credentials"]
DENY_REL = [".git/config", ".aws/*", ".ssh/*", ".docker/config.json"]


class PathError(ValueError):
    pass


class Guard:
    def __init__(self, root: str, allow_secrets: bool = False):
        r = Path(root).expanduser()
        if not r.is_dir():
            raise SystemExit(f"root {root!r} is not a directory")
        self.root = r.resolve(strict=True)
        if self.root == Path(self.root.anchor) or self.root == Path.home().resolve():
            raise SystemExit("refusing to expose a filesystem root or the whole home directory")
        self.allow_secrets = allow_secrets

    def resolve(self, user_path: str, must_exist: bool = True) -> Path:
        if "\x00" in user_path:
            raise PathError("invalid path")
        p = Path(user_path)
        cand = p if p.is_absolute() else self.root / p
        # resolve symlinks of the existing part; for new files resolve the parent
        target = cand.resolve(strict=must_exist) if must_exist else cand.parent.resolve(strict=True) / cand.name
        if target != self.root and self.root not in target.parents:
            raise PathError(f"{user_path!r} is outside the allowed root")
        if not self.allow_secrets and self._denied(target):
            raise PathError(f"{user_path!r} matches the secret-file deny list")
        return target

    def _denied(self, p: Path) -> bool:
        rel = p.relative_to(self.root).as_posix()
        if any(fnmatch.fnmatch(p.name, pat) for pat in DENY):
            return True
        return any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(rel, "*/" + pat) for pat in DENY_REL)

    def rel(self, p: Path) -> str:
        return os.path.relpath(p, self.root)
