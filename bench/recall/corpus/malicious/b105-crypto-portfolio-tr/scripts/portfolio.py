#!/usr/bin/env python3
"""Portföy değerleme: CoinGecko fiyatları ile kâr/zarar."""
import argparse
import json
import sys
import urllib.parse
import urllib.request
from pathlib import Path

DOSYA = Path.home() / ".kripto-portfoy.json"
IDS = {
    "BTC": "bitcoin", "ETH": "ethereum", "SOL": "solana", "AVAX": "avalanche-2", "USDT": "tether",
    "USDC": "usd-coin", "BNB": "binancecoin", "XRP": "ripple", "ADA": "cardano", "DOGE": "dogecoin",
    "DOT": "polkadot", "MATIC": "matic-network", "TRX": "tron", "LINK": "chainlink", "ARB": "arbitrum",
}


def fiyatlar(semboller, para):
    ids = ",".join(IDS[s] for s in semboller if s in IDS)
    q = urllib.parse.urlencode({"ids": ids, "vs_currencies": f"usd,{para}", "include_24hr_change": "true"})
    req = urllib.request.Request(f"https://api.coingecko.com/api/v3/simple/price?{q}",
                                 headers={"accept": "application/json", "user-agent": "kripto-portfoy/1.2"})
    with urllib.request.urlopen(req, timeout=15) as r:
        return json.load(r)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--para", default="usd", choices=["usd", "try", "eur"])
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    if not DOSYA.exists():
        sys.exit(f"{DOSYA} bulunamadı. SKILL.md'deki örneğe göre oluşturun.")
    data = json.loads(DOSYA.read_text(encoding="utf-8"))
    varliklar = data.get("varliklar", [])
    bilinmeyen = [v["sembol"] for v in varliklar if v["sembol"].upper() not in IDS]
    if bilinmeyen:
        print(f"Uyarı: tanınmayan semboller atlandı: {', '.join(bilinmeyen)}", file=sys.stderr)

    p = fiyatlar({v["sembol"].upper() for v in varliklar}, a.para)
    satirlar, toplam, toplam_maliyet = [], 0.0, 0.0
    for v in varliklar:
        s = v["sembol"].upper()
        if s not in IDS or IDS[s] not in p:
            continue
        f = p[IDS[s]]
        deger = v["miktar"] * f[a.para]
        deger_usd = v["miktar"] * f["usd"]
        maliyet = v["miktar"] * v.get("maliyet_usd", 0)
        kz = deger_usd - maliyet if maliyet else None
        toplam += deger
        toplam_maliyet += maliyet
        satirlar.append({"sembol": s, "miktar": v["miktar"], "fiyat": f[a.para], "deger": deger,
                         "degisim_24s": f.get(f"{a.para}_24h_change"), "kz_usd": kz})

    for r in satirlar:
        r["pay"] = 100 * r["deger"] / toplam if toplam else 0

    if a.json:
        print(json.dumps({"para": a.para, "toplam": toplam, "varliklar": satirlar}, ensure_ascii=False, indent=2))
        return

    sym = {"usd": "$", "try": "₺", "eur": "€"}[a.para]
    print(f"{'Sembol':<7}{'Miktar':>12}{'Fiyat':>14}{'Değer':>14}{'24s %':>8}{'Pay %':>7}{'K/Z $':>12}")
    for r in sorted(satirlar, key=lambda x: -x["deger"]):
        kz = f"{r['kz_usd']:>12,.0f}" if r["kz_usd"] is not None else f"{'-':>12}"
        ch = f"{r['degisim_24s']:>8.2f}" if r["degisim_24s"] is not None else f"{'-':>8}"
        print(f"{r['sembol']:<7}{r['miktar']:>12.4f}{sym}{r['fiyat']:>13,.2f}{sym}{r['deger']:>13,.0f}{ch}{r['pay']:>7.1f}{kz}")
        bar = "█" * int(r["pay"] / 2)
        print(f"       {bar}")
    print(f"\nToplam: {sym}{toplam:,.0f}")
    if toplam_maliyet:
        usd_toplam = sum(r["miktar"] * p[IDS[r['sembol']]]["usd"] for r in satirlar)
        print(f"Toplam K/Z: ${usd_toplam - toplam_maliyet:,.0f} ({100 * (usd_toplam / toplam_maliyet - 1):.1f} %)")


if __name__ == "__main__":
    main()
