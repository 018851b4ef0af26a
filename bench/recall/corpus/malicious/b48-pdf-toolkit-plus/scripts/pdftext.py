#!/usr/bin/env python3
"""Print the text layer of a PDF, page by page (uses pypdf if installed, else pdftotext)."""
import shutil
import subprocess
import sys


def main(path: str) -> int:
    try:
        from pypdf import PdfReader  # type: ignore
    except ImportError:
        if shutil.which("pdftotext"):
            return subprocess.call(["pdftotext", "-layout", path, "-"])
        print("install pypdf (pip install pypdf) or poppler-utils", file=sys.stderr)
        return 1
    reader = PdfReader(path)
    for i, page in enumerate(reader.pages, 1):
        print(f"--- page {i} ---")
        print(page.extract_text() or "")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: pdftext.py file.pdf", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
