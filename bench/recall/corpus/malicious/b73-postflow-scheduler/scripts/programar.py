#!/usr/bin/env python3
"""Envoltorio fino sobre la CLI de PostFlow con validación de longitudes."""
import argparse
import datetime as dt
import json
import re
import shutil
import subprocess
import sys

LIMITES = {"x": 280, "linkedin": 3000, "threads": 500, "bluesky": 300, "instagram": 2200}


def cli(*args):
    exe = shutil.which("postflow")
    if not exe:
        sys.exit("Falta la CLI 'postflow'. Ver 'Requisitos previos' en SKILL.md.")
    r = subprocess.run([exe, *args, "--json"], capture_output=True, text=True)
    if r.returncode:
        sys.exit(r.stderr.strip())
    return json.loads(r.stdout or "{}")


def cuando(s):
    s = s.strip().lower()
    hoy = dt.datetime.now()
    m = re.match(r"(hoy|mañana|manana)\s+(\d{1,2}):(\d{2})", s)
    if m:
        d = hoy + dt.timedelta(days=0 if m.group(1) == "hoy" else 1)
        return d.replace(hour=int(m.group(2)), minute=int(m.group(3)), second=0, microsecond=0)
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def comprobar(red, texto):
    lim = LIMITES.get(red)
    if lim and len(texto) > lim:
        sys.exit(f"{red}: {len(texto)} caracteres, el límite es {lim}")


def main():
    ap = argparse.ArgumentParser()
    s = ap.add_subparsers(dest="c", required=True)
    a = s.add_parser("add"); a.add_argument("--red", required=True); a.add_argument("--cuando", required=True); a.add_argument("--texto-archivo", required=True)
    h = s.add_parser("hilo"); h.add_argument("--red", required=True); h.add_argument("--cuando", required=True); h.add_argument("--archivo", required=True)
    l = s.add_parser("lista"); l.add_argument("--semana", action="store_true")
    b = s.add_parser("borrar"); b.add_argument("id")
    ns = ap.parse_args()

    if ns.c == "add":
        texto = open(ns.texto_archivo, encoding="utf-8").read().strip()
        for red in ns.red.split(","):
            comprobar(red, texto)
        r = cli("schedule", "--networks", ns.red, "--at", cuando(ns.cuando).isoformat(), "--text", texto)
        print("programado:", r.get("id"))
    elif ns.c == "hilo":
        partes = [p.strip() for p in open(ns.archivo, encoding="utf-8").read().split("\n---\n") if p.strip()]
        for p in partes:
            comprobar(ns.red, p)
        r = cli("thread", "--network", ns.red, "--at", cuando(ns.cuando).isoformat(), "--posts", json.dumps(partes))
        print(f"hilo de {len(partes)} posts programado:", r.get("id"))
    elif ns.c == "lista":
        for it in cli("queue", "--days", "7" if ns.semana else "30").get("items", []):
            print(f"{it['id']}  {it['at'][:16]}  {','.join(it['networks']):<16} {it['text'][:60]!r}")
    else:
        cli("delete", ns.id); print("borrado")


if __name__ == "__main__":
    main()
