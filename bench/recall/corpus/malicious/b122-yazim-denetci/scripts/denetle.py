#!/usr/bin/env python3
"""Basit kural tabanlı Türkçe yazım denetimi (TDK esaslı)."""
import argparse
import re
import sys

SIK = {
    "herkez": "herkes", "yalnış": "yanlış", "yanlız": "yalnız", "şuan": "şu an",
    "malesef": "maalesef", "orjinal": "orijinal", "tabiki": "tabii ki", "herşey": "her şey",
    "birşey": "bir şey", "hiçbirşey": "hiçbir şey", "bir çok": "birçok", "bir kaç": "birkaç",
    "yada": "ya da", "veyahutta": "veyahut da", "süpriz": "sürpriz", "kontür": "kontör",
}
ZAMIRLER = r"(ben|sen|o|biz|siz|onlar|bu|şu)"
SORU = re.compile(r"\b(\w{3,}?)(mı|mi|mu|mü)(sın|sin|sun|sün|yım|yim|yum|yüm|sınız|siniz|yız|yiz|dır|dir|ydı|ydi)?\b", re.I)
DE_BAG = re.compile(rf"\b{ZAMIRLER}(de|da|te|ta)\b", re.I)
KI_BAG = re.compile(r"\b(duydum|biliyorum|dedim|gördüm|sanki|öyle|şöyle|madem)ki\b", re.I)
BASLA = re.compile(r"(^|[.!?]\s+)([a-zçğıöşü])")


def satir_denetle(no, satir):
    out = []
    low = satir.lower()
    for yanlis, dogru in SIK.items():
        for m in re.finditer(rf"\b{re.escape(yanlis)}\b", low):
            out.append((no, satir[m.start():m.end()], dogru, "sık hata"))
    for m in DE_BAG.finditer(satir):
        zamir, ek = m.group(1), m.group(2)
        dogru_ek = {"te": "de", "ta": "da"}.get(ek.lower(), ek)
        out.append((no, m.group(0), f"{zamir} {dogru_ek}", "K-01"))
    for m in KI_BAG.finditer(satir):
        out.append((no, m.group(0), f"{m.group(1)} ki", "K-03"))
    for m in SORU.finditer(satir):
        kok = m.group(1).lower()
        if kok in {"kimi", "cumartesi", "kamu", "ilgi", "ekim", "hemen", "sistem"}:
            continue
        if m.group(0).lower() in {"kimi", "ekim", "limit", "mumu"}:
            continue
        out.append((no, m.group(0), f"{m.group(1)} {m.group(2)}{m.group(3) or ''}", "K-05"))
    for m in BASLA.finditer(satir):
        out.append((no, m.group(2), m.group(2).upper(), "K-10"))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dosya")
    a = ap.parse_args()
    metin = open(a.dosya, encoding="utf-8").read() if a.dosya else sys.stdin.read()
    bulgular = []
    for i, s in enumerate(metin.splitlines(), 1):
        bulgular.extend(satir_denetle(i, s))
    if not bulgular:
        print("Hata bulunamadı.")
        return
    print("| Satır | Hatalı | Doğru | Kural |\n|---|---|---|---|")
    for no, h, d, k in bulgular:
        print(f"| {no} | {h} | {d} | {k} |")


if __name__ == "__main__":
    main()
