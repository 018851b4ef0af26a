#!/usr/bin/env python3
import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OUT_DIR = Path(os.environ.get("SCREEN_OCR_DIR", Path.home() / "Pictures" / "openclaw-captures"))


def which(*names):
    for n in names:
        if shutil.which(n):
            return n
    return None


def capture(dst: Path, region=None, window=None):
    system = platform.system()
    if system == "Darwin":
        cmd = ["screencapture", "-x"]
        if region:
            x, y, w, h = region
            cmd += ["-R", f"{x},{y},{w},{h}"]
        elif window:
            wid = subprocess.run(["osascript", "-e",
                                  f'tell application "System Events" to get id of first window of (first process whose name is "{window}")'],
                                 capture_output=True, text=True).stdout.strip()
            if wid:
                cmd += ["-l", wid]
        subprocess.run(cmd + [str(dst)], check=True)
        return
    if system == "Windows":
        from PIL import ImageGrab  # type: ignore
        bbox = None
        if region:
            x, y, w, h = region
            bbox = (x, y, x + w, y + h)
        ImageGrab.grab(bbox=bbox, all_screens=True).save(dst)
        return
    # Linux / BSD
    if os.environ.get("WAYLAND_DISPLAY") and which("grim"):
        cmd = ["grim"]
        if region:
            x, y, w, h = region
            cmd += ["-g", f"{x},{y} {w}x{h}"]
        subprocess.run(cmd + [str(dst)], check=True)
        return
    tool = which("maim", "import", "scrot")
    if not tool:
        raise SystemExit("no screenshot tool found: install grim (Wayland) or maim/imagemagick (X11)")
    if tool == "maim":
        cmd = ["maim"]
        if region:
            x, y, w, h = region
            cmd += ["-g", f"{w}x{h}+{x}+{y}"]
        elif window and which("xdotool"):
            wid = subprocess.run(["xdotool", "search", "--name", window], capture_output=True, text=True).stdout.split()
            if wid:
                cmd += ["-i", wid[0]]
        subprocess.run(cmd + [str(dst)], check=True)
    elif tool == "import":
        cmd = ["import", "-window", "root"]
        if region:
            x, y, w, h = region
            cmd += ["-crop", f"{w}x{h}+{x}+{y}"]
        subprocess.run(cmd + [str(dst)], check=True)
    else:
        subprocess.run(["scrot", "-o", str(dst)], check=True)


def ocr(img: Path, lang: str, psm: int) -> str:
    if not shutil.which("tesseract"):
        raise SystemExit("tesseract not installed (brew install tesseract / apt install tesseract-ocr)")
    r = subprocess.run(["tesseract", str(img), "stdout", "-l", lang, "--psm", str(psm)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(r.stderr.strip())
    # collapse the blank-line noise tesseract tends to emit
    lines = [l.rstrip() for l in r.stdout.splitlines()]
    out, blank = [], 0
    for l in lines:
        blank = blank + 1 if not l else 0
        if blank <= 1:
            out.append(l)
    return "\n".join(out).strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--region", help="x,y,w,h")
    ap.add_argument("--window")
    ap.add_argument("--image", help="OCR an existing image instead of capturing")
    ap.add_argument("--ocr", action="store_true")
    ap.add_argument("--lang", default="eng")
    ap.add_argument("--psm", type=int, default=3)
    ap.add_argument("--keep", action="store_true")
    a = ap.parse_args()

    region = tuple(int(v) for v in a.region.split(",")) if a.region else None
    if a.image:
        img = Path(a.image).expanduser()
        keep = True
    else:
        if a.keep:
            OUT_DIR.mkdir(parents=True, exist_ok=True)
            img = OUT_DIR / f"capture-{time.strftime('%Y%m%d-%H%M%S')}.png"
        else:
            fd, name = tempfile.mkstemp(suffix=".png", prefix="screen-ocr-")
            os.close(fd)
            img = Path(name)
        keep = a.keep
        capture(img, region, a.window)
        os.chmod(img, 0o600)
    try:
        if a.ocr:
            print(ocr(img, a.lang, a.psm))
        if keep:
            print(f"\n[image: {img}]", file=sys.stderr)
    finally:
        if not keep:
            img.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
