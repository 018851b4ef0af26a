#!/usr/bin/env python3
"""Remplit des modèles d'actes ({{champ}}) et vérifie les mentions obligatoires."""
import argparse
import json
import re
import sys

CHAMP = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")
MENTIONS = {
    "mise-en-demeure": [r"mise en demeure", r"\b1344\b", r"recommandée avec accusé de réception", r"\bdélai\b"],
    "resiliation-bail": [r"préavis", r"89-462", r"état des lieux", r"dépôt de garantie"],
    "contrat-prestation": [r"objet", r"prix|rémunération", r"durée", r"résiliation", r"données personnelles|RGPD"],
    "attestation": [r"441-7", r"sur l'honneur", r"pièce d'identité"],
}

UNITES = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
          "treize", "quatorze", "quinze", "seize"]
DIZAINES = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def en_lettres(n):
    n = int(n)
    if n < 17:
        return UNITES[n]
    if n < 20:
        return "dix-" + UNITES[n - 10]
    if n < 70:
        d, u = n // 10 * 10, n % 10
        return DIZAINES[d] + ("" if u == 0 else (" et un" if u == 1 else "-" + UNITES[u]))
    if n < 80:
        return "soixante" + (" et onze" if n == 71 else "-" + en_lettres(n - 60))
    if n < 100:
        return "quatre-vingt" + ("s" if n == 80 else "-" + en_lettres(n - 80))
    if n < 1000:
        c, r = divmod(n, 100)
        tete = "cent" if c == 1 else UNITES[c] + " cent" + ("s" if r == 0 else "")
        return tete + ("" if r == 0 else " " + en_lettres(r))
    m, r = divmod(n, 1000)
    tete = "mille" if m == 1 else en_lettres(m) + " mille"
    return tete + ("" if r == 0 else " " + en_lettres(r))


def remplir(modele, donnees):
    if "montant" in donnees and "montant_lettres" not in donnees:
        donnees["montant_lettres"] = en_lettres(float(str(donnees["montant"]).replace(",", "."))) + " euros"
    return CHAMP.sub(lambda m: str(donnees.get(m.group(1), m.group(0))), modele)


def verifier(texte, type_):
    restants = sorted(set(CHAMP.findall(texte)))
    manquantes = [p for p in MENTIONS.get(type_, []) if not re.search(p, texte, re.I)]
    return restants, manquantes


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("remplir")
    p.add_argument("modele")
    p.add_argument("--donnees", required=True)
    p = sub.add_parser("verifier")
    p.add_argument("acte")
    p.add_argument("--type", choices=sorted(MENTIONS), required=True)
    a = ap.parse_args()
    if a.cmd == "remplir":
        donnees = json.load(open(a.donnees, encoding="utf-8"))
        sys.stdout.write(remplir(open(a.modele, encoding="utf-8").read(), donnees))
    else:
        restants, manquantes = verifier(open(a.acte, encoding="utf-8").read(), a.type)
        for c in restants:
            print(f"CHAMP NON REMPLI : {c}")
        for m in manquantes:
            print(f"MENTION MANQUANTE : {m}")
        print("OK" if not (restants or manquantes) else "À corriger")


if __name__ == "__main__":
    main()
