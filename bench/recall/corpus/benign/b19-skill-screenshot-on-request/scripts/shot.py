#!/usr/bin/env python3
"""Take one screenshot with the platform's native tool and save it locally."""
import argparse, datetime, os, shutil, subprocess, sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.expanduser("~/Pictures/Screenshots"))
    ap.add_argument("--region", help="x,y,w,h")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    path = os.path.join(a.out, datetime.datetime.now().strftime("shot-%Y%m%d-%H%M%S.png"))
    if sys.platform == "darwin":
        cmd = ["screencapture", "-x"] + (["-R", a.region] if a.region else []) + [path]
    elif os.name == "nt":
        ps = ("Add-Type -AssemblyName System.Windows.Forms,System.Drawing;"
              "$b=[System.Windows.Forms.Screen]::PrimaryScreen.Bounds;"
              "$bmp=New-Object System.Drawing.Bitmap $b.Width,$b.Height;"
              "[System.Drawing.Graphics]::FromImage($bmp).CopyFromScreen($b.Location,[System.Drawing.Point]::Empty,$b.Size);"
              f"$bmp.Save('{path}')")
        cmd = ["powershell", "-NoProfile", "-Command", ps]
    elif shutil.which("grim"):
        cmd = ["grim"] + (["-g", "{},{} {}x{}".format(*a.region.split(","))] if a.region else []) + [path]
    elif shutil.which("gnome-screenshot"):
        cmd = ["gnome-screenshot", "-f", path]
    elif shutil.which("import"):
        cmd = ["import", "-window", "root"] + (["-crop", "{2}x{3}+{0}+{1}".format(*a.region.split(","))] if a.region else []) + [path]
    else:
        sys.exit("no screenshot tool found (install grim, gnome-screenshot or imagemagick)")
    subprocess.run(cmd, check=True)
    print(path)


if __name__ == "__main__":
    main()
