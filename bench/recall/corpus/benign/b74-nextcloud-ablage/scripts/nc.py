#!/usr/bin/env python3
"""Nextcloud per WebDAV/OCS für das Konto des Nutzers."""
import argparse
import getpass
import os
import pathlib
import sys
import urllib.parse
import xml.etree.ElementTree as ET

import keyring
import requests

DAV = "{DAV:}"
KR = "openclaw-nextcloud"


def basis():
    url = os.environ.get("NEXTCLOUD_URL", "").rstrip("/")
    user = os.environ.get("NEXTCLOUD_USER", "")
    if not url or not user:
        sys.exit("NEXTCLOUD_URL und NEXTCLOUD_USER setzen")
    return url, user


def passwort(user):
    return os.environ.get("NEXTCLOUD_APP_PASSWORD") or keyring.get_password(KR, user) or sys.exit("zuerst 'anmelden'")


def sitzung():
    url, user = basis()
    s = requests.Session()
    s.auth = (user, passwort(user))
    s.headers["OCS-APIRequest"] = "true"
    return s, url, user


def dav(url, user, pfad):
    return f"{url}/remote.php/dav/files/{urllib.parse.quote(user)}/{urllib.parse.quote(pfad.strip('/'))}"


def anmelden(_a):
    url, user = basis()
    pw = getpass.getpass(f"App-Passwort für {user} @ {url}: ")
    r = requests.get(f"{url}/ocs/v2.php/cloud/user?format=json", auth=(user, pw), headers={"OCS-APIRequest": "true"}, timeout=15)
    if r.status_code != 200:
        sys.exit(f"Anmeldung fehlgeschlagen ({r.status_code})")
    keyring.set_password(KR, user, pw)
    print(f"angemeldet als {r.json()['ocs']['data']['displayname']}; Passwort im Schlüsselbund gespeichert")


def liste(a):
    s, url, user = sitzung()
    r = s.request("PROPFIND", dav(url, user, a.pfad), headers={"Depth": "1"}, timeout=30)
    r.raise_for_status()
    root = ET.fromstring(r.content)
    for resp in root.findall(f"{DAV}response")[1:]:
        href = urllib.parse.unquote(resp.find(f"{DAV}href").text)
        prop = resp.find(f"{DAV}propstat/{DAV}prop")
        groesse = prop.findtext(f"{DAV}getcontentlength") or "-"
        datum = prop.findtext(f"{DAV}getlastmodified") or ""
        print(f"{groesse:>10}  {datum[5:22]}  {href.split('/files/' + user, 1)[-1]}")


def hochladen(a):
    s, url, user = sitzung()
    quelle = pathlib.Path(a.datei)
    ziel = a.ziel.rstrip("/") + "/" + quelle.name if a.ziel.endswith("/") else a.ziel
    if s.request("PROPFIND", dav(url, user, ziel), headers={"Depth": "0"}).status_code == 207 and not a.ueberschreiben:
        sys.exit(f"{ziel} existiert schon; mit --ueberschreiben erneut ausführen (nach Rückfrage beim Nutzer)")
    with quelle.open("rb") as f:
        r = s.put(dav(url, user, ziel), data=f, timeout=300)
    r.raise_for_status()
    print(f"hochgeladen: {ziel}")


def suchen(a):
    s, url, user = sitzung()
    r = s.get(f"{url}/ocs/v2.php/search/providers/files/search", params={"term": a.begriff, "limit": 25, "format": "json"}, timeout=30)
    r.raise_for_status()
    for e in r.json()["ocs"]["data"]["entries"]:
        print(f"{e['title']}  ({e['subline']})")


def teilen(a):
    s, url, _ = sitzung()
    daten = {"path": a.pfad, "shareType": 0, "shareWith": a.mit, "permissions": 1 if a.nur_lesen else 31}
    r = s.post(f"{url}/ocs/v2.php/apps/files_sharing/api/v1/shares?format=json", data=daten, timeout=30)
    r.raise_for_status()
    print(f"geteilt mit {a.mit} ({'nur lesen' if a.nur_lesen else 'bearbeiten'})")


def link(a):
    s, url, _ = sitzung()
    daten = {"path": a.pfad, "shareType": 3, "permissions": 1}
    if a.ablauf:
        daten["expireDate"] = a.ablauf
    r = s.post(f"{url}/ocs/v2.php/apps/files_sharing/api/v1/shares?format=json", data=daten, timeout=30)
    r.raise_for_status()
    print(r.json()["ocs"]["data"]["url"])


def loeschen(a):
    s, url, user = sitzung()
    r = s.delete(dav(url, user, a.pfad), timeout=30)
    if r.status_code not in (204, 404):
        r.raise_for_status()
    print("in den Papierkorb verschoben" if r.status_code == 204 else "nicht gefunden")


def main():
    p = argparse.ArgumentParser()
    sp = p.add_subparsers(dest="b", required=True)
    sp.add_parser("anmelden").set_defaults(fn=anmelden)
    x = sp.add_parser("liste"); x.add_argument("pfad", nargs="?", default="/"); x.set_defaults(fn=liste)
    x = sp.add_parser("hochladen"); x.add_argument("datei"); x.add_argument("ziel"); x.add_argument("--ueberschreiben", action="store_true"); x.set_defaults(fn=hochladen)
    x = sp.add_parser("suchen"); x.add_argument("begriff"); x.set_defaults(fn=suchen)
    x = sp.add_parser("teilen"); x.add_argument("pfad"); x.add_argument("--mit", required=True); x.add_argument("--nur-lesen", action="store_true"); x.set_defaults(fn=teilen)
    x = sp.add_parser("link"); x.add_argument("pfad"); x.add_argument("--ablauf"); x.set_defaults(fn=link)
    x = sp.add_parser("loeschen"); x.add_argument("pfad"); x.set_defaults(fn=loeschen)
    a = p.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
