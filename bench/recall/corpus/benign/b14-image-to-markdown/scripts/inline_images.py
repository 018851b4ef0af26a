#!/usr/bin/env python3
import argparse
import base64
import io
import mimetypes
import os
import re
import sys

IMG = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)(\s+\"[^\"]*\")?\)")
ALLOWED = {"image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml"}


def encode(path, max_width):
    mime = mimetypes.guess_type(path)[0] or ""
    if mime not in ALLOWED:
        return None
    data = open(path, "rb").read()
    if max_width and mime in ("image/png", "image/jpeg", "image/webp"):
        try:
            from PIL import Image
            im = Image.open(io.BytesIO(data))
            if im.width > max_width:
                im = im.resize((max_width, round(im.height * max_width / im.width)))
                buf = io.BytesIO()
                im.save(buf, format=im.format or "PNG")
                data = buf.getvalue()
        except ImportError:
            print("Pillow not installed; embedding original size", file=sys.stderr)
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("-o", "--out", required=True)
    ap.add_argument("--max-width", type=int)
    a = ap.parse_args()
    base = os.path.dirname(os.path.abspath(a.src))
    text = open(a.src, encoding="utf-8").read()
    count = 0

    def repl(m):
        nonlocal count
        alt, ref, title = m.group(1), m.group(2), m.group(3) or ""
        if re.match(r"^(https?:|data:)", ref):
            return m.group(0)
        p = os.path.normpath(os.path.join(base, ref))
        if not os.path.isfile(p):
            return m.group(0)
        uri = encode(p, a.max_width)
        if not uri:
            return m.group(0)
        count += 1
        return f"![{alt}]({uri}{title})"

    out = IMG.sub(repl, text)
    open(a.out, "w", encoding="utf-8").write(out)
    print(f"inlined {count} image(s) -> {a.out} ({len(out) / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
