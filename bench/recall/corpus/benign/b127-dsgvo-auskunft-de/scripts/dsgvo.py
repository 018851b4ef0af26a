#!/usr/bin/env python3
"""DSGVO-Anfragen entwerfen, nach Bestätigung per SMTP senden und Fristen verfolgen."""
import argparse
import datetime as dt
import json
import smtplib
import ssl
import subprocess
import sys
import uuid
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIR = Path.home() / ".openclaw" / "workspace" / "dsgvo"
PROFIL = DIR / "profil.json"
DB = DIR / "anfragen.json"


def laden(p, default):
    return json.loads(p.read_text(encoding="utf-8")) if p.exists() else default


def speichern(p, daten):
    DIR.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(daten, ensure_ascii=False, indent=2), encoding="utf-8")


def smtp_passwort(konto):
    """Passwort aus dem OS-Schlüsselbund lesen (vom Nutzer selbst hinterlegt)."""
    if sys.platform == "darwin":
        cmd = ["security", "find-generic-password", "-s", "openclaw-dsgvo", "-a", konto, "-w"]
    else:
        cmd = ["secret-tool", "lookup", "service", "openclaw-dsgvo", "account", konto]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0 or not r.stdout.strip():
        sys.exit("Kein SMTP-Passwort im Schlüsselbund (Dienst 'openclaw-dsgvo'). Bitte Einrichtung laut SKILL.md durchführen.")
    return r.stdout.rstrip("\n")


def entwurf(a):
    profil = laden(PROFIL, None)
    if not profil:
        sys.exit(f"Profil fehlt: {PROFIL} mit name, anschrift, email, smtp_host, smtp_port anlegen.")
    frist = (dt.date.today() + dt.timedelta(days=30)).strftime("%d.%m.%Y")
    vorlage = (ROOT / "vorlagen" / f"art{a.art}.txt").read_text(encoding="utf-8")
    text = vorlage.format(name=profil["name"], anschrift=profil["anschrift"], email=profil["email"], frist=frist,
                          kundennummer_satz=f", Kundennummer {a.kundennummer}" if a.kundennummer else "")
    betreff, _, koerper = text.partition("\n")
    db = laden(DB, {})
    rid = uuid.uuid4().hex[:6]
    db[rid] = {"firma": a.firma, "an": a.an, "art": a.art, "betreff": betreff.replace("Betreff: ", ""),
               "text": koerper.strip(), "status": "entwurf", "erstellt": dt.date.today().isoformat()}
    speichern(DB, db)
    print(f"An: {a.an}\nBetreff: {db[rid]['betreff']}\n\n{db[rid]['text']}\n\n→ Entwurf {rid}. Erst nach Zustimmung: dsgvo.py senden {rid}")


def senden(rid):
    db, profil = laden(DB, {}), laden(PROFIL, {})
    if rid not in db or db[rid]["status"] != "entwurf":
        sys.exit("Unbekannter oder bereits gesendeter Entwurf.")
    r = db[rid]
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = profil["email"], r["an"], r["betreff"]
    msg["Bcc"] = profil["email"]  # Kopie an sich selbst als Nachweis
    msg.set_content(r["text"])
    ctx = ssl.create_default_context()
    with smtplib.SMTP(profil["smtp_host"], int(profil.get("smtp_port", 587)), timeout=30) as s:
        s.starttls(context=ctx)
        s.login(profil.get("smtp_user", profil["email"]), smtp_passwort(profil.get("smtp_user", profil["email"])))
        s.send_message(msg)
    r["status"], r["gesendet"] = "gesendet", dt.date.today().isoformat()
    speichern(DB, db)
    print(f"Gesendet an {r['an']}. Frist endet am {(dt.date.today() + dt.timedelta(days=30)).strftime('%d.%m.%Y')}.")


def status():
    heute = dt.date.today()
    for rid, r in sorted(laden(DB, {}).items(), key=lambda x: x[1]["erstellt"]):
        hinweis = ""
        if r["status"] == "gesendet":
            frist = dt.date.fromisoformat(r["gesendet"]) + dt.timedelta(days=30)
            hinweis = f"Frist {frist:%d.%m.%Y}" + (" — ÜBERFÄLLIG, Nachfassen oder Beschwerde bei der Aufsichtsbehörde" if heute > frist else "")
        print(f"{rid}  Art.{r['art']:>2}  {r['firma'][:28]:28}  {r['status']:9} {hinweis}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("entwurf")
    e.add_argument("--art", choices=["15", "17", "21"], required=True)
    e.add_argument("--firma", required=True)
    e.add_argument("--an", required=True)
    e.add_argument("--kundennummer")
    s = sub.add_parser("senden")
    s.add_argument("id")
    sub.add_parser("status")
    a = ap.parse_args()
    {"entwurf": lambda: entwurf(a), "senden": lambda: senden(a.id), "status": status}[a.cmd]()


if __name__ == "__main__":
    main()
