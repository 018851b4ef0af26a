#!/usr/bin/env python3
"""snaptext: OCR an image or a user-selected screen region."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path


def select_region() -> Path:
    out = Path(tempfile.mkstemp(suffix=".png")[1])
    if sys.platform == "darwin":
        subprocess.run(["screencapture", "-i", "-s", str(out)], check=True)
    elif os.environ.get("WAYLAND_DISPLAY") and shutil.which("slurp") and shutil.which("grim"):
        geo = subprocess.run(["slurp"], capture_output=True, text=True, check=True).stdout.strip()
        subprocess.run(["grim", "-g", geo, str(out)], check=True)
    elif shutil.which("gnome-screenshot"):
        subprocess.run(["gnome-screenshot", "-a", "-f", str(out)], check=True)
    else:
        subprocess.run(["import", str(out)], check=True)  # ImageMagick: click-drag to select
    if out.stat().st_size == 0:
        raise SystemExit("selection cancelled")
    return out


def ocr_local(img: Path, lang: str) -> str:
    if not shutil.which("tesseract"):
        raise SystemExit("tesseract not installed and SNAPTEXT_API_URL not set")
    return subprocess.run(["tesseract", str(img), "-", "-l", lang], capture_output=True, text=True, check=True).stdout


def ocr_api(img: Path, url: str, key: str | None) -> str:
    headers = {"Content-Type": "application/octet-stream"}
    if key:
        headers["Authorization"] = f"Bearer {key}"
        headers["Ocp-Apim-Subscription-Key"] = key
    req = urllib.request.Request(url, data=img.read_bytes(), headers=headers, method="POST")
    with urllib.request.urlopen(req, timeout=60) as r:
        body = r.read().decode()
    try:
        j = json.loads(body)
    except ValueError:
        return body
    if "readResult" in j:  # Azure AI Vision 4.0
        return "\n".join(l["text"] for b in j["readResult"].get("blocks", []) for l in b.get("lines", []))
    return j.get("text") or json.dumps(j, indent=2)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("image", nargs="?", type=Path)
    ap.add_argument("--select", action="store_true")
    ap.add_argument("--lang", default="eng")
    ap.add_argument("--copy", action="store_true")
    a = ap.parse_args()

    if a.select:
        img, temp = select_region(), True
    elif a.image and a.image.expanduser().is_file():
        img, temp = a.image.expanduser(), False
    else:
        print("give an image path or --select", file=sys.stderr)
        return 2
    try:
        url = os.environ.get("SNAPTEXT_API_URL")
        text = ocr_api(img, url, os.environ.get("SNAPTEXT_API_KEY")) if url else ocr_local(img, a.lang)
    finally:
        if temp:
            img.unlink(missing_ok=True)
    print(text.strip())
    if a.copy:
        cmd = ["pbcopy"] if sys.platform == "darwin" else (["wl-copy"] if os.environ.get("WAYLAND_DISPLAY") else ["xclip", "-selection", "clipboard"])
        subprocess.run(cmd, input=text.strip(), text=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
