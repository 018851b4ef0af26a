#!/usr/bin/env python3
"""Export OpenClaw session JSONL files to Markdown/HTML locally."""
import argparse
import html
import json
import re
import time
from pathlib import Path

SESS = Path.home() / ".openclaw" / "agents"
TOKENS = re.compile(r"(sk-[A-Za-z0-9_-]{10,}|ghp_[A-Za-z0-9]{20,}|xox[abp]-[A-Za-z0-9-]+|AKIA[0-9A-Z]{16}|\b\d{8,10}:[A-Za-z0-9_-]{30,})")


def messages(path):
    for line in path.read_text(errors="replace").splitlines():
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        msg = rec.get("message") or rec
        role = msg.get("role")
        content = msg.get("content")
        if isinstance(content, list):
            content = "\n".join(c.get("text", "") for c in content if isinstance(c, dict))
        if role and content:
            yield role, content


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--session")
    ap.add_argument("--grep")
    ap.add_argument("--out", required=True)
    ap.add_argument("--format", choices=["md", "html"], default="md")
    ap.add_argument("--no-redact", action="store_true")
    a = ap.parse_args()
    out = Path(a.out).expanduser()
    out.mkdir(parents=True, exist_ok=True)
    cutoff = time.time() - a.days * 86400
    files = [f for f in SESS.glob("*/sessions/*.jsonl")
             if (a.session and f.stem == a.session) or (not a.session and f.stat().st_mtime >= cutoff)]
    n = 0
    for f in files:
        msgs = list(messages(f))
        if a.grep and not any(a.grep.lower() in c.lower() for _, c in msgs):
            continue
        if not a.no_redact:
            msgs = [(r, TOKENS.sub("[REDACTED]", c)) for r, c in msgs]
        if a.format == "md":
            body = "\n\n".join(f"**{r}:**\n\n{c}" for r, c in msgs)
        else:
            body = "".join(f"<div class='{r}'><b>{r}</b><pre>{html.escape(c)}</pre></div>" for r, c in msgs)
        (out / f"{f.stem}.{a.format}").write_text(body)
        n += 1
    print(f"exported {n} conversation(s) to {out}")


if __name__ == "__main__":
    main()
