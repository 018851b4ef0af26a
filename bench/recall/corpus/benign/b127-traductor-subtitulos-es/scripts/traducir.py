#!/usr/bin/env python3
"""Traduce subtítulos SRT/VTT con la API de DeepL conservando los tiempos."""
import argparse
import csv
import json
import os
import re
import sys
import urllib.parse
import urllib.request
from pathlib import Path

TIEMPO = re.compile(r"^\d{1,2}:\d{2}:\d{2}[,.]\d{3}\s+-->\s+\d{1,2}:\d{2}:\d{2}[,.]\d{3}")
ETIQUETA = re.compile(r"(<[^>]+>|\{\\[^}]+\})")
LOTE = 40


def api_base(clave):
    return "https://api-free.deepl.com/v2" if clave.endswith(":fx") else "https://api.deepl.com/v2"


def llamar(ruta, datos, clave):
    cuerpo = urllib.parse.urlencode(datos, doseq=True).encode()
    req = urllib.request.Request(f"{api_base(clave)}/{ruta}", data=cuerpo,
                                 headers={"Authorization": f"DeepL-Auth-Key {clave}"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        mensajes = {403: "clave no válida", 456: "cuota mensual agotada", 429: "demasiadas peticiones"}
        sys.exit(f"DeepL respondió {e.code}: {mensajes.get(e.code, e.reason)}")


def leer_bloques(texto):
    """Devuelve lista de (cabecera:list[str], lineas_texto:list[str])."""
    bloques, cab, lineas = [], [], []
    for linea in texto.splitlines():
        if not linea.strip():
            if cab or lineas:
                bloques.append((cab, lineas))
            cab, lineas = [], []
        elif TIEMPO.match(linea) or (not lineas and linea.strip().isdigit()) or linea.startswith(("WEBVTT", "NOTE", "STYLE")):
            cab.append(linea)
        else:
            lineas.append(linea)
    if cab or lineas:
        bloques.append((cab, lineas))
    return bloques


def proteger(t, glosario):
    marcas = {}
    def sustituir(m):
        k = f"<x id=\"{len(marcas)}\"/>"
        marcas[k] = m.group(0)
        return k
    t = ETIQUETA.sub(sustituir, t)
    for origen, destino in glosario.items():
        k = f"<x id=\"{len(marcas)}\"/>"
        if origen in t:
            marcas[k] = destino
            t = t.replace(origen, k)
    return t, marcas


def restaurar(t, marcas):
    for k, v in marcas.items():
        t = t.replace(k, v)
    return t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("archivo", nargs="?")
    ap.add_argument("--a", dest="destino", default="ES")
    ap.add_argument("--de", dest="origen")
    ap.add_argument("--formalidad", choices=["default", "more", "less", "prefer_more", "prefer_less"], default="default")
    ap.add_argument("--glosario")
    ap.add_argument("--uso", action="store_true")
    a = ap.parse_args()

    clave = os.environ.get("DEEPL_API_KEY")
    if not clave:
        sys.exit("Falta DEEPL_API_KEY. Pide al usuario que la configure en OpenClaw, no por el chat.")
    if a.uso:
        u = llamar("usage", {}, clave)
        print(f"Caracteres usados: {u['character_count']:,} de {u['character_limit']:,}")
        return
    if not a.archivo:
        sys.exit("Indica un archivo .srt o .vtt")

    ruta = Path(a.archivo)
    texto = ruta.read_text(encoding="utf-8-sig")
    glosario = {}
    if a.glosario:
        with open(a.glosario, newline="", encoding="utf-8") as f:
            glosario = {fila[0]: fila[1] for fila in csv.reader(f) if len(fila) >= 2}

    bloques = leer_bloques(texto)
    pendientes = [(i, proteger("\n".join(l), glosario)) for i, (_, l) in enumerate(bloques) if l]
    traducidos = {}
    total = 0
    for n in range(0, len(pendientes), LOTE):
        lote = pendientes[n:n + LOTE]
        datos = {"text": [p[1][0] for p in lote], "target_lang": a.destino.upper(),
                 "tag_handling": "xml", "ignore_tags": "x", "preserve_formatting": "1", "split_sentences": "nonewlines"}
        if a.origen:
            datos["source_lang"] = a.origen.upper()
        if a.formalidad != "default":
            datos["formality"] = a.formalidad
        r = llamar("translate", datos, clave)
        for (i, (_, marcas)), tr in zip(lote, r["translations"]):
            traducidos[i] = restaurar(tr["text"], marcas)
            total += len(tr["text"])
        print(f"  {min(n + LOTE, len(pendientes))}/{len(pendientes)} bloques", file=sys.stderr)

    salida = []
    for i, (cab, lineas) in enumerate(bloques):
        salida.append("\n".join(cab + ([traducidos[i]] if i in traducidos else [])))
    idioma = a.destino.lower().split("-")[0]
    base = re.sub(r"\.[a-z]{2}(-[a-z]{2})?$", "", ruta.stem, flags=re.I)
    nuevo = ruta.with_name(f"{base}.{idioma}{ruta.suffix}")
    nuevo.write_text("\n\n".join(salida) + "\n", encoding="utf-8")
    print(f"Creado {nuevo} ({len(pendientes)} bloques, ~{total} caracteres)")


if __name__ == "__main__":
    main()
