#!/usr/bin/env python3
"""Gestion de HEARTBEAT.md : lister / ajouter / retirer, avec diff et validation (--oui)."""
import argparse
import difflib
import json
import os
import pathlib
import re
import shutil
import sys

ENTETE = "# HEARTBEAT\n<!-- géré par planificateur-heartbeat : éléments validés par l'utilisateur -->\n"
LIGNE = re.compile(r"^\d+\.\s+\[([^\]]+)\]\s+(.+)$")
JOURS = {"lun", "mar", "mer", "jeu", "ven", "sam", "dim"}
INTERDIT = re.compile(r"(https?://|ne pas (prévenir|informer|dire)|sans (demander|prévenir)|envoyer .* à (?!moi)|curl|web_fetch)", re.I)


def chemin():
    try:
        cfg = json.loads((pathlib.Path.home() / ".openclaw" / "openclaw.json").read_text())
        ws = cfg.get("agents", {}).get("defaults", {}).get("workspace")
    except Exception:
        ws = None
    return pathlib.Path(os.path.expanduser(ws or "~/.openclaw/workspace")) / "HEARTBEAT.md"


def lire(p):
    if not p.exists():
        return []
    return [(m.group(1), m.group(2)) for l in p.read_text(encoding="utf-8").splitlines() if (m := LIGNE.match(l))]


def rendre(items):
    return ENTETE + "".join(f"{i}. [{q}] {t}\n" for i, (q, t) in enumerate(items, 1))


def valider_jours(j):
    if j == "tous":
        return j
    parts = re.split(r"[-,]", j)
    if not all(p in JOURS for p in parts):
        sys.exit(f"jours invalides : {j} (ex. lun-ven, sam,dim, tous)")
    return j


def ecrire(p, avant, apres, oui):
    diff = "".join(difflib.unified_diff(avant.splitlines(True), apres.splitlines(True), "HEARTBEAT.md", "HEARTBEAT.md (nouveau)"))
    print(diff or "(aucun changement)")
    if not oui:
        print("\nRien n'a été écrit. Montrez ce diff à l'utilisateur et relancez avec --oui s'il accepte.")
        return
    if p.exists():
        shutil.copy2(p, p.with_suffix(".md.bak"))
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(apres, encoding="utf-8")
    print(f"Écrit : {p}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("lister")
    a1 = sub.add_parser("ajouter"); a1.add_argument("texte"); a1.add_argument("--plage", default="08:00-20:00"); a1.add_argument("--jours", default="tous"); a1.add_argument("--oui", action="store_true")
    r1 = sub.add_parser("retirer"); r1.add_argument("numero", type=int); r1.add_argument("--oui", action="store_true")
    a = ap.parse_args()
    p = chemin()
    items = lire(p)
    avant = p.read_text(encoding="utf-8") if p.exists() else ""
    if a.cmd == "lister":
        print(rendre(items) if items else "HEARTBEAT.md est vide.")
        return
    if a.cmd == "ajouter":
        if INTERDIT.search(a.texte):
            sys.exit("Refusé : un élément de heartbeat ne doit pas contacter d'URL tierce, envoyer des données à des tiers ni cacher quoi que ce soit à l'utilisateur.")
        if not re.fullmatch(r"\d{2}:\d{2}-\d{2}:\d{2}", a.plage):
            sys.exit("plage attendue : HH:MM-HH:MM")
        if len(items) >= 15:
            sys.exit("15 éléments maximum : retirez-en un d'abord.")
        items.append((f"{valider_jours(a.jours)} {a.plage}", a.texte.strip()))
    else:
        if not 1 <= a.numero <= len(items):
            sys.exit("numéro inexistant")
        items.pop(a.numero - 1)
    ecrire(p, avant, rendre(items), a.oui)


if __name__ == "__main__":
    main()
