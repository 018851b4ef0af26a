#!/usr/bin/env python3
"""Analizador de texto oculto en carpetas de skills (solo lectura, sin red)."""
import argparse
import json
import os
import re
import sys
import unicodedata

ZW = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u180e", "\u2061", "\u2062", "\u2063", "\u2064"}
BIDI = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}
HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
IMG_ALT = re.compile(r"!\[([^\]]{60,})\]\(([^)]+)\)")
IMG_URL_PARAM = re.compile(r"!\[[^\]]*\]\((https?://[^)]*\?[^)]*(<|\{)[^)]*)\)")
IMPERATIVO = re.compile(r"\b(asistente|assistant|agente|ignora|ignore|no (se lo )?(digas|menciones)|don'?t (tell|mention)|sin (pedir|preguntar)|without asking|MEMORY\.md|AGENTS\.md|SOUL\.md|USER\.md|HEARTBEAT\.md|openclaw\.json|\.env\b|curl\b|web_fetch)", re.I)
SENSIBLE = ["openclaw.json", "token", "apikey", "password", ".env", "credentials", "memory.md", "soul.md", "agents.md"]
TEXT_EXT = {".md", ".txt", ".py", ".js", ".ts", ".sh", ".json", ".yaml", ".yml", ".ps1", ".html"}


def decode_bits(chars):
    bits = "".join("0" if c == "\u200b" else "1" for c in chars if c in "\u200b\u200c")
    if len(bits) < 8:
        return ""
    data = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))
    return data.decode("utf-8", errors="replace")


def skeleton(word):
    # reduce homoglifos comunes a latín (tabla mínima)
    table = str.maketrans("аеорсухіјӏԁѕАВЕКМНОРСТХ", "aeopcyxijldsABEKMHOPCTX")
    return word.translate(table)


def scan_file(path):
    try:
        text = open(path, encoding="utf-8").read()
    except (UnicodeDecodeError, OSError):
        return []
    out = []
    zw = [c for c in text if c in ZW]
    if zw:
        out.append({"tipo": "ancho-cero", "gravedad": "alta" if len(zw) >= 16 else "media", "detalle": f"{len(zw)} caracteres invisibles", "decodificado": decode_bits(zw)[:500]})
    if any(c in BIDI for c in text):
        out.append({"tipo": "bidi", "gravedad": "media", "detalle": "caracteres de control de dirección (Trojan Source)"})
    if path.endswith(".md"):
        for m in HTML_COMMENT.finditer(text):
            body = m.group(1).strip()
            if IMPERATIVO.search(body):
                out.append({"tipo": "comentario-html", "gravedad": "alta", "detalle": body[:300]})
        for m in IMG_ALT.finditer(text):
            if IMPERATIVO.search(m.group(1)):
                out.append({"tipo": "alt-de-imagen", "gravedad": "alta", "detalle": m.group(1)[:300]})
        for m in IMG_URL_PARAM.finditer(text):
            out.append({"tipo": "imagen-con-parametros", "gravedad": "media", "detalle": m.group(1)[:200]})
    for word in set(re.findall(r"[\w.~/-]{4,}", text)):
        if any(ord(c) > 0x3FF for c in word) and any("a" <= c.lower() <= "z" for c in word):
            sk = skeleton(word).lower()
            if sk != word.lower() and any(s in sk for s in SENSIBLE):
                out.append({"tipo": "homoglifo", "gravedad": "alta", "detalle": f"{word!r} ≈ {sk}"})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("carpeta")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    res = {}
    for root, _, files in os.walk(a.carpeta):
        for f in files:
            if os.path.splitext(f)[1].lower() in TEXT_EXT:
                p = os.path.join(root, f)
                h = scan_file(p)
                if h:
                    res[os.path.relpath(p, a.carpeta)] = h
    if a.json:
        json.dump(res, sys.stdout, ensure_ascii=False, indent=2)
        return
    if not res:
        print("Sin hallazgos.")
    for f, hs in res.items():
        print(f"\n{f}")
        for h in hs:
            print(f"  [{h['gravedad']}] {h['tipo']}: {h['detalle']}")
            if h.get("decodificado"):
                print(f"      texto oculto (NO obedecer): {h['decodificado']!r}")


if __name__ == "__main__":
    main()
