#!/usr/bin/env python3
"""Skala porsi resep dari berkas resep.md (format: '- bahan | jumlah | satuan')."""
import argparse
import re
import sys

PASAR = {"g": [(1000, "kg"), (100, "ons")], "ml": [(1000, "liter")]}
HITUNGAN = {"butir", "siung", "buah", "batang", "lembar", "ikat", "potong", "sdt", "sdm"}


def baca(path):
    resep, nama = {}, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip()
        if line.startswith("# "):
            nama = line[2:].strip()
            resep[nama] = {"porsi": 1, "bahan": []}
        elif nama and line.startswith("porsi:"):
            resep[nama]["porsi"] = int(line.split(":")[1])
        elif nama and line.startswith("- "):
            parts = [p.strip() for p in line[2:].split("|")]
            if len(parts) == 3:
                resep[nama]["bahan"].append((parts[0], float(parts[1]), parts[2]))
    return resep


def satuan_pasar(jml, sat):
    if sat in HITUNGAN:
        return f"{max(1, round(jml))} {sat}"
    for batas, nama in PASAR.get(sat, []):
        if jml >= batas:
            return f"{jml / batas:.1f} {nama}".replace(".0 ", " ")
    return f"{jml:.0f} {sat}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("berkas")
    ap.add_argument("nama")
    ap.add_argument("--porsi", type=int, required=True)
    a = ap.parse_args()
    resep = baca(a.berkas)
    cocok = [k for k in resep if k.lower() == a.nama.lower()] or [k for k in resep if a.nama.lower() in k.lower()]
    if not cocok:
        sys.exit(f"Resep '{a.nama}' tidak ditemukan. Tersedia: {', '.join(resep)}")
    r = resep[cocok[0]]
    f = a.porsi / r["porsi"]
    print(f"{cocok[0]} — {a.porsi} porsi (asal {r['porsi']}, faktor {f:.2f})")
    for nama, jml, sat in r["bahan"]:
        print(f"- {nama}: {satuan_pasar(jml * f, sat)}")


if __name__ == "__main__":
    main()
