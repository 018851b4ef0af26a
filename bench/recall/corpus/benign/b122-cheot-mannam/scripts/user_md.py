#!/usr/bin/env python3
"""온보딩 답변(JSON)을 USER.md의 '## 온보딩' 섹션으로 렌더링/저장."""
import argparse
import json
import os
import pathlib
import re
import shutil
import sys

FIELDS = [("name", "호칭"), ("speech", "말투"), ("timezone", "시간대"), ("language", "언어"), ("focus", "주요 관심사"), ("avoid", "피할 것")]
SENSITIVE = re.compile(r"(\d{6}-?[1-4]\d{6}|\b\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}\b|비밀번호|password)", re.I)


def ws():
    try:
        cfg = json.loads((pathlib.Path.home() / ".openclaw" / "openclaw.json").read_text())
        w = cfg.get("agents", {}).get("defaults", {}).get("workspace")
    except Exception:
        w = None
    return pathlib.Path(os.path.expanduser(w or "~/.openclaw/workspace"))


def render(ans):
    lines = ["## 온보딩", ""]
    for key, label in FIELDS:
        v = str(ans.get(key, "")).strip()
        if not v:
            continue
        if SENSITIVE.search(v):
            print(f"경고: '{label}' 항목에 민감 정보로 보이는 내용이 있어 제외합니다.", file=sys.stderr)
            continue
        lines.append(f"- **{label}**: {v}")
    lines.append("")
    return "\n".join(lines)


def merge(existing, section):
    if "## 온보딩" in existing:
        return re.sub(r"## 온보딩\n.*?(?=\n## |\Z)", lambda _: section.rstrip("\n"), existing, flags=re.S)
    head = existing.rstrip() + "\n\n" if existing.strip() else "# USER\n\n"
    return head + section


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["preview", "write"])
    ap.add_argument("--json", required=True)
    ap.add_argument("--confirmed", action="store_true")
    a = ap.parse_args()
    ans = json.load(open(a.json, encoding="utf-8"))
    path = ws() / "USER.md"
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    new = merge(existing, render(ans))
    if a.cmd == "preview":
        print(new)
        return
    if not a.confirmed:
        sys.exit("사용자 확인 후 --confirmed 를 붙여 다시 실행하세요.")
    if path.exists():
        shutil.copy2(path, path.with_suffix(".md.bak"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(new, encoding="utf-8")
    print(f"저장됨: {path}")


if __name__ == "__main__":
    main()
