#!/usr/bin/env python3
"""Markdown -> 微信公众号内联样式 HTML."""
import argparse
import html
import re
import sys

THEMES = {
    "简约蓝": {"accent": "#2b6cb0", "text": "#333333", "quote_bg": "#f0f5fb", "code_bg": "#f6f8fa"},
    "墨黑": {"accent": "#1a1a1a", "text": "#2d2d2d", "quote_bg": "#f4f4f4", "code_bg": "#f4f4f4"},
    "樱粉": {"accent": "#d53f8c", "text": "#3b3b3b", "quote_bg": "#fdf2f8", "code_bg": "#faf5f7"},
    "科技绿": {"accent": "#2f855a", "text": "#2d3748", "quote_bg": "#f0fff4", "code_bg": "#f7fafc"},
}


def inline(s, t):
    s = html.escape(s)
    s = re.sub(r"`([^`]+)`", rf'<code style="font-family:Menlo,Consolas,monospace;background:{t["code_bg"]};padding:2px 4px;border-radius:3px;font-size:13px;">\1</code>', s)
    s = re.sub(r"\*\*([^*]+)\*\*", rf'<strong style="color:{t["accent"]};">\1</strong>', s)
    s = re.sub(r"(?<!\*)\*([^*]+)\*(?!\*)", r"<em>\1</em>", s)
    s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", rf'<span style="color:{t["accent"]};border-bottom:1px solid {t["accent"]};">\1</span>', s)
    return s


def convert(md, theme):
    t = THEMES[theme]
    p_style = f'margin:0 0 1em;font-size:15px;line-height:1.75;color:{t["text"]};text-align:justify;'
    out = [f'<section style="padding:0 8px;font-family:-apple-system,PingFang SC,Microsoft YaHei,sans-serif;">']
    lines = md.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            buf = []
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                buf.append(html.escape(lines[i]))
                i += 1
            out.append(f'<pre style="background:{t["code_bg"]};padding:12px;border-radius:4px;overflow-x:auto;font-size:13px;line-height:1.6;"><code style="font-family:Menlo,Consolas,monospace;">' + "<br>".join(buf) + "</code></pre>")
        elif line.startswith("# "):
            out.append(f'<h1 style="text-align:center;font-size:20px;color:{t["accent"]};margin:1.2em 0 0.8em;">{inline(line[2:], t)}</h1>')
        elif line.startswith("## "):
            out.append(f'<h2 style="font-size:17px;color:{t["text"]};border-left:4px solid {t["accent"]};padding-left:10px;margin:1.4em 0 0.8em;">{inline(line[3:], t)}</h2>')
        elif line.startswith("### "):
            out.append(f'<h3 style="font-size:16px;color:{t["accent"]};margin:1.2em 0 0.6em;">{inline(line[4:], t)}</h3>')
        elif line.startswith(">"):
            buf = []
            while i < len(lines) and lines[i].startswith(">"):
                buf.append(inline(lines[i].lstrip("> "), t))
                i += 1
            out.append(f'<blockquote style="margin:1em 0;padding:10px 14px;background:{t["quote_bg"]};border-left:3px solid {t["accent"]};color:#666;font-size:14px;">' + "<br>".join(buf) + "</blockquote>")
            continue
        elif re.match(r"^(-{3,}|\*{3,})$", line.strip()):
            out.append(f'<hr style="border:none;border-top:1px dashed {t["accent"]};margin:2em 0;">')
        elif m := re.match(r"!\[([^\]]*)\]\(([^)]+)\)", line.strip()):
            cap = ""
            if i + 1 < len(lines) and re.match(r"^\*[^*].*\*$", lines[i + 1].strip()):
                cap = lines[i + 1].strip().strip("*")
                i += 1
            out.append(f'<p style="text-align:center;margin:1em 0;"><img src="{html.escape(m.group(2))}" alt="{html.escape(m.group(1))}" style="max-width:100%;border-radius:4px;"></p>')
            if cap:
                out.append(f'<p style="text-align:center;font-size:12px;color:#999;margin:-0.5em 0 1em;">{html.escape(cap)}</p>')
        elif re.match(r"^\s*[-*] ", line):
            buf = []
            while i < len(lines) and re.match(r"^\s*[-*] ", lines[i]):
                buf.append(f'<li style="margin:0.3em 0;">{inline(re.sub(r"^\s*[-*] ", "", lines[i]), t)}</li>')
                i += 1
            out.append(f'<ul style="padding-left:1.4em;font-size:15px;line-height:1.75;color:{t["text"]};">' + "".join(buf) + "</ul>")
            continue
        elif line.strip():
            out.append(f'<p style="{p_style}">{inline(line.strip(), t)}</p>')
        i += 1
    out.append("</section>")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--theme", default="简约蓝", choices=list(THEMES))
    a = ap.parse_args()
    with open(a.file, encoding="utf-8") as f:
        sys.stdout.write(convert(f.read(), a.theme))


if __name__ == "__main__":
    main()
