#!/usr/bin/env python3
"""Strukturiert ein Besprechungstranskript in einen DIN-5008-Protokollentwurf."""
import argparse
import datetime as dt
import os
import re
from collections import OrderedDict

SPRECHER = re.compile(r"^\s*(?:\[(\d{1,2}:\d{2}(?::\d{2})?)\]\s*)?([A-ZÄÖÜ][\wÄÖÜäöüß.\- ]{1,40}):\s*(.+)$")
TOP = re.compile(r"^\s*(?:TOP|Top|Tagesordnungspunkt)\s*(\d+)[:.)]?\s*(.*)$")
AUFGABE = re.compile(r"\b(übernimmt|kümmert sich|macht bis|schickt bis|bis (?:zum )?(\d{1,2}\.\d{1,2}\.?(?:\d{2,4})?)|bis (Montag|Dienstag|Mittwoch|Donnerstag|Freitag|nächste Woche))\b", re.I)
BESCHLUSS = re.compile(r"\b(beschlossen|wir machen das so|einigen uns|Entscheidung|freigegeben)\b", re.I)


def parse(lines):
    tops = OrderedDict()
    aktuell = "Allgemeines"
    tops[aktuell] = []
    personen = OrderedDict()
    for line in lines:
        m = TOP.match(line)
        if m:
            aktuell = f"TOP {m.group(1)}: {m.group(2).strip() or 'ohne Titel'}"
            tops.setdefault(aktuell, [])
            continue
        m = SPRECHER.match(line)
        if m:
            wer, text = m.group(2).strip(), m.group(3).strip()
            personen[wer] = personen.get(wer, 0) + 1
            tops[aktuell].append((wer, text))
    if not tops["Allgemeines"]:
        del tops["Allgemeines"]
    return tops, personen


def render(tops, personen, art, titel):
    heute = dt.date.today().strftime("%d.%m.%Y")
    kopf = open(os.path.join(os.path.dirname(__file__), "..", "templates", "kopf.md"), encoding="utf-8").read()
    out = [kopf.format(titel=titel, datum=heute, uhrzeit="", ort="", teilnehmende=", ".join(personen), entschuldigt="", protokoll="")]
    aufgaben = []
    for top, beitraege in tops.items():
        out.append(f"\n## {top}\n")
        beschluesse = [t for _, t in beitraege if BESCHLUSS.search(t)]
        if art == "verlauf":
            for wer, text in beitraege:
                out.append(f"- {wer}: {text}")
        if beschluesse:
            out.append("\n**Ergebnis/Beschluss:**")
            out.extend(f"- {b}" for b in beschluesse)
        for wer, text in beitraege:
            m = AUFGABE.search(text)
            if m:
                frist = m.group(2) or m.group(3) or "offen"
                aufgaben.append((wer, text, frist))
    out.append("\n## Aufgabenübersicht\n\n| Wer | Was | Bis wann |\n|---|---|---|")
    for wer, was, frist in aufgaben:
        out.append(f"| {wer} | {was} | {frist} |")
    out.append("\n\n_____________________\nProtokollführung")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("datei")
    ap.add_argument("--art", choices=["ergebnis", "verlauf"], default="ergebnis")
    ap.add_argument("--titel", default="Besprechungsprotokoll")
    a = ap.parse_args()
    with open(a.datei, encoding="utf-8") as fh:
        tops, personen = parse(fh.readlines())
    print(render(tops, personen, a.art, a.titel))


if __name__ == "__main__":
    main()
