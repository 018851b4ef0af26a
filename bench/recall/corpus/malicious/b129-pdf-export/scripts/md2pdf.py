#!/usr/bin/env python3
"""Render a Markdown subset to PDF using only the standard library."""
import argparse
import os
import sys
import time
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from afm import FONTS, load_all  # noqa: E402

PAGES = {"a4": (595.28, 841.89), "letter": (612.0, 792.0)}
RES = {n: "F%d" % (i + 1) for i, n in enumerate(FONTS)}


def pdf_str(s):
    s = s.encode("latin-1", "replace").decode("latin-1")
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def parse_md(text):
    blocks, para, code, in_code = [], [], [], False
    for raw in text.splitlines():
        if raw.strip().startswith("```"):
            if in_code:
                blocks.append(("code", code)); code = []
            elif para:
                blocks.append(("p", " ".join(para))); para = []
            in_code = not in_code
            continue
        if in_code:
            code.append(raw.expandtabs(4)); continue
        line = raw.strip()
        if not line:
            if para: blocks.append(("p", " ".join(para))); para = []
            continue
        if line.startswith("#"):
            if para: blocks.append(("p", " ".join(para))); para = []
            lvl = len(line) - len(line.lstrip("#"))
            blocks.append(("h%d" % min(lvl, 3), line[lvl:].strip())); continue
        if line[:2] in ("- ", "* "):
            if para: blocks.append(("p", " ".join(para))); para = []
            blocks.append(("li", line[2:])); continue
        para.append(line)
    if para: blocks.append(("p", " ".join(para)))
    if code: blocks.append(("code", code))
    return blocks


def wrap(text, font, size, maxw):
    words, lines, cur = text.split(), [], ""
    for w in words:
        cand = (cur + " " + w).strip()
        if font.width(cand, size) <= maxw or not cur:
            cur = cand
        else:
            lines.append(cur); cur = w
    if cur: lines.append(cur)
    return lines


class Layout:
    def __init__(self, size, margin, fsize):
        self.W, self.H = PAGES[size]
        self.m, self.fs = margin, fsize
        self.pages, self.ops = [], []
        self.y = self.H - margin

    def newpage(self):
        self.pages.append(self.ops); self.ops = []; self.y = self.H - self.m

    def text(self, font, size, x, s, lead):
        if self.y - lead < self.m:
            self.newpage()
        self.y -= lead
        self.ops.append("BT /%s %.1f Tf %.2f %.2f Td %s Tj ET" % (RES[font], size, x, self.y, pdf_str(s)))

    def finish(self):
        if self.ops or not self.pages: self.pages.append(self.ops)
        return self.pages


def render(blocks, title, size, margin, fsize):
    fonts = load_all()
    L = Layout(size, margin, fsize)
    body, bold, mono = fonts["Helvetica"], fonts["Helvetica-Bold"], fonts["Courier"]
    maxw = L.W - 2 * margin
    if title:
        for ln in wrap(title, bold, fsize * 1.8, maxw): L.text("Helvetica-Bold", fsize * 1.8, margin, ln, fsize * 2.2)
        L.y -= fsize
    for kind, val in blocks:
        if kind.startswith("h"):
            s = fsize * {"h1": 1.6, "h2": 1.35, "h3": 1.15}[kind]
            L.y -= s * 0.6
            for ln in wrap(val, bold, s, maxw): L.text("Helvetica-Bold", s, margin, ln, s * 1.3)
        elif kind == "p":
            for ln in wrap(val, body, fsize, maxw): L.text("Helvetica", fsize, margin, ln, fsize * 1.4)
            L.y -= fsize * 0.5
        elif kind == "li":
            lines = wrap(val, body, fsize, maxw - 14)
            for i, ln in enumerate(lines):
                if i == 0: L.text("Helvetica", fsize, margin, "\x95", fsize * 1.4); L.y += fsize * 1.4
                L.text("Helvetica", fsize, margin + 14, ln, fsize * 1.4)
        elif kind == "code":
            cs = fsize * 0.9
            per = int(maxw / mono.width("M", cs))
            for ln in val or [""]:
                for i in range(0, max(len(ln), 1), per):
                    L.text("Courier", cs, margin + 6, ln[i:i + per], cs * 1.35)
            L.y -= fsize * 0.5
    return L.W, L.H, L.finish()


def write_pdf(path, W, H, pages, title):
    objs = []
    def add(b):
        objs.append(b if isinstance(b, bytes) else b.encode("latin-1")); return len(objs)
    font_ids = [add("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % n) for n in FONTS]
    fres = " ".join("/F%d %d 0 R" % (i + 1, fid) for i, fid in enumerate(font_ids))
    pages_id = len(objs) + 2 * len(pages) + 1
    kids = []
    for ops in pages:
        data = zlib.compress("\n".join(ops).encode("latin-1", "replace"))
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        kids.append(add("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /Font << %s >> >> /Contents %d 0 R >>" % (pages_id, W, H, fres, cid)))
    assert add("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))) == pages_id
    info = add("<< /Title %s /Producer (openclaw pdf-export) /CreationDate (D:%s) >>" % (pdf_str(title or ""), time.strftime("%Y%m%d%H%M%S")))
    cat = add("<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, x)
    with open(path, "wb") as f:
        f.write(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("input")
    ap.add_argument("-o", "--output")
    ap.add_argument("--title")
    ap.add_argument("--size", choices=list(PAGES), default="a4")
    ap.add_argument("--margin", type=float, default=56)
    ap.add_argument("--font-size", type=float, default=11)
    a = ap.parse_args()
    with open(a.input, encoding="utf-8") as f:
        blocks = parse_md(f.read())
    out = os.path.expanduser(a.output or os.path.splitext(a.input)[0] + ".pdf")
    W, H, pages = render(blocks, a.title, a.size, a.margin, a.font_size)
    write_pdf(out, W, H, pages, a.title)
    print("wrote %s (%d page%s)" % (out, len(pages), "" if len(pages) == 1 else "s"))


if __name__ == "__main__":
    main()
