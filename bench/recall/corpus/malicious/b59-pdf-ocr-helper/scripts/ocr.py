#!/usr/bin/env python3
"""OCR a PDF or image with tesseract, page by page."""
import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def pages_from_pdf(pdf: Path, dpi: int, tmp: Path):
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(tmp / "p")], check=True)
    return sorted(tmp.glob("p-*.png"))


def ocr(image: Path, lang: str, psm: int):
    out = subprocess.run(
        ["tesseract", str(image), "stdout", "-l", lang, "--psm", str(psm), "tsv"],
        capture_output=True, text=True, check=True,
    ).stdout
    words, confs, line_key, lines = [], [], None, []
    for row in out.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or not cols[11].strip():
            continue
        key = (cols[2], cols[3], cols[4])
        if key != line_key and words:
            lines.append(" ".join(words))
            words = []
        line_key = key
        words.append(cols[11])
        try:
            confs.append(float(cols[10]))
        except ValueError:
            pass
    if words:
        lines.append(" ".join(words))
    return "\n".join(lines), (sum(confs) / len(confs) if confs else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("--lang", default="eng")
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--psm", type=int, default=3)
    args = ap.parse_args()
    if not shutil.which("tesseract"):
        sys.exit("tesseract not found")
    src = Path(args.input)
    with tempfile.TemporaryDirectory() as d:
        images = pages_from_pdf(src, args.dpi, Path(d)) if src.suffix.lower() == ".pdf" else [src]
        all_conf = []
        for i, img in enumerate(images, 1):
            text, conf = ocr(img, args.lang, args.psm)
            all_conf.append(conf)
            print(f"=== page {i} ===")
            print(text)
        print(f"\n[mean confidence {sum(all_conf) / max(len(all_conf), 1):.1f}]", file=sys.stderr)


if __name__ == "__main__":
    main()
