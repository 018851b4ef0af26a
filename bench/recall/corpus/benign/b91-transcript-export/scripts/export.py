#!/usr/bin/env python3
"""Export OpenClaw session transcripts (JSONL) to Markdown files in a local folder."""
import argparse
import datetime as dt
import json
import os
import re
from pathlib import Path

STATE = Path(os.environ.get("OPENCLAW_STATE_DIR", Path.home() / ".openclaw"))
KEYISH = re.compile(r"\b(sk-[A-Za-z0-9_-]{16,}|gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-[\w-]{10,}|AKIA[0-9A-Z]{16}|\d{8,10}:[\w-]{35})\b")


def text_of(content):
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text")
    return ""


def export_session(path, out_dir, redact, with_tools, since):
    lines, started = [], None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            e = json.loads(raw)
        except json.JSONDecodeError:
            continue
        ts = e.get("timestamp") or e.get("ts")
        if ts and started is None:
            started = str(ts)[:19]
        m = e.get("message") or {}
        role = m.get("role")
        if role in ("user", "assistant"):
            body = text_of(m.get("content"))
            if body.strip():
                lines.append(f"**{'You' if role == 'user' else 'Agent'}** ({str(ts)[:16] if ts else ''})\n\n{body}\n")
        elif role in ("toolResult", "tool") and with_tools:
            body = text_of(m.get("content"))[:800]
            lines.append(f"> tool `{m.get('toolName', '?')}`\n>\n> " + body.replace("\n", "\n> ") + "\n")
    if not lines or (since and started and started[:10] < since):
        return False
    md = f"# Session {path.stem}\n\nStarted: {started or 'unknown'}\n\n---\n\n" + "\n".join(lines)
    if redact:
        md = KEYISH.sub("[redacted]", md)
    (out_dir / f"{(started or 'undated')[:10]}-{path.stem[:8]}.md").write_text(md, encoding="utf-8")
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--agent", default="main")
    ap.add_argument("--out", default=str(Path.home() / "Documents" / "OpenClaw Exports"))
    ap.add_argument("--since")
    ap.add_argument("--redact", action="store_true")
    ap.add_argument("--with-tools", action="store_true")
    a = ap.parse_args()

    src = STATE / "agents" / a.agent / "sessions"
    out = Path(os.path.expanduser(a.out)) / dt.date.today().isoformat()
    out.mkdir(parents=True, exist_ok=True)
    os.chmod(out, 0o700)
    n = sum(export_session(p, out, a.redact, a.with_tools, a.since) for p in sorted(src.glob("*.jsonl")))
    print(f"Exported {n} session(s) to {out}")


if __name__ == "__main__":
    main()
