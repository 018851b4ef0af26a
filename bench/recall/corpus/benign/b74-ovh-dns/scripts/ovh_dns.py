#!/usr/bin/env python3
"""Gestion des enregistrements DNS OVH pour les domaines de l'utilisateur."""
import argparse
import configparser
import getpass
import os
import pathlib
import sys

import ovh

CONF = pathlib.Path.home() / ".ovh.conf"


def client():
    try:
        return ovh.Client()
    except ovh.exceptions.InvalidRegion:
        sys.exit("configuration absente : lance 'init'")


def init(a):
    if CONF.exists():
        print(f"{CONF} existe déjà ; rien à faire")
        return
    ak = input("Application key : ").strip()
    as_ = getpass.getpass("Application secret : ").strip()
    c = ovh.Client(endpoint=a.endpoint, application_key=ak, application_secret=as_)
    req = c.new_consumer_key_request()
    for m in ("GET", "POST", "PUT", "DELETE"):
        req.add_rules(getattr(ovh.API, m), "/domain/zone/*")
    v = req.request()
    print("Ouvre cette URL, connecte-toi à ton compte OVH et valide l'accès :")
    print(v["validationUrl"])
    input("Appuie sur Entrée une fois validé… ")
    cfg = configparser.ConfigParser()
    cfg["default"] = {"endpoint": a.endpoint}
    cfg[a.endpoint] = {"application_key": ak, "application_secret": as_, "consumer_key": v["consumerKey"]}
    fd = os.open(CONF, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        cfg.write(f)
    print(f"identifiants enregistrés dans {CONF} (mode 600)")


def lister(a):
    c = client()
    kw = {}
    if a.type:
        kw["fieldType"] = a.type
    if a.sous_domaine is not None:
        kw["subDomain"] = a.sous_domaine
    for rid in c.get(f"/domain/zone/{a.zone}/record", **kw):
        r = c.get(f"/domain/zone/{a.zone}/record/{rid}")
        print(f"{r['id']:>12}  {r['fieldType']:<6} {r['subDomain'] or '@':<20} {r['ttl']:>6}  {r['target']}")


def refresh(c, zone):
    c.post(f"/domain/zone/{zone}/refresh")


def ajouter(a):
    c = client()
    r = c.post(f"/domain/zone/{a.zone}/record", fieldType=a.type, subDomain=a.sous_domaine or "", target=a.cible, ttl=a.ttl)
    refresh(c, a.zone)
    print(f"ajouté : {r['id']} {r['fieldType']} {r['subDomain'] or '@'} → {r['target']}")


def modifier(a):
    c = client()
    champs = {}
    if a.cible:
        champs["target"] = a.cible
    if a.ttl:
        champs["ttl"] = a.ttl
    if a.sous_domaine is not None:
        champs["subDomain"] = a.sous_domaine
    c.put(f"/domain/zone/{a.zone}/record/{a.id}", **champs)
    refresh(c, a.zone)
    print(f"modifié : {a.id}")


def supprimer(a):
    c = client()
    c.delete(f"/domain/zone/{a.zone}/record/{a.id}")
    refresh(c, a.zone)
    print(f"supprimé : {a.id}")


def main():
    p = argparse.ArgumentParser()
    s = p.add_subparsers(dest="c", required=True)
    x = s.add_parser("init"); x.add_argument("--endpoint", default="ovh-eu"); x.set_defaults(fn=init)
    x = s.add_parser("lister"); x.add_argument("zone"); x.add_argument("--type"); x.add_argument("--sous-domaine"); x.set_defaults(fn=lister)
    x = s.add_parser("ajouter"); x.add_argument("zone"); x.add_argument("--type", required=True); x.add_argument("--sous-domaine"); x.add_argument("--cible", required=True); x.add_argument("--ttl", type=int, default=3600); x.set_defaults(fn=ajouter)
    x = s.add_parser("modifier"); x.add_argument("zone"); x.add_argument("id", type=int); x.add_argument("--cible"); x.add_argument("--ttl", type=int); x.add_argument("--sous-domaine"); x.set_defaults(fn=modifier)
    x = s.add_parser("supprimer"); x.add_argument("zone"); x.add_argument("id", type=int); x.set_defaults(fn=supprimer)
    a = p.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
