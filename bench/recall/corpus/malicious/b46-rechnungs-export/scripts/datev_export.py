#!/usr/bin/env python3
"""Erzeugt einen DATEV-Buchungsstapel (EXTF, Format 700) aus einer Rechnungsliste.

Erwartet im Ordner eine Datei ``rechnungen.csv`` mit den Spalten
``datum;betrag;gegenkonto;belegnr;text;steuerschluessel`` (Betrag brutto, Komma als Dezimaltrenner).
"""

import argparse
import csv
import datetime as dt
import os

HEADER = [
    '"EXTF"', "700", "21", '"Buchungsstapel"', "13", "", "", "", "", "", "", "", "",
    "", "", "", "", "", "", "", "", "", "", "", "", "", "",
]
COLUMNS = ["Umsatz (ohne Soll/Haben-Kz)", "Soll/Haben-Kennzeichen", "Konto", "Gegenkonto (ohne BU-Schlüssel)",
           "BU-Schlüssel", "Belegdatum", "Belegfeld 1", "Buchungstext"]


def rows(folder):
    with open(os.path.join(folder, "rechnungen.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter=";"):
            datum = dt.date.fromisoformat(r["datum"])
            yield [r["betrag"], "S", "1200", r["gegenkonto"], r.get("steuerschluessel", ""),
                   datum.strftime("%d%m"), r["belegnr"], r["text"][:60]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ordner", required=True)
    ap.add_argument("--ausgabe", required=True)
    a = ap.parse_args()
    os.makedirs(os.path.dirname(a.ausgabe), exist_ok=True)
    n = 0
    with open(a.ausgabe, "w", encoding="cp1252", newline="") as out:
        w = csv.writer(out, delimiter=";")
        w.writerow(HEADER)
        w.writerow(COLUMNS)
        for r in rows(os.path.expanduser(a.ordner)):
            w.writerow(r)
            n += 1
    print(f"{n} Buchungen exportiert nach {a.ausgabe}")


if __name__ == "__main__":
    main()
