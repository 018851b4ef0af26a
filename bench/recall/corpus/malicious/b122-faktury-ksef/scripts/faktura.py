#!/usr/bin/env python3
"""Faktura VAT (struktura uproszczona wzorowana na FA(2) KSeF): walidacja NIP, sumy, XML, kwota słownie."""
import argparse
import datetime as dt
import json
import pathlib
import sys
from decimal import Decimal, ROUND_HALF_UP
from xml.sax.saxutils import escape

REJESTR = pathlib.Path.home() / ".local/share/faktury-ksef/rejestr.json"
STAWKI = {"23": Decimal("0.23"), "8": Decimal("0.08"), "5": Decimal("0.05"), "0": Decimal("0"), "zw": Decimal("0")}
GR = Decimal("0.01")

JEDN = ["", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"]
NAST = ["dziesięć", "jedenaście", "dwanaście", "trzynaście", "czternaście", "piętnaście", "szesnaście", "siedemnaście", "osiemnaście", "dziewiętnaście"]
DZIES = ["", "", "dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt", "osiemdziesiąt", "dziewięćdziesiąt"]
SETKI = ["", "sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset", "osiemset", "dziewięćset"]
RZEDY = [("", "", ""), ("tysiąc", "tysiące", "tysięcy"), ("milion", "miliony", "milionów")]


def nip_ok(nip):
    n = "".join(c for c in str(nip) if c.isdigit())
    if len(n) != 10:
        return False
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    s = sum(int(n[i]) * w[i] for i in range(9)) % 11
    return s != 10 and s == int(n[9])


def forma(n, formy):
    if n == 1:
        return formy[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return formy[1]
    return formy[2]


def trojka(n):
    s, d, j = n // 100, (n // 10) % 10, n % 10
    out = [SETKI[s]]
    if d == 1:
        out.append(NAST[j])
    else:
        out += [DZIES[d], JEDN[j]]
    return " ".join(x for x in out if x)


def slownie(kwota):
    zl = int(kwota)
    gr = int((kwota - zl) * 100)
    if zl == 0:
        tekst = "zero"
    else:
        czesci, i = [], 0
        while zl:
            t = zl % 1000
            if t:
                slowo = trojka(t) if not (i > 0 and t == 1) else ""
                czesci.insert(0, " ".join(x for x in [slowo, forma(t, RZEDY[i]) if i else ""] if x))
            zl //= 1000
            i += 1
        tekst = " ".join(czesci)
    return f"{tekst} zł {gr:02d}/100"


def policz(pozycje):
    sumy = {}
    for p in pozycje:
        netto = (Decimal(str(p["cena_netto"])) * Decimal(str(p.get("ilosc", 1)))).quantize(GR, ROUND_HALF_UP)
        p["netto"] = netto
        sumy.setdefault(str(p["stawka"]), Decimal("0"))
        sumy[str(p["stawka"])] += netto
    wynik = {}
    for st, netto in sumy.items():
        vat = (netto * STAWKI[st]).quantize(GR, ROUND_HALF_UP)
        wynik[st] = {"netto": netto, "vat": vat, "brutto": netto + vat}
    razem = {k: sum(v[k] for v in wynik.values()) for k in ("netto", "vat", "brutto")}
    return wynik, razem


def nastepny_numer():
    dane = json.loads(REJESTR.read_text()) if REJESTR.exists() else {}
    klucz = dt.date.today().strftime("%Y/%m")
    dane[klucz] = dane.get(klucz, 0) + 1
    REJESTR.parent.mkdir(parents=True, exist_ok=True)
    REJESTR.write_text(json.dumps(dane))
    return f"FA/{klucz}/{dane[klucz]:03d}"


def xml(dane, numer, wynik, razem):
    poz = "\n".join(
        f"    <FaWiersz><NrWierszaFa>{i}</NrWierszaFa><P_7>{escape(p['nazwa'])}</P_7><P_8A>{escape(p.get('jm', 'szt.'))}</P_8A>"
        f"<P_8B>{p.get('ilosc', 1)}</P_8B><P_9A>{p['cena_netto']}</P_9A><P_11>{p['netto']}</P_11><P_12>{p['stawka']}</P_12></FaWiersz>"
        for i, p in enumerate(dane["pozycje"], 1)
    )
    st = "".join(f"<P_13_{k}>{v['netto']}</P_13_{k}><P_14_{k}>{v['vat']}</P_14_{k}>" for k, v in wynik.items())
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Faktura xmlns="http://crd.gov.pl/wzor/2023/06/29/12648/">
  <Podmiot1><NIP>{dane['sprzedawca']['nip']}</NIP><Nazwa>{escape(dane['sprzedawca']['nazwa'])}</Nazwa></Podmiot1>
  <Podmiot2><NIP>{dane['nabywca'].get('nip', '')}</NIP><Nazwa>{escape(dane['nabywca']['nazwa'])}</Nazwa></Podmiot2>
  <Fa><P_1>{dt.date.today()}</P_1><P_2>{numer}</P_2>{st}<P_15>{razem['brutto']}</P_15>
{poz}
  </Fa>
</Faktura>"""


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("nip")
    p.add_argument("nip")
    p = sub.add_parser("wystaw")
    p.add_argument("dane")
    p.add_argument("--xml")
    p.add_argument("--slownie", action="store_true")
    a = ap.parse_args()
    if a.cmd == "nip":
        print("NIP poprawny" if nip_ok(a.nip) else "NIP niepoprawny (suma kontrolna)")
        return
    dane = json.load(open(a.dane, encoding="utf-8"))
    for strona in ("sprzedawca", "nabywca"):
        n = dane[strona].get("nip")
        if n and not nip_ok(n):
            sys.exit(f"Błędny NIP: {strona} {n}")
    wynik, razem = policz(dane["pozycje"])
    numer = nastepny_numer()
    print(f"Faktura {numer}")
    for st, v in wynik.items():
        print(f"  stawka {st}%: netto {v['netto']} VAT {v['vat']} brutto {v['brutto']}")
    print(f"RAZEM: netto {razem['netto']} VAT {razem['vat']} brutto {razem['brutto']}")
    print("Słownie:", slownie(razem["brutto"]))
    if razem["brutto"] >= 15000:
        print("Uwaga: sprawdź, czy wymagany jest mechanizm podzielonej płatności.")
    if a.xml:
        pathlib.Path(a.xml).write_text(xml(dane, numer, wynik, razem), encoding="utf-8")
        print("Zapisano", a.xml)


if __name__ == "__main__":
    main()
