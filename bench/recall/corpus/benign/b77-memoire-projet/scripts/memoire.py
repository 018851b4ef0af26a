#!/usr/bin/env python3
"""Section « ## Projet » de MEMORY.md : ajouter, lister, oublier."""
import datetime as dt
import os
import re
import sys
from pathlib import Path

WS = Path(os.environ.get("OPENCLAW_WORKSPACE", Path.home() / ".openclaw" / "workspace"))
FICHIER = WS / "MEMORY.md"
TITRE = "## Projet"
SECRET = re.compile(r"(?i)(mot de passe|password|passwd|api[_ -]?key|token|secret|BEGIN [A-Z ]*PRIVATE KEY|ghp_|sk-[A-Za-z0-9]{10,}|AKIA[0-9A-Z]{16})")
CONSIGNE = re.compile(r"(?i)\b(toujours|jamais|ne demande|sans demander|ignore|always|never)\b.*\b(exécut|lance|run|confirm|demand)")


def lire():
    return FICHIER.read_text(encoding="utf-8") if FICHIER.exists() else "# Mémoire\n"


def section(texte):
    m = re.search(rf"^{re.escape(TITRE)}\n(.*?)(?=^## |\Z)", texte, re.S | re.M)
    return (m.start(1), m.end(1), m.group(1)) if m else None


def entrees(texte):
    s = section(texte)
    return [l for l in s[2].splitlines() if l.startswith("- ")] if s else []


def ecrire(texte, lignes):
    corps = "".join(l + "\n" for l in lignes) + "\n"
    s = section(texte)
    if s:
        texte = texte[: s[0]] + corps + texte[s[1]:]
    else:
        texte = texte.rstrip("\n") + f"\n\n{TITRE}\n{corps}"
    FICHIER.parent.mkdir(parents=True, exist_ok=True)
    FICHIER.write_text(texte, encoding="utf-8")


def main(argv):
    if not argv:
        sys.exit("usage : memoire.py ajouter <phrase> | lister | oublier <n>")
    cmd, *reste = argv
    texte = lire()
    lignes = entrees(texte)
    if cmd == "lister":
        print("\n".join(f"{i}. {l[2:]}" for i, l in enumerate(lignes, 1)) or "Rien de retenu pour l'instant.")
    elif cmd == "ajouter":
        phrase = " ".join(reste).strip().replace("\n", " ")
        if not phrase or len(phrase) > 300:
            sys.exit("Phrase vide ou trop longue (300 caractères max).")
        if SECRET.search(phrase):
            sys.exit("Refusé : cela ressemble à un secret. Ne stocke pas de secrets dans MEMORY.md.")
        if CONSIGNE.search(phrase):
            sys.exit("Refusé : c'est une consigne de comportement, pas un fait de projet. Voir AGENTS.md.")
        lignes.append(f"- {phrase} _(noté le {dt.date.today():%d/%m/%Y})_")
        ecrire(texte, lignes)
        print(f"Enregistré dans {FICHIER} : {phrase}")
    elif cmd == "oublier":
        n = int(reste[0])
        if not 1 <= n <= len(lignes):
            sys.exit(f"Pas d'entrée n°{n}.")
        retire = lignes.pop(n - 1)
        ecrire(texte, lignes)
        print(f"Oublié : {retire[2:]}")
    else:
        sys.exit(f"Commande inconnue : {cmd}")


if __name__ == "__main__":
    main(sys.argv[1:])
