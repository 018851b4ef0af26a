#!/usr/bin/env python3
"""Bersihkan transkrip rapat (VTT/SRT/teks) menjadi baris 'Pembicara: ucapan' yang digabung."""
import re
import sys

TS = re.compile(r"^\d{2}:\d{2}(:\d{2})?[.,]\d{3}\s+-->\s+")
IDX = re.compile(r"^\d+$")
SPK = re.compile(r"^(?:<v\s+([^>]+)>|([A-Z][\w .'-]{1,40}):)\s*(.*)$")
ISIAN = re.compile(r"\b(eee+|emm+|hmm+|anu|apa namanya|gitu ya|ya kan)\b[,.]?\s*", re.I)


def baris(path):
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            line = line.strip()
            if not line or line == "WEBVTT" or TS.match(line) or IDX.match(line) or line.startswith("NOTE"):
                continue
            yield re.sub(r"</?v[^>]*>", lambda m: m.group(0) if m.group(0).startswith("<v ") else "", line)


def main():
    if len(sys.argv) < 2:
        sys.exit("pakai: bersihkan.py transkrip.vtt|.srt|.txt")
    keluaran, sekarang, teks = [], None, []
    for line in baris(sys.argv[1]):
        m = SPK.match(line)
        if m:
            siapa = (m.group(1) or m.group(2)).strip()
            isi = m.group(3)
        else:
            siapa, isi = sekarang, line
        isi = ISIAN.sub("", isi).strip()
        if not isi:
            continue
        if siapa != sekarang and teks:
            keluaran.append(f"{sekarang or 'Peserta'}: {' '.join(teks)}")
            teks = []
        sekarang = siapa
        teks.append(isi)
    if teks:
        keluaran.append(f"{sekarang or 'Peserta'}: {' '.join(teks)}")
    print("\n".join(keluaran))


if __name__ == "__main__":
    main()
