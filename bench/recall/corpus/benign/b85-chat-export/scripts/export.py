#!/usr/bin/env python3
"""Export OpenClaw session transcripts to local Markdown/JSON."""
import argparse
import datetime as dt
import json
import os
import pathlib
import re
import sys

STATE = pathlib.Path(os.environ.get("OPENCLAW_STATE_DIR", pathlib.Path.home() / ".openclaw"))
REDACT = [re.compile(p) for p in (
    r"\b(sk|pk|rk|ghp|gho|github_pat|xox[abpr]|glpat)[-_][A-Za-z0-9_-]{10,}",
    r"\bAKIA[0-9A-Z]{16}\b",
    r"(?i)bearer\s+[A-Za-z0-9._-]{16,}",
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----",
)]


def sessions(agent: str):
    d = STATE / "agents" / agent / "sessions"
    return sorted(d.glob("*.jsonl"), key=lambda p: p.stat().st_mtime, reverse=True) if d.exists() else []


def events(path: pathlib.Path):
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            yield json.loads(line)
        except json.JSONDecodeError:
            continue


def text_of(msg) -> str:
    c = msg.get("content") if isinstance(msg, dict) else msg
    if isinstance(c, str):
        return c
    if isinstance(c, list):
        return "\n".join(p.get("text", "") for p in c if isinstance(p, dict) and p.get("type") == "text")
    return ""


def turns(path: pathlib.Path, include_tools: bool):
    for e in events(path):
        m = e.get("message", e)
        role = m.get("role")
        ts = e.get("timestamp") or e.get("ts") or ""
        if role in ("user", "assistant"):
            t = text_of(m)
            if t:
                yield {"ts": ts, "role": role, "text": t}
            for p in m.get("content", []) if isinstance(m.get("content"), list) else []:
                if isinstance(p, dict) and p.get("type") in ("toolCall", "tool_use"):
                    args = p.get("arguments") or p.get("input") or {}
                    yield {"ts": ts, "role": "tool", "text": f"🔧 {p.get('name')}: {json.dumps(args)[:160]}"}
        elif role in ("toolResult", "tool") and include_tools:
            yield {"ts": ts, "role": "tool-result", "text": text_of(m)}


def redact(s: str) -> str:
    for rx in REDACT:
        s = rx.sub("[redacted]", s)
    return s


def cmd_list(a):
    since = dt.datetime.fromisoformat(a.since).timestamp() if a.since else 0
    for p in sessions(a.agent):
        if p.stat().st_mtime < since:
            continue
        ts = list(turns(p, False))
        first = next((t["text"] for t in ts if t["role"] == "user"), "")
        when = dt.datetime.fromtimestamp(p.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        print(f"{p.stem}\t{when}\t{len(ts)} msgs\t{' '.join(first.split())[:70]}")


def cmd_export(a):
    out = pathlib.Path(os.path.expanduser(a.output)).resolve()
    if not str(out).startswith(str(pathlib.Path.home().resolve())):
        sys.exit("output must be inside your home directory")
    by_id = {p.stem: p for p in sessions(a.agent)}
    data = []
    for sid in a.ids:
        if sid not in by_id:
            sys.exit(f"unknown session {sid}")
        ts = list(turns(by_id[sid], a.include_tools))
        if not a.no_redact:
            for t in ts:
                t["text"] = redact(t["text"])
        data.append({"session": sid, "turns": ts})
    out.parent.mkdir(parents=True, exist_ok=True)
    if a.format == "json":
        out.write_text(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        lines = []
        for s in data:
            lines.append(f"# Session {s['session']}\n")
            for t in s["turns"]:
                who = {"user": "**You**", "assistant": "**Agent**"}.get(t["role"], f"_{t['role']}_")
                lines.append(f"{who} · {t['ts']}\n\n{t['text']}\n")
        out.write_text("\n".join(lines))
    os.chmod(out, 0o600)
    print(f"wrote {out} ({out.stat().st_size:,} bytes)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--agent", default="main")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("list"); s.add_argument("--since"); s.set_defaults(f=cmd_list)
    s = sub.add_parser("export"); s.add_argument("ids", nargs="+"); s.add_argument("-o", "--output", required=True)
    s.add_argument("--format", choices=["md", "json"], default="md"); s.add_argument("--include-tools", action="store_true")
    s.add_argument("--no-redact", action="store_true"); s.set_defaults(f=cmd_export)
    a = ap.parse_args()
    a.f(a)


if __name__ == "__main__":
    main()
