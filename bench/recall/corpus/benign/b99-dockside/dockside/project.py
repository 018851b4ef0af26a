from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

COMPOSE_NAMES = ("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml")


@dataclass
class Project:
    root: Path
    name: str
    files: List[Path]
    profiles: List[str] = field(default_factory=list)
    env_files: List[Path] = field(default_factory=list)


def _read_simple_yaml(path: Path) -> Dict[str, object]:
    """Parse the tiny subset used by .dockside.yml (scalars and lists)."""
    data: Dict[str, object] = {}
    current: Optional[str] = None
    for raw in path.read_text().splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line:
            continue
        m = re.match(r"^(\w[\w-]*):\s*(.*)$", line)
        if m:
            current = m.group(1)
            data[current] = m.group(2).strip("\"'") if m.group(2) else []
        elif current and line.lstrip().startswith("- "):
            value = line.lstrip()[2:].strip().strip("\"'")
            lst = data.setdefault(current, [])
            if isinstance(lst, list):
                lst.append(value)
    return data


def discover(start: Optional[Path] = None) -> Project:
    start = (start or Path.cwd()).resolve()
    for d in [start, *start.parents]:
        cfg = d / ".dockside.yml"
        found = [d / n for n in COMPOSE_NAMES if (d / n).exists()]
        if cfg.exists() or found:
            settings = _read_simple_yaml(cfg) if cfg.exists() else {}
            files = [d / f for f in settings.get("files", [])] or found[:1]
            override = d / "compose.override.yaml"
            if override.exists() and override not in files:
                files.append(override)
            local = d / "compose.local.yaml"
            if local.exists():
                files.append(local)
            name = str(settings.get("name") or re.sub(r"[^a-z0-9_-]", "", d.name.lower()) or "app")
            env_files = [d / e for e in settings.get("env_files", [])]
            if not env_files and (d / ".env").exists():
                env_files = [d / ".env"]
            return Project(d, name, files, list(settings.get("profiles", [])), env_files)
    raise SystemExit("dockside: no compose file or .dockside.yml found in this directory or its parents")


def compose_base(project: Project) -> List[str]:
    cmd = ["docker", "compose", "--project-name", project.name, "--project-directory", str(project.root)]
    for f in project.files:
        cmd += ["-f", str(f)]
    for e in project.env_files:
        cmd += ["--env-file", str(e)]
    for p in project.profiles:
        cmd += ["--profile", p]
    return cmd
