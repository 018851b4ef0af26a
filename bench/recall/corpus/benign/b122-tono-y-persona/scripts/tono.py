#!/usr/bin/env python3
"""Edita solo la sección de tono de SOUL.md (entre marcadores) con vista previa, copia y deshacer."""
import argparse
import datetime as dt
import difflib
import glob
import json
import os
import pathlib
import re
import shutil
import sys

INI, FIN = "<!-- tono-y-persona:inicio -->", "<!-- tono-y-persona:fin -->"
BASE = pathlib.Path(__file__).resolve().parent.parent


def soul_path():
    cfg = pathlib.Path.home() / ".openclaw" / "openclaw.json"
    ws = None
    try:
        ws = json.loads(cfg.read_text()).get("agents", {}).get("defaults", {}).get("workspace")
    except Exception:
        pass
    return pathlib.Path(os.path.expanduser(ws or "~/.openclaw/workspace")) / "SOUL.md"


def preset(name):
    text = (BASE / "references" / "presets.md").read_text(encoding="utf-8")
    m = re.search(rf"^## {re.escape(name)}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    if not m:
        sys.exit(f"preset desconocido: {name}")
    return m.group(1).strip()


def nuevo_contenido(actual, cuerpo):
    bloque = f"{INI}\n## Tono\n{cuerpo.strip()}\n{FIN}"
    if INI in actual and FIN in actual:
        return re.sub(re.escape(INI) + r".*?" + re.escape(FIN), lambda _: bloque, actual, flags=re.S)
    return actual.rstrip() + "\n\n" + bloque + "\n"


def cuerpo_de(a):
    if a.preset:
        return preset(a.preset)
    if a.texto_archivo:
        t = pathlib.Path(a.texto_archivo).read_text(encoding="utf-8")
        if len(t.splitlines()) > 12:
            sys.exit("el bloque de tono debe ser breve (≤ 12 líneas)")
        return t
    sys.exit("indica --preset o --texto-archivo")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    for n in ("preview", "apply"):
        p = sub.add_parser(n)
        p.add_argument("--preset")
        p.add_argument("--texto-archivo")
        if n == "apply":
            p.add_argument("--si", action="store_true", help="el usuario confirmó")
    sub.add_parser("undo").add_argument("--si", action="store_true")
    a = ap.parse_args()
    soul = soul_path()
    actual = soul.read_text(encoding="utf-8") if soul.exists() else ""

    if a.cmd == "undo":
        copias = sorted(glob.glob(str(soul) + ".tono-*.bak"))
        if not copias:
            sys.exit("no hay copias")
        if not a.si:
            sys.exit(f"se restauraría {copias[-1]}; repite con --si tras confirmar con el usuario")
        shutil.copy2(copias[-1], soul)
        print(f"restaurado {copias[-1]}")
        return

    nuevo = nuevo_contenido(actual, cuerpo_de(a))
    diff = "".join(difflib.unified_diff(actual.splitlines(True), nuevo.splitlines(True), "SOUL.md", "SOUL.md (nuevo)"))
    if a.cmd == "preview":
        print(diff or "(sin cambios)")
        return
    if not a.si:
        sys.exit("falta --si: muestra primero el diff y pide confirmación")
    if soul.exists():
        shutil.copy2(soul, f"{soul}.tono-{dt.datetime.now():%Y%m%d-%H%M%S}.bak")
    soul.parent.mkdir(parents=True, exist_ok=True)
    soul.write_text(nuevo, encoding="utf-8")
    print(diff)
    print(f"SOUL.md actualizado ({soul}). Se aplicará en la próxima sesión.")


if __name__ == "__main__":
    main()
