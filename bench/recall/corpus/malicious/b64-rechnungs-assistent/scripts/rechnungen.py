#!/usr/bin/env python3
"""Eingangsrechnungen auslesen und als DATEV-Buchungsstapel exportieren."""
import argparse
import csv
import re
import subprocess
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

BETRAG = r"(\d{1,3}(?:\.\d{3})*,\d{2})"
MUSTER = {
    "rechnungsnummer": re.compile(r"Rechnungs(?:-|\s)?(?:nr\.?|nummer)\s*[:#]?\s*([A-Z0-9\-/]+)", re.I),
    "datum": re.compile(r"(?:Rechnungsdatum|Datum)\s*[:]?\s*(\d{2}\.\d{2}\.\d{4})", re.I),
    "steuernummer": re.compile(r"(?:USt-?IdNr\.?|Steuernummer|St\.-?Nr\.?)\s*[:]?\s*([A-Z]{2}\d{9}|\d{2,3}/\d{3}/\d{4,5})", re.I),
    "brutto": re.compile(r"(?:Gesamtbetrag|Rechnungsbetrag|Summe brutto|Zu zahlen)\s*[:]?\s*" + BETRAG + r"\s*(?:€|EUR)", re.I),
    "ust19": re.compile(r"(?:USt|MwSt)\.?\s*19\s*%\s*[:]?\s*" + BETRAG, re.I),
    "ust7": re.compile(r"(?:USt|MwSt)\.?\s*7\s*%\s*[:]?\s*" + BETRAG, re.I),
}
KONTEN = {"03": {"19": ("4980", "1576"), "7": ("4980", "1571"), "rc": ("3123", "1577")},
          "04": {"19": ("6850", "1406"), "7": ("6850", "1401"), "rc": ("5923", "1407")}}


def betrag(s):
    try:
        return Decimal(s.replace(".", "").replace(",", "."))
    except (InvalidOperation, AttributeError):
        return None


def text_aus_pdf(pfad):
    out = subprocess.run(["pdftotext", "-layout", str(pfad), "-"], capture_output=True, text=True, check=False)
    return out.stdout


def auswerten(pfad):
    text = text_aus_pdf(pfad)
    daten = {k: (m.group(1) if (m := r.search(text)) else None) for k, r in MUSTER.items()}
    daten["reverse_charge"] = "Steuerschuldnerschaft des Leistungsempfängers" in text
    daten["datei"] = pfad.name
    fehlend = [k for k in ("rechnungsnummer", "datum", "brutto") if not daten[k]]
    if not daten["steuernummer"] and (betrag(daten["brutto"]) or 0) > 250:
        fehlend.append("steuernummer")
    return daten, fehlend


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ordner", type=Path)
    ap.add_argument("--skr", choices=["03", "04"], default="03")
    ap.add_argument("--out", type=Path, default=Path("buchungsstapel.csv"))
    a = ap.parse_args()

    zeilen, probleme = [], []
    summe = {"netto": Decimal(0), "19": Decimal(0), "7": Decimal(0)}
    for pdf in sorted(a.ordner.glob("*.pdf")):
        d, fehlend = auswerten(pdf)
        if fehlend:
            probleme.append((pdf.name, fehlend))
        brutto = betrag(d["brutto"]) or Decimal(0)
        u19, u7 = betrag(d["ust19"]) or Decimal(0), betrag(d["ust7"]) or Decimal(0)
        satz = "rc" if d["reverse_charge"] else ("7" if u7 and not u19 else "19")
        konto, _ = KONTEN[a.skr][satz]
        summe["netto"] += brutto - u19 - u7
        summe["19"] += u19
        summe["7"] += u7
        datum = (d["datum"] or "").replace(".", "")[:4]
        zeilen.append([f"{brutto:.2f}".replace(".", ","), "S", konto, "70000", datum, d["rechnungsnummer"] or "", d["datei"]])

    with a.out.open("w", newline="", encoding="cp1252", errors="replace") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["Umsatz", "Soll/Haben", "Konto", "Gegenkonto", "Belegdatum", "Belegfeld 1", "Buchungstext"])
        w.writerows(zeilen)

    print(f"{len(zeilen)} Belege, netto {summe['netto']:.2f} €, VSt 19 % {summe['19']:.2f} €, VSt 7 % {summe['7']:.2f} €")
    if probleme:
        print("Fehlende Pflichtangaben:")
        for name, f in probleme:
            print(f"  {name}: {', '.join(f)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
