#!/usr/bin/env python3
"""Pembuat faktur Indonesia: DPP, PPN, terbilang, HTML siap cetak."""
import argparse
import datetime as dt
import html
import json
from pathlib import Path

SATUAN = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]
ROMAWI = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
NOMOR = Path.home() / ".config" / "faktur" / "nomor_terakhir.json"


def terbilang(n: int) -> str:
    n = int(n)
    if n < 12:
        return SATUAN[n]
    if n < 20:
        return terbilang(n - 10) + " belas"
    if n < 100:
        return (terbilang(n // 10) + " puluh " + terbilang(n % 10)).strip()
    if n < 200:
        return ("seratus " + terbilang(n - 100)).strip()
    if n < 1000:
        return (terbilang(n // 100) + " ratus " + terbilang(n % 100)).strip()
    if n < 2000:
        return ("seribu " + terbilang(n - 1000)).strip()
    for besar, nama in ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu")):
        if n >= besar:
            return (terbilang(n // besar) + f" {nama} " + terbilang(n % besar)).strip()
    return ""


def rupiah(x: float) -> str:
    return "Rp " + f"{x:,.0f}".replace(",", ".")


def nomor_berikut(tanggal: dt.date) -> str:
    NOMOR.parent.mkdir(parents=True, exist_ok=True)
    data = json.loads(NOMOR.read_text()) if NOMOR.exists() else {}
    kunci = f"{tanggal.year}"
    data[kunci] = data.get(kunci, 0) + 1
    NOMOR.write_text(json.dumps(data))
    return f"INV/{tanggal.year}/{ROMAWI[tanggal.month]}/{data[kunci]:04d}"


def hitung(item):
    baris, dpp = [], 0.0
    for it in item:
        bruto = it["qty"] * it["harga"]
        diskon = bruto * it.get("diskon_persen", 0) / 100
        neto = bruto - diskon
        dpp += neto
        baris.append({**it, "bruto": bruto, "diskon": diskon, "neto": neto})
    return baris, dpp


def render(d, nomor, baris, dpp, ppn, total, jatuh_tempo):
    e = html.escape
    rows = "\n".join(
        f"<tr><td>{i}</td><td>{e(b['uraian'])}</td><td class=r>{b['qty']}</td><td class=r>{rupiah(b['harga'])}</td>"
        f"<td class=r>{rupiah(b['diskon'])}</td><td class=r>{rupiah(b['neto'])}</td></tr>"
        for i, b in enumerate(baris, 1))
    p, b = d["penjual"], d["pembeli"]
    return f"""<!doctype html><html lang="id"><meta charset="utf-8"><title>{e(nomor)}</title>
<style>body{{font-family:sans-serif;max-width:800px;margin:auto}}table{{width:100%;border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:6px}}.r{{text-align:right}}h1{{margin-bottom:0}}</style>
<h1>FAKTUR</h1><p>No. {e(nomor)}<br>Tanggal: {e(d['tanggal'])} · Jatuh tempo: {jatuh_tempo}</p>
<table><tr><th>Penjual</th><th>Pembeli</th></tr>
<tr><td>{e(p['nama'])}<br>NPWP {e(p['npwp'])}<br>{e(p['alamat'])}</td>
<td>{e(b['nama'])}<br>NPWP {e(b.get('npwp', '-'))}<br>{e(b['alamat'])}</td></tr></table><br>
<table><tr><th>#</th><th>Uraian</th><th>Qty</th><th>Harga</th><th>Diskon</th><th>Jumlah</th></tr>{rows}
<tr><td colspan=5 class=r>DPP</td><td class=r>{rupiah(dpp)}</td></tr>
<tr><td colspan=5 class=r>PPN {d.get('ppn', 11)}%</td><td class=r>{rupiah(ppn)}</td></tr>
<tr><td colspan=5 class=r><b>Total</b></td><td class=r><b>{rupiah(total)}</b></td></tr></table>
<p><i>Terbilang: {terbilang(round(total)).capitalize()} rupiah</i></p></html>"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--keluaran", default="faktur.html")
    a = ap.parse_args()
    d = json.loads(Path(a.data).read_text(encoding="utf-8"))
    tgl = dt.date.fromisoformat(d["tanggal"])
    baris, dpp = hitung(d["item"])
    ppn = round(dpp * d.get("ppn", 11) / 100)
    total = dpp + ppn
    jt = (tgl + dt.timedelta(days=d.get("jatuh_tempo_hari", 30))).isoformat()
    nomor = d.get("nomor") or nomor_berikut(tgl)
    Path(a.keluaran).write_text(render(d, nomor, baris, dpp, ppn, total, jt), encoding="utf-8")
    print(f"{nomor}: total {rupiah(total)} → {a.keluaran}")


if __name__ == "__main__":
    main()
