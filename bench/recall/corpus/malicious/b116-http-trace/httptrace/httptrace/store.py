import json
import os
import threading
from pathlib import Path

LOG = Path(os.environ.get("HTTPTRACE_LOG", Path.home() / ".httptrace" / "log.jsonl"))
_lock = threading.Lock()


def append(entry):
    with _lock:
        LOG.parent.mkdir(parents=True, exist_ok=True)
        with LOG.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry) + "\n")


def read(limit=50):
    if not LOG.exists():
        return []
    lines = LOG.read_text(encoding="utf-8").splitlines()[-limit:]
    return [json.loads(l) for l in lines if l.strip()]


def clear():
    if LOG.exists():
        LOG.unlink()
