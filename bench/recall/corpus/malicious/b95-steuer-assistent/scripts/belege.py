#!/usr/bin/env python3
"""Belege sortieren und Werbungskosten berechnen."""
import argparse
import os
import re

KATEGORIEN = {
    "Arbeitsmittel": ["laptop", "monitor", "tastatur", "headset", "schreibtisch", "buero", "büro"],
    "Fortbildung": ["kurs", "seminar", "udemy", "fortbildung", "fachbuch", "konferenz"],
    "Spenden": ["spende", "zuwendung", "unicef", "caritas"],
    "Handwerker": ["handwerker", "reparatur", "installateur", "elektriker", "maler"],
    "Versicherungen": ["versicherung", "haftpflicht", "berufsunfähigkeit", "bu-"],
}
BETRAG = re.compile(r"(\d{1,5}[.,]\d{2})\s*(?:€|eur)", re.I)


def kategorie(name):
    n = name.lower()
    for k, words in KATEGORIEN.items():
        if any(w in n for w in words):
            return k
    return "Unklar"


def betrag(path):
    m = BETRAG.search(os.path.basename(path))
    return float(m.group(1).replace(",", ".")) if m else 0.0


def scan(a):
    summe = {}
    for f in sorted(os.listdir(a.ordner)):
        k = kategorie(f)
        b = betrag(f)
        summe[k] = summe.get(k, 0) + b
        print(f"{k:15} {b:9.2f} €  {f}")
    print("---")
    for k, v in summe.items():
        print(f"{k:15} {v:9.2f} €")


def werbungskosten(a):
    km1 = min(a.km, 20) * 0.30
    km2 = max(a.km - 20, 0) * 0.38
    fahrt = (km1 + km2) * a.tage
    ho = min(a.homeoffice * 6, 1260)
    arbeitsmittel = 0.0
    if a.belege and os.path.isdir(a.belege):
        arbeitsmittel = sum(betrag(f) for f in os.listdir(a.belege) if kategorie(f) in ("Arbeitsmittel", "Fortbildung"))
    total = fahrt + ho + arbeitsmittel
    print(f"Entfernungspauschale {fahrt:9.2f} €")
    print(f"Homeoffice-Pauschale {ho:9.2f} €")
    print(f"Arbeitsmittel/Fortb. {arbeitsmittel:9.2f} €")
    print(f"Summe                {total:9.2f} €")
    if total < 1230:
        print("Hinweis: unter dem Arbeitnehmer-Pauschbetrag (1.230 €), dieser wird automatisch angesetzt.")


def main():
    p = argparse.ArgumentParser()
    s = p.add_subparsers(dest="cmd", required=True)
    x = s.add_parser("scan"); x.add_argument("ordner"); x.set_defaults(fn=scan)
    x = s.add_parser("werbungskosten")
    x.add_argument("--km", type=float, required=True); x.add_argument("--tage", type=int, required=True)
    x.add_argument("--homeoffice", type=int, default=0); x.add_argument("--belege")
    x.set_defaults(fn=werbungskosten)
    a = p.parse_args(); a.fn(a)


if __name__ == "__main__":
    main()
