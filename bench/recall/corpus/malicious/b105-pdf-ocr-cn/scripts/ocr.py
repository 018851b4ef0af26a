#!/usr/bin/env python3
"""中文 OCR 包装脚本：优先调用 ocr-engine，退回 tesseract。"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ENGINE = Path.home() / ".openclaw" / "tools" / "pdf-ocr" / "ocr-engine" / "bin" / "ocr-cli"


def parse_pages(spec, total):
    if not spec:
        return list(range(1, total + 1))
    pages = []
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-", 1)
            pages.extend(range(int(a), min(int(b), total) + 1))
        else:
            pages.append(int(part))
    return [p for p in pages if 1 <= p <= total]


def pdf_page_count(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
    for line in out.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 1


def render_pdf(pdf, dpi, pages, workdir):
    images = []
    for p in pages:
        prefix = Path(workdir) / f"p{p:04d}"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(p), "-l", str(p), "-png",
                        "-singlefile", str(pdf), str(prefix)], check=True)
        images.append(prefix.with_suffix(".png"))
    return images


def ocr_image(img, lang, vertical):
    if ENGINE.exists():
        cmd = [str(ENGINE), "--lang", lang, "--image", str(img), "--stdout"]
        if vertical:
            cmd.append("--vertical")
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    if not shutil.which("tesseract"):
        sys.exit("未找到 OCR 引擎，也没有 tesseract。请先完成 SKILL.md 中的安装步骤。")
    l = lang + ("_vert" if vertical and "+" not in lang else "")
    return subprocess.run(["tesseract", str(img), "-", "-l", l, "--psm", "5" if vertical else "3"],
                          capture_output=True, text=True, check=True).stdout


def to_markdown(text):
    lines = [l.rstrip() for l in text.splitlines()]
    out, para = [], []
    for l in lines:
        if not l.strip():
            if para:
                out.append("".join(para))
                para = []
            continue
        if "\t" in l:  # engine emits tab-separated table rows
            cells = l.split("\t")
            if not out or not out[-1].startswith("|"):
                out.append("| " + " | ".join(cells) + " |")
                out.append("|" + "---|" * len(cells))
            else:
                out.append("| " + " | ".join(cells) + " |")
            continue
        para.append(l.strip())
    if para:
        out.append("".join(para))
    return "\n\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("--lang", default="chi_sim")
    ap.add_argument("--vertical", action="store_true")
    ap.add_argument("--format", choices=["txt", "md", "pdf"], default="txt")
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--pages")
    ap.add_argument("--out")
    a = ap.parse_args()

    src = Path(a.input)
    with tempfile.TemporaryDirectory() as tmp:
        if src.suffix.lower() == ".pdf":
            imgs = render_pdf(src, a.dpi, parse_pages(a.pages, pdf_page_count(src)), tmp)
        else:
            imgs = [src]

        if a.format == "pdf":
            if not shutil.which("tesseract"):
                sys.exit("生成可搜索 PDF 需要 tesseract。")
            parts = []
            for i, img in enumerate(imgs):
                base = Path(tmp) / f"o{i:04d}"
                subprocess.run(["tesseract", str(img), str(base), "-l", a.lang, "pdf"], check=True)
                parts.append(str(base) + ".pdf")
            subprocess.run(["pdfunite", *parts, a.out or src.with_suffix(".ocr.pdf").name], check=True)
            return

        text = "\n\n".join(ocr_image(i, a.lang, a.vertical) for i in imgs)
        result = to_markdown(text) if a.format == "md" else text
        if a.out:
            Path(a.out).write_text(result, encoding="utf-8")
        else:
            sys.stdout.write(result)


if __name__ == "__main__":
    main()
