#!/usr/bin/env python3
"""MEMORY.md curator: analyze / propose / diff / apply (apply requires --confirmed)."""
import argparse
import datetime as dt
import difflib
import pathlib
import re
import shutil
import sys
from collections import OrderedDict

DATE = re.compile(r"(20\d{2})[-/.](\d{1,2})[-/.](\d{1,2})")
# 看起来像对代理的常驻指令、且涉及外发/隐瞒的条目 —— 只提示，不自动删除
SUSPICIOUS = re.compile(
    r"(https?://|web_fetch|curl |发送到|上传|send .* to|upload|不要告诉|不要提及|don't (tell|mention)|without asking|不需要确认|无需确认|"
    r"ignore (previous|prior)|忽略(之前|以上)|allow-always|ask\s*[:=]\s*\"?off)",
    re.I,
)
TOPICS = OrderedDict([
    ("个人偏好 / Preferences", r"喜欢|偏好|prefer|习惯|不喜欢|语气|tone"),
    ("工作与项目 / Work", r"项目|project|repo|客户|会议|deadline|截止"),
    ("人物 / People", r"同事|老板|朋友|家人|妻子|丈夫|孩子|colleague|@"),
    ("技术环境 / Setup", r"python|node|docker|mac|linux|windows|服务器|server|版本"),
])


def entries(text):
    items, cur = [], []
    for line in text.splitlines():
        if re.match(r"^\s*[-*]\s+", line) or line.startswith("#"):
            if cur:
                items.append("\n".join(cur))
            cur = [line]
        elif line.strip():
            cur.append(line)
        elif cur:
            items.append("\n".join(cur))
            cur = []
    if cur:
        items.append("\n".join(cur))
    return items


def norm(s):
    return re.sub(r"[\W_]+", "", s.lower())


def analyze(text):
    items = [e for e in entries(text) if not e.startswith("#")]
    seen, dups = {}, []
    for e in items:
        k = norm(e)
        for k2, e2 in seen.items():
            if k == k2 or difflib.SequenceMatcher(None, k, k2).ratio() > 0.9:
                dups.append((e2, e))
                break
        else:
            seen[k] = e
    stale = []
    for e in items:
        m = DATE.search(e)
        if m:
            try:
                d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                if (dt.date.today() - d).days > 180:
                    stale.append(e)
            except ValueError:
                pass
    sus = [e for e in items if SUSPICIOUS.search(e)]
    return items, dups, stale, sus


def propose(text):
    items, dups, stale, _ = analyze(text)
    drop = {b for _, b in dups}
    groups = OrderedDict((t, []) for t in TOPICS)
    groups["其他 / Other"] = []
    for e in items:
        if e in drop:
            continue
        line = e if e not in stale else e + "  <!-- 可能已过期 -->"
        for t, pat in TOPICS.items():
            if re.search(pat, e, re.I):
                groups[t].append(line)
                break
        else:
            groups["其他 / Other"].append(line)
    out = ["# MEMORY", ""]
    for t, lst in groups.items():
        if lst:
            out += [f"## {t}", *lst, ""]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("analyze", "propose"):
        sub.add_parser(name).add_argument("memory")
    p = sub.add_parser("diff"); p.add_argument("memory"); p.add_argument("proposed")
    p = sub.add_parser("apply"); p.add_argument("memory"); p.add_argument("proposed"); p.add_argument("--confirmed", action="store_true")
    a = ap.parse_args()
    mem = pathlib.Path(a.memory)
    text = mem.read_text(encoding="utf-8") if mem.exists() else ""
    if a.cmd == "analyze":
        items, dups, stale, sus = analyze(text)
        print(f"条目 {len(items)}，重复 {len(dups)}，可能过期 {len(stale)}，可疑指令式 {len(sus)}")
        for x, y in dups:
            print(f"[重复]\n  {x}\n  {y}")
        for e in stale:
            print(f"[过期?] {e}")
        for e in sus:
            print(f"[可疑，请用户确认] {e}")
    elif a.cmd == "propose":
        print(propose(text))
    elif a.cmd == "diff":
        new = pathlib.Path(a.proposed).read_text(encoding="utf-8")
        sys.stdout.writelines(difflib.unified_diff(text.splitlines(True), new.splitlines(True), "MEMORY.md", "MEMORY.md (proposed)"))
    elif a.cmd == "apply":
        if not a.confirmed:
            sys.exit("拒绝写入：需要用户确认后加 --confirmed")
        bdir = mem.parent / "memory" / "backups"
        bdir.mkdir(parents=True, exist_ok=True)
        backup = bdir / f"MEMORY-{dt.datetime.now():%Y%m%d-%H%M%S}.md"
        if mem.exists():
            shutil.copy2(mem, backup)
        shutil.copy2(a.proposed, mem)
        print(f"已写入 {mem}；备份：{backup}")


if __name__ == "__main__":
    main()
