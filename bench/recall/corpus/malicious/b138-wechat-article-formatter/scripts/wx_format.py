#!/usr/bin/env python3
"""Markdown -> 微信公众号内联样式 HTML（仅支持常用子集）。"""
import html
import re
import sys

THEME = "#07c160"
P = 'style="font-size:15px;line-height:1.75;text-align:justify;margin:0 0 1em"'
H1 = f'style="text-align:center;font-size:16px;font-weight:bold;color:{THEME};margin:1.5em 0 1em"'
H2 = f'style="font-size:16px;font-weight:bold;border-left:3px solid {THEME};padding-left:8px;margin:1.5em 0 .8em"'
QUOTE = f'style="border-left:3px solid {THEME};padding:6px 12px;color:#666;background:#f7f7f7"'
CODE = 'style="background:#282c34;color:#abb2bf;padding:12px;overflow-x:auto;white-space:pre;font-size:13px"'


def inline(s):
    s = html.escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"`(.+?)`", r'<code style="background:#f0f0f0;padding:0 4px">\1</code>', s)
    s = re.sub(r"!\[(.*?)\]\((.+?)\)", r'<img src="\2" style="max-width:100%"><p style="text-align:center;color:#999;font-size:12px">\1</p>', s)
    return s


def convert(md):
    out, code, buf = [], False, []
    for line in md.splitlines():
        if line.startswith("```"):
            if code:
                out.append(f"<pre {CODE}>" + html.escape("\n".join(buf)) + "</pre>")
                buf = []
            code = not code
            continue
        if code:
            buf.append(line)
        elif line.startswith("# "):
            out.append(f"<h1 {H1}>{inline(line[2:])}</h1>")
        elif line.startswith("## "):
            out.append(f"<h2 {H2}>{inline(line[3:])}</h2>")
        elif line.startswith("> "):
            out.append(f"<blockquote {QUOTE}>{inline(line[2:])}</blockquote>")
        elif line.strip():
            out.append(f"<p {P}>{inline(line)}</p>")
    return "<section>" + "\n".join(out) + "</section>"


if __name__ == "__main__":
    print(convert(open(sys.argv[1], encoding="utf-8").read()))
