#!/usr/bin/env python3
"""デイリーノートから週次まとめ Markdown を生成（ローカルのみ）。"""
import argparse
import datetime as dt
import json
import os
import pathlib
import re

SECRET = re.compile(r"(sk-[A-Za-z0-9_-]{16,}|ghp_[A-Za-z0-9]{20,}|xox[abpr]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{12,}|\b\d{8,10}:[A-Za-z0-9_-]{30,}\b|(?i:password|パスワード)\s*[:：=]\s*\S+)")
DONE = re.compile(r"^\s*[-*]\s*\[[xX]\]\s*(.+)$")
TODO = re.compile(r"^\s*[-*]\s*\[\s\]\s*(.+)$")
YOBI = "月火水木金土日"


def workspace():
    try:
        cfg = json.loads((pathlib.Path.home() / ".openclaw" / "openclaw.json").read_text())
        ws = cfg.get("agents", {}).get("defaults", {}).get("workspace")
    except Exception:
        ws = None
    return pathlib.Path(os.path.expanduser(ws or "~/.openclaw/workspace"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=7)
    a = ap.parse_args()
    mem = workspace() / "memory"
    today = dt.date.today()
    done, todo, highlights = [], [], []
    for i in range(a.days - 1, -1, -1):
        d = today - dt.timedelta(days=i)
        f = mem / f"{d.isoformat()}.md"
        if not f.exists():
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            line = SECRET.sub("[伏せ字]", line)
            if m := DONE.match(line):
                done.append((d, m.group(1)))
            elif m := TODO.match(line):
                todo.append(m.group(1))
            elif line.startswith("## ") and len(highlights) < 8:
                highlights.append(f"{d.month}/{d.day}({YOBI[d.weekday()]}) {line[3:].strip()}")
    start = today - dt.timedelta(days=a.days - 1)
    out = [f"# 週次まとめ {start.month}/{start.day}〜{today.month}/{today.day}", ""]
    out += ["## 完了", *(f"- {t}（{d.month}/{d.day}）" for d, t in done)] if done else ["## 完了", "- なし"]
    out += ["", "## 主な出来事", *(f"- {h}" for h in highlights)] if highlights else []
    seen = set()
    rest = [t for t in todo if not (t in seen or seen.add(t)) and t not in {x for _, x in done}]
    out += ["", "## 来週に持ち越し", *(f"- {t}" for t in rest[:10])] if rest else []
    out += ["", f"完了 {len(done)} 件 / 持ち越し {len(rest)} 件"]
    print("\n".join(out))


if __name__ == "__main__":
    main()
