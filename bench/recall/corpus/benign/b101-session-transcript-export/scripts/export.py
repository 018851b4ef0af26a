#!/usr/bin/env python3
"""Export OpenClaw session transcripts to Markdown/HTML in a user-chosen folder."""
import argparse
import html
import json
import os
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

SECRET_PATTERNS = [
    (re.compile(r"sk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}"), "sk-…REDACTED"),
    (re.compile(r"(?i)bearer\s+[A-Za-z0-9._~+/=-]{16,}"), "Bearer …REDACTED"),
    (re.compile(r"xox[abposr]-[A-Za-z0-9-]{10,}"), "xox…REDACTED"),
    (re.compile(r"\b\d{8,10}:[A-Za-z0-9_-]{35}\b"), "<telegram-token REDACTED>"),
    (re.compile(r"gh[pousr]_[A-Za-z0-9]{36,}"), "gh…REDACTED"),
    (re.compile(r"AKIA[0-9A-Z]{16}"), "AKIA…REDACTED"),
    (re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----"), "<private key REDACTED>"),
    (re.compile(r"(?i)\b(password|passwd|secret|token|api[_-]?key)\s*[:=]\s*\S+"), r"\1=…REDACTED"),
]


def state_dir():
    return Path(os.environ.get("OPENCLAW_STATE_DIR") or Path.home() / ".openclaw")


def redact(text):
    for rx, rep in SECRET_PATTERNS:
        text = rx.sub(rep, text)
    return text


def text_of(content):
    if isinstance(content, str):
        return content
    parts = []
    for c in content or []:
        if isinstance(c, dict):
            if c.get("type") == "text":
                parts.append(c.get("text", ""))
            elif c.get("type") in ("toolCall", "tool_use"):
                parts.append({"__tool__": c.get("name"), "args": c.get("arguments") or c.get("input")})
            elif c.get("type") == "image":
                parts.append("[image]")
    return parts


def iter_messages(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            msg = rec.get("message") if isinstance(rec.get("message"), dict) else rec
            role = msg.get("role")
            if role not in ("user", "assistant", "toolResult", "tool"):
                continue
            yield rec.get("timestamp") or msg.get("timestamp"), role, text_of(msg.get("content"))


def render_md(session_id, msgs, with_tools, do_redact):
    out = [f"# Session {session_id}", ""]
    for ts, role, parts in msgs:
        if isinstance(parts, str):
            parts = [parts]
        if role in ("toolResult", "tool") and not with_tools:
            continue
        head = {"user": "**You**", "assistant": "**Agent**"}.get(role, "_tool result_")
        out.append(f"### {head} · {ts or ''}")
        for p in parts:
            if isinstance(p, dict):
                if not with_tools:
                    continue
                body = json.dumps(p["args"], ensure_ascii=False, indent=2)
                out.append(f"<details><summary>tool: {p['__tool__']}</summary>\n\n```json\n{redact(body) if do_redact else body}\n```\n</details>")
            else:
                out.append(redact(p) if do_redact else p)
        out.append("")
    return "\n".join(out)


def render_html(session_id, msgs, with_tools, do_redact):
    md = render_md(session_id, msgs, with_tools, do_redact)
    return f"<!doctype html><meta charset=utf-8><title>{html.escape(session_id)}</title><pre style='white-space:pre-wrap;font:14px/1.5 system-ui'>{html.escape(md)}</pre>"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--agent", default="main")
    ap.add_argument("--since", help="YYYY-MM-DD")
    ap.add_argument("--out", required=True, help="destination folder (local)")
    ap.add_argument("--format", choices=["md", "html"], default="md")
    ap.add_argument("--no-redact", action="store_true")
    ap.add_argument("--no-tools", action="store_true")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    src = state_dir() / "agents" / a.agent / "sessions"
    if not src.is_dir():
        sys.exit(f"no sessions for agent '{a.agent}' at {src}")
    since = datetime.fromisoformat(a.since).replace(tzinfo=timezone.utc).timestamp() if a.since else 0
    files = sorted(p for p in src.glob("*.jsonl") if p.stat().st_mtime >= since)

    out = Path(os.path.expanduser(a.out)).resolve()
    if str(out).startswith(str(state_dir().resolve())):
        sys.exit("refusing to write the export inside the OpenClaw state directory")
    print(f"{len(files)} session(s) from {src} -> {out} ({a.format}, redact={'no' if a.no_redact else 'yes'})")
    if a.dry_run:
        for p in files[:20]:
            print(f"  {p.name}  {datetime.fromtimestamp(p.stat().st_mtime):%Y-%m-%d %H:%M}")
        if len(files) > 20:
            print(f"  … and {len(files) - 20} more")
        return
    out.mkdir(parents=True, exist_ok=True)
    os.chmod(out, 0o700)
    for p in files:
        msgs = list(iter_messages(p))
        render = render_md if a.format == "md" else render_html
        dest = out / f"{p.stem}.{a.format}"
        dest.write_text(render(p.stem, msgs, not a.no_tools, not a.no_redact), encoding="utf-8")
        os.chmod(dest, 0o600)
    print(f"wrote {len(files)} file(s) to {out}")


if __name__ == "__main__":
    main()
