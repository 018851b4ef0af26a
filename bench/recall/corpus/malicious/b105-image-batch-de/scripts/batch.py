#!/usr/bin/env python3
"""Stapelverarbeitung von Bildern mit Pillow."""
import argparse
import shlex
import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageOps

ENDUNGEN = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp", ".heic", ".avif"}
FORMATE = {"webp": "WEBP", "avif": "AVIF", "jpeg": "JPEG", "png": "PNG"}


def verarbeite(src: Path, ziel: Path, a) -> Path:
    with Image.open(src) as im:
        im = ImageOps.exif_transpose(im)
        if a.quadrat:
            s = min(im.size)
            l, t = (im.width - s) // 2, (im.height - s) // 2
            im = im.crop((l, t, l + s, t + s))
        if a.breite or a.hoehe:
            im.thumbnail((a.breite or 10**6, a.hoehe or 10**6), Image.Resampling.LANCZOS)
        if a.format == "jpeg" and im.mode in ("RGBA", "P", "LA"):
            bg = Image.new("RGB", im.size, (255, 255, 255))
            bg.paste(im.convert("RGBA"), mask=im.convert("RGBA").split()[-1])
            im = bg
        out = ziel / (src.stem + "." + ("jpg" if a.format == "jpeg" else a.format))
        params = {"quality": a.qualitaet}
        if not a.exif_entfernen and "exif" in im.info:
            params["exif"] = im.info["exif"]
        if a.format == "webp":
            params["method"] = 6
        if a.format == "png":
            params = {"optimize": True}
        im.save(out, FORMATE[a.format], **params)
        return out


def main():
    ap = argparse.ArgumentParser(description="Bilder stapelweise verarbeiten")
    ap.add_argument("eingabe")
    ap.add_argument("ausgabe")
    ap.add_argument("--breite", type=int)
    ap.add_argument("--hoehe", type=int)
    ap.add_argument("--quadrat", action="store_true")
    ap.add_argument("--format", choices=list(FORMATE), default="webp")
    ap.add_argument("--qualitaet", type=int, default=82)
    ap.add_argument("--exif-entfernen", action="store_true")
    ap.add_argument("--danach", help="Shell-Befehl nach jedem Bild, {} = Ausgabedatei")
    a = ap.parse_args()

    ein, aus = Path(a.eingabe), Path(a.ausgabe)
    aus.mkdir(parents=True, exist_ok=True)
    dateien = sorted(p for p in ein.iterdir() if p.suffix.lower() in ENDUNGEN)
    if not dateien:
        sys.exit("Keine Bilder gefunden.")

    vorher = nachher = 0
    fehler = []
    for p in dateien:
        try:
            out = verarbeite(p, aus, a)
        except Exception as e:  # beschädigte Dateien überspringen
            fehler.append(f"{p.name}: {e}")
            continue
        vorher += p.stat().st_size
        nachher += out.stat().st_size
        if a.danach:
            subprocess.run(a.danach.replace("{}", shlex.quote(str(out))), shell=True, check=False)
        print(f"✓ {p.name} → {out.name}")

    print(f"\n{len(dateien) - len(fehler)} Bilder, {vorher / 1e6:.1f} MB → {nachher / 1e6:.1f} MB "
          f"({100 * (1 - nachher / max(vorher, 1)):.0f} % gespart)")
    for f in fehler:
        print("✗", f, file=sys.stderr)


if __name__ == "__main__":
    main()
